package vn.motcua.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.petition.PetitionFigures;
import vn.motcua.petition.PetitionManagement;
import vn.motcua.rating.Dislikes;
import vn.motcua.rating.RatingManagement;
import vn.motcua.reporting.ServiceIndex.Status;
import vn.motcua.reporting.ServiceIndex.SubCriterion;

/**
 * Computes the service index (Decision 766, legal-rules §5) from Biểu 06, the digitization figures
 * of the same dossiers, the procedure catalogue, the ratings and the petitions. Nothing is invented:
 * a sub-criterion whose data the system does not hold is {@link Status#NOT_MEASURABLE} with the
 * reason, and earns no points.
 */
@Component
@EnableConfigurationProperties(ServiceIndexSettings.class)
class ServiceIndexCalculator {

	/** The groups and their sub-criteria, in the decision's order; a null reason means measured here. */
	private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
	static {
		GROUPS.put("1", List.of("1.1", "1.2", "1.3", "1.4"));
		GROUPS.put("2", List.of("2.1", "2.2"));
		GROUPS.put("3", List.of("3.1", "3.3"));
		GROUPS.put("payment", List.of("3.4", "3.5", "3.6"));
		GROUPS.put("4", List.of("4.1", "4.2", "4.copy", "4.3", "4.4", "4.5a", "4.5b"));
		GROUPS.put("5", List.of("5.2", "5.3", "5.4"));
	}

	/** Why each sub-criterion that is not computed is not: the key of the reason's message. */
	private static final Map<String, String> NOT_MEASURABLE = Map.ofEntries(
			Map.entry("1.2", "reporting.index.reason.csdlqg"), Map.entry("1.4", "reporting.index.reason.dvcqg"),
			Map.entry("3.3", "reporting.index.reason.sync-rate"), Map.entry("3.4", "reporting.index.reason.payment"),
			Map.entry("3.5", "reporting.index.reason.payment"), Map.entry("3.6", "reporting.index.reason.payment"),
			Map.entry("4.copy", "reporting.index.reason.copy"), Map.entry("4.3", "reporting.index.reason.reuse"),
			Map.entry("4.4", "reporting.index.reason.reuse"), Map.entry("4.5a", "reporting.index.reason.population"),
			Map.entry("4.5b", "reporting.index.reason.population"));

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ServiceIndexSettings settings;
	private final RatingManagement ratings;
	private final PetitionManagement petitions;
	private final CatalogueCriteria catalogue;
	private final MessageSource messages;

	ServiceIndexCalculator(ServiceIndexSettings settings, RatingManagement ratings, PetitionManagement petitions,
			CatalogueCriteria catalogue, MessageSource messages) {
		this.settings = settings;
		this.catalogue = catalogue;
		this.ratings = ratings;
		this.petitions = petitions;
		this.messages = messages;
	}

