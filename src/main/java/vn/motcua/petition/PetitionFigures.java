package vn.motcua.petition;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the petitions an agency received in a period, for the reporting module. Every
 * petition counts once in each breakdown, so each breakdown sums to {@code received}.
 *
 * @param bySector petitions without a sector count under the empty string
 * @param byTimeliness {@code EARLY}, {@code ON_TIME}, {@code LATE} for petitions finished (answered,
 *        refused, forwarded: against the deadline of that step), {@code WITHIN_DEADLINE} and
 *        {@code OVERDUE} for those still open at the end of the period (or now, if sooner)
 * @param criterion52 service index 5.2 (PAKN handled on time): feedback and proposals
 * @param criterion53 service index 5.3 (satisfaction with PAKN handling)
 * @param paknDossierCodes the dossiers that feedback and proposals (PAKN) named, as the applicant typed
 *        them less surrounding blanks and upper-cased: service index 5.4 subtracts dossiers with a petition
 */
public record PetitionFigures(String agencyCode, LocalDate from, LocalDate to, long received,
		Map<PetitionKind, Long> byKind, Map<PetitionChannel, Long> byChannel, Map<String, Long> bySector,
		Map<PetitionStatus, Long> byStatus, Map<String, Long> byTimeliness, Ratio criterion52, Ratio criterion53,
		Set<String> paknDossierCodes) {

	public PetitionFigures {
		paknDossierCodes = Set.copyOf(paknDossierCodes);
	}

	/**
	 * An index input: numerator over denominator (the reporting module applies the weights and
	 * targets of Decision 766).
	 */
	public record Ratio(long numerator, long denominator) {
	}
}
