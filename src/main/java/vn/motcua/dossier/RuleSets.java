package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The legal rule sets of the one-stop mechanism, each in force from its date (Decree 61/2018, then
 * Decree 118/2025 from 1 July 2025, …). A dossier records the one in force when it was received,
 * so that later changes of the law never change how it is judged.
 */
@Component
@EnableConfigurationProperties(RuleSets.Settings.class)
public class RuleSets {

	/** Settings ({@code motcua.dossier.rule-sets[i].id / in-force-from}). */
	@ConfigurationProperties("motcua.dossier")
	record Settings(List<RuleSet> ruleSets) {
	}

	/**
	 * A rule set, the day it entered into force, and the legal numbers it fixes.
	 *
	 * @param supplementRequestsAllowed requests for more documents during processing (ND 61: one)
	 * @param apologyLeadWorkingDays how many working days before the due time the apology must be issued
	 */
	public record RuleSet(String id, LocalDate inForceFrom, int supplementRequestsAllowed,
			int apologyLeadWorkingDays) {
	}

	private final List<RuleSet> ruleSets;

	RuleSets(Settings settings) {
		this.ruleSets = settings.ruleSets().stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
	}

	/** The rule set a dossier recorded at receipt. */
	public RuleSet byId(String id) {
		return ruleSets.stream().filter(ruleSet -> ruleSet.id().equals(id)).findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown rule set " + id));
	}

	/** The id of the rule set in force on that day. */
	public String inForceOn(LocalDate day) {
		return ruleSets.stream()
			.filter(ruleSet -> !ruleSet.inForceFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.map(RuleSet::id)
			.orElseThrow(() -> new IllegalStateException("No rule set in force on " + day));
	}
}