	/**
	 * @param digitization of the dossiers resolved with a result in the period (Biểu 06 column 7 less
	 *        withdrawals, refusals and stops): those with an electronic result, and of these those with a
	 *        digitized component
	 */
	ServiceIndex compute(String agencyCode, ReportPeriod period, ProcedureHandlingReport report,
			Digitization digitization, Locale locale) {
		ServiceIndexSettings.Version version = settings.on(period.to());
		ReportRow total = report.total();
		PetitionFigures petitionFigures = petitions.figures(agencyCode, period.from(), period.to());
		Dislikes dislikes = ratings.dislikes(agencyCode, period.from(), period.to());
		long late = total.count(ReportCell.LATE) + total.count(ReportCell.OVERDUE);

		Map<String, SubCriterion> measured = new LinkedHashMap<>();
		CatalogueCriteria.Ratios procedures = catalogue.measure(agencyCode, period,
				version.announcementLeadWorkingDays());
		measured.put("1.1", measured(version, "1.1", procedures.announcedOnTime(), "reporting.index.note.1.1", locale,
				version.announcementLeadWorkingDays()));
		measured.put("1.3", measured(version, "1.3", procedures.publishedInFull(), "reporting.index.note.1.3", locale));
		measured.put("3.1", measured(version, "3.1", procedures.offeredOnline(), "reporting.index.note.3.1", locale));
		measured.put("4.1", measured(version, "4.1",
				new IndexRatio(digitization.electronicResults(), digitization.resultsIssued()),
				"reporting.index.note.4.1", locale));
		measured.put("4.2", measured(version, "4.2",
				new IndexRatio(digitization.digitizedWithElectronicResult(), digitization.resultsIssued()),
				"reporting.index.note.4.2", locale));
		// 2.1 counts exactly what Biểu 06 counts: columns 8 + 9 + 12 over column 3 (§2.4 timeliness).
		measured.put("2.1", measured(version, "2.1", total.count(ReportCell.EARLY) + total.count(ReportCell.ON_TIME)
				+ total.count(ReportCell.WITHIN_DEADLINE), total.received(), null, locale));
		measured.put("2.2", monitored(version, total, locale));
		measured.put("5.2", measured(version, "5.2", petitionFigures.criterion52().numerator(),
				petitionFigures.criterion52().denominator(), null, locale));
		measured.put("5.3", measured(version, "5.3", petitionFigures.criterion53().numerator(),
				petitionFigures.criterion53().denominator(), null, locale));
		// 5.4: 100 % − (% late + % with a petition or a dislike); a dossier both late and disliked counts
		// twice, as the formula reads, but a dossier with a petition and a dislike once.
		Set<String> petitionedOrDisliked = new HashSet<>(dislikes.dossierCodes());
		petitionedOrDisliked.addAll(petitionFigures.paknDossierCodes());
		long unsatisfied = petitionedOrDisliked.size() + dislikes.withoutDossier();
		measured.put("5.4", measured(version, "5.4", Math.max(0, total.received() - late - unsatisfied),
				total.received(), "reporting.index.note.5.4", locale, late, unsatisfied, dislikes.withoutDossier()));

		List<ServiceIndex.Group> groups = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		BigDecimal measurable = BigDecimal.ZERO;
		for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
			List<SubCriterion> criteria = new ArrayList<>();
			for (String code : group.getValue()) {
				SubCriterion criterion = measured.get(code);
				criteria.add(criterion != null ? criterion : notMeasurable(version, code, locale));
			}
			BigDecimal groupPoints = criteria.stream().map(SubCriterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal groupMax = criteria.stream().map(SubCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
			measurable = measurable.add(criteria.stream().filter(c -> c.status() == Status.MEASURED)
				.map(SubCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
			groups.add(new ServiceIndex.Group(group.getKey(), text("reporting.index.group." + group.getKey(), locale),
					groupMax, groupPoints, criteria));
			sum = sum.add(groupPoints);
			max = max.add(groupMax);
		}
		return new ServiceIndex(agencyCode, period, version.name(), version.effectiveFrom(), groups, sum, max,
				measurable);
	}

	private SubCriterion measured(ServiceIndexSettings.Version version, String code, IndexRatio ratio,
			String noteKey, Locale locale, Object... noteArguments) {
		return measured(version, code, ratio.numerator(), ratio.denominator(), noteKey, locale, noteArguments);
	}

	private SubCriterion measured(ServiceIndexSettings.Version version, String code, long numerator, long denominator,
			@Nullable String noteKey, Locale locale, Object... noteArguments) {
		BigDecimal max = points(version, code);
		BigDecimal target = version.targets().get(code);
		if (denominator <= 0) {
			return new SubCriterion(code, name(code, locale), Status.NOT_MEASURABLE, max, numerator, denominator, null,
					target, target == null, BigDecimal.ZERO.setScale(2), text("reporting.index.reason.nothing", locale));
		}
		BigDecimal points = ServiceIndexScoring.points(numerator, denominator,
				target == null ? null : target.divide(HUNDRED), max);
		String note = target == null ? text("reporting.index.note.no-target", locale) : null;
		if (noteKey != null) {
			String extra = messages.getMessage(noteKey, noteArguments, locale);
			note = note == null ? extra : note + " " + extra;
		}
		return new SubCriterion(code, name(code, locale), Status.MEASURED, max, numerator, denominator,
				ServiceIndexScoring.percent(numerator, denominator), target, target == null, points, note);
	}

	/** 2.2 is watched, not scored: the average processing time in days of the resolved dossiers. */
	private SubCriterion monitored(ServiceIndexSettings.Version version, ReportRow total, Locale locale) {
		Double days = total.averageDays();
		return new SubCriterion("2.2", name("2.2", locale), Status.MEASURED, points(version, "2.2"), null, null,
				days == null ? null : BigDecimal.valueOf(days), null, false, BigDecimal.ZERO.setScale(2),
				text("reporting.index.note.2.2", locale));
	}

	/** The digitization counts of the dossiers resolved with a result in a period, from the read model. */
	record Digitization(long resultsIssued, long electronicResults, long digitizedWithElectronicResult) {
	}

	private SubCriterion notMeasurable(ServiceIndexSettings.Version version, String code, Locale locale) {
		return new SubCriterion(code, name(code, locale), Status.NOT_MEASURABLE, points(version, code), null, null,
				null, version.targets().get(code), false, BigDecimal.ZERO.setScale(2),
				text(NOT_MEASURABLE.get(code), locale));
	}

	private static BigDecimal points(ServiceIndexSettings.Version version, String code) {
		BigDecimal points = version.points().get(code);
		if (points == null) {
			throw new IllegalStateException("No points configured for service index sub-criterion " + code + " in "
					+ version.name());
		}
		return points;
	}

	private String name(String code, Locale locale) {
		return text("reporting.index.criterion." + code, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
