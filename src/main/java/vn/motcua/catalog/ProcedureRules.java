package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.motcua.identity.Role;
import vn.motcua.shared.InvalidRequestException;

/**
 * The rules a procedure's content keeps. {@link #invalid} is checked on every save, draft or not:
 * no empty names, no negative fees, counts or times. {@link #incomplete} is checked before a
 * version is announced: everything a citizen needs is there, and the internal steps' shares add up
 * to the planned processing time (the agency's commitment where it has one).
 */
final class ProcedureRules {

	static final int MAX_NAME = 500;

	/** The officer roles that handle dossiers; an inspector only watches, an administrator only configures. */
	static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER, Role.RECORDS_OFFICER);

	private static final Pattern SECTOR_CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private ProcedureRules() {
	}

	static List<ContentProblem> invalid(ProcedureContent content, Predicate<String> knownSector) {
		List<ContentProblem> problems = new ArrayList<>();
		requireName(problems, content.name(), "catalog.problem.name.required");
		if (!knownSector.test(content.sectorCode())) {
			problems.add(new ContentProblem("catalog.problem.sector.unknown", content.sectorCode()));
		}
		requireName(problems, content.agencyCode(), "catalog.problem.agency.required");
		if (content.processingTime().amount().signum() <= 0) {
			problems.add(new ContentProblem("catalog.problem.time.positive"));
		}
		BigDecimal commitment = content.agencyCommitment();
		if (commitment != null && (commitment.signum() <= 0 || commitment.compareTo(content.processingTime().amount()) > 0)) {
			problems.add(new ContentProblem("catalog.problem.commitment.range"));
		}
		invalidRows(problems, content);
		return problems;
	}

	private static void invalidRows(List<ContentProblem> problems, ProcedureContent content) {
		for (int i = 0; i < content.documents().size(); i++) {
			RequiredDocument document = content.documents().get(i);
			requireName(problems, document.name(), "catalog.problem.document.name", i + 1);
			if (document.originals() < 0 || document.certifiedCopies() < 0 || document.photocopies() < 0) {
				problems.add(new ContentProblem("catalog.problem.document.count", i + 1));
			}
		}
		for (int i = 0; i < content.fees().size(); i++) {
			requireName(problems, content.fees().get(i).name(), "catalog.problem.fee.name", i + 1);
			if (content.fees().get(i).amount() < 0) {
				problems.add(new ContentProblem("catalog.problem.fee.negative", i + 1));
			}
		}
		for (int i = 0; i < content.steps().size(); i++) {
			ProcessStep step = content.steps().get(i);
			requireName(problems, step.name(), "catalog.problem.step.name", i + 1);
			if (step.share().signum() <= 0) {
				problems.add(new ContentProblem("catalog.problem.step.share", i + 1));
			}
			if (!HANDLING_ROLES.contains(step.role())) {
				problems.add(new ContentProblem("catalog.problem.step.role", i + 1));
			}
		}
	}

	/** A sector's code is capitals, digits and underscores; its name is not empty. */
	static void requireValid(Sector sector) {
		if (!SECTOR_CODE.matcher(sector.code()).matches() || sector.name().isBlank() || sector.name().length() > 300
				|| sector.position() < 0) {
			throw new InvalidRequestException("catalog.sector.invalid");
		}
	}

	static List<ContentProblem> incomplete(ProcedureContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		check(problems, content.applicants().isEmpty(), "catalog.problem.applicants.required");
		check(problems, content.channels().isEmpty(), "catalog.problem.channels.required");
		check(problems, content.onlineLevel() != OnlineLevel.NONE && !content.channels().contains(Channel.ONLINE),
				"catalog.problem.online.channel");
		check(problems, content.submissionPlace().isBlank(), "catalog.problem.place.required");
		check(problems, content.documents().isEmpty(), "catalog.problem.documents.required");
		check(problems, content.resultType().isBlank(), "catalog.problem.result.required");
		check(problems, content.legalBasis().isBlank(), "catalog.problem.legal-basis.required");
		check(problems, content.steps().isEmpty(), "catalog.problem.steps.required");
		BigDecimal shares = content.steps().stream().map(ProcessStep::share).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (!content.steps().isEmpty() && shares.compareTo(content.plannedTime()) != 0) {
			problems.add(new ContentProblem("catalog.problem.steps.shares", shares.stripTrailingZeros().toPlainString(),
					content.plannedTime().stripTrailingZeros().toPlainString()));
		}
		return problems;
	}

	private static void check(List<ContentProblem> problems, boolean failed, String key) {
		if (failed) {
			problems.add(new ContentProblem(key));
		}
	}

	private static void requireName(List<ContentProblem> problems, String name, String key, Object... arguments) {
		if (name.isBlank()) {
			problems.add(new ContentProblem(key, arguments));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new ContentProblem("catalog.problem.text.too-long", MAX_NAME));
		}
	}
}
