package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The service index of Decision 766 for one agency and period: every sub-criterion with its numbers,
 * the group scores and the total out of 100. Sub-criteria the system cannot measure count no points
 * and say why; {@code measurablePoints} is the most the measured ones could give.
 *
 * @param version the weights and targets used (effective-dated configuration)
 */
public record ServiceIndex(String agencyCode, ReportPeriod period, String version, LocalDate versionEffectiveFrom,
		List<Group> groups, BigDecimal total, BigDecimal maxPoints, BigDecimal measurablePoints) {

	public ServiceIndex {
		groups = List.copyOf(groups);
	}

	/** Whether a sub-criterion was computed from the system's records. */
	public enum Status {
		MEASURED, NOT_MEASURABLE
	}

	/** One group of criteria with its score. */
	public record Group(String code, String name, BigDecimal maxPoints, BigDecimal points,
			List<SubCriterion> subCriteria) {

		public Group {
			subCriteria = List.copyOf(subCriteria);
		}
	}

	/**
	 * One sub-criterion.
	 *
	 * @param ratio numerator over denominator in per cent, two decimals
	 * @param target in per cent, null where Decision 766 as read shows none
	 * @param targetAssumed true where no target is shown and the full ratio scale is assumed (unverified)
	 * @param reason why it is not measurable, or the assumptions behind a measured figure
	 */
	public record SubCriterion(String code, String name, Status status, BigDecimal maxPoints, @Nullable Long numerator,
			@Nullable Long denominator, @Nullable BigDecimal ratio, @Nullable BigDecimal target,
			boolean targetAssumed, BigDecimal points, @Nullable String reason) {
	}
}
