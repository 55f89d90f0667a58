package vn.motcua.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.shared.VietnamTime;

/**
 * Counts ratings per group. The ratings of a period are read once and counted here, which keeps
 * the SQL the same on H2 and PostgreSQL; a province's year is a few thousand rows.
 */
@Component
class SatisfactionStatistics {

	private final JdbcClient jdbc;
	private final RatingScale scale;
	private final CatalogManagement catalog;

	SatisfactionStatistics(JdbcClient jdbc, RatingScale scale, CatalogManagement catalog) {
		this.jdbc = jdbc;
		this.scale = scale;
		this.catalog = catalog;
	}

	/** One rating as counted, with the groups it belongs to. */
	private record Counted(UUID id, String levelCode, boolean satisfied, @Nullable String procedureCode,
			@Nullable String procedureName, @Nullable String sectorCode, LocalDate ratedOn, @Nullable Integer indicatorTotal,
			List<RatedOfficer> officers) {
	}

	/** A group's key and label. */
	private record Group(String key, String label) {
	}

	SatisfactionReport report(SatisfactionQuery query) {
		List<Counted> ratings = ratings(query);
		Map<String, String> sectorNames = new HashMap<>();
		if (query.by() == Grouping.SECTOR) {
			catalog.sectors().forEach(sector -> sectorNames.put(sector.code(), sector.name()));
		}
		Map<Group, List<Counted>> groups = new LinkedHashMap<>();
		for (Counted rating : ratings) {
			for (Group group : groups(query, rating, sectorNames)) {
				groups.computeIfAbsent(group, key -> new ArrayList<>()).add(rating);
			}
		}
		List<SatisfactionRow> rows = groups.entrySet().stream()
			.map(entry -> row(entry.getKey(), entry.getValue()))
			.sorted(order(query.by()))
			.toList();
		return new SatisfactionReport(query, scale.levels().stream().map(RatingLevel::code).toList(),
				row(new Group(query.agencyCode(), query.agencyCode()), ratings), rows);
	}

	private static Comparator<SatisfactionRow> order(Grouping by) {
		if (by == Grouping.MONTH || by == Grouping.QUARTER) {
			return Comparator.comparing(SatisfactionRow::key);
		}
		return Comparator.comparing(SatisfactionRow::ratings).reversed().thenComparing(SatisfactionRow::label);
	}

	private static List<Group> groups(SatisfactionQuery query, Counted rating, Map<String, String> sectorNames) {
		return switch (query.by()) {
			case AGENCY -> List.of(new Group(query.agencyCode(), query.agencyCode()));
			case OFFICER -> distinct(rating.officers(), officer -> new Group(officer.username(), officer.fullName()));
			case UNIT -> distinct(rating.officers().stream().filter(officer -> officer.unitId() != null).toList(),
					officer -> new Group(String.valueOf(officer.unitId()),
							officer.unitName() == null ? String.valueOf(officer.unitId()) : officer.unitName()));
			case PROCEDURE -> rating.procedureCode() == null ? List.of()
					: List.of(new Group(rating.procedureCode(),
							rating.procedureName() == null ? rating.procedureCode() : rating.procedureName()));
			case SECTOR -> rating.sectorCode() == null ? List.of()
					: List.of(new Group(rating.sectorCode(), sectorNames.getOrDefault(rating.sectorCode(), rating.sectorCode())));
			case MONTH -> List.of(new Group(String.format("%d-%02d", rating.ratedOn().getYear(),
					rating.ratedOn().getMonthValue()), String.format("%02d/%d", rating.ratedOn().getMonthValue(),
							rating.ratedOn().getYear())));
			case QUARTER -> {
				int quarter = (rating.ratedOn().getMonthValue() - 1) / 3 + 1;
				yield List.of(new Group(rating.ratedOn().getYear() + "-Q" + quarter,
						"Q" + quarter + "/" + rating.ratedOn().getYear()));
			}
		};
	}

	private static List<Group> distinct(List<RatedOfficer> officers, Function<RatedOfficer, Group> group) {
		Set<Group> groups = new LinkedHashSet<>();
		officers.forEach(officer -> groups.add(group.apply(officer)));
		return List.copyOf(groups);
	}

	private SatisfactionRow row(Group group, List<Counted> ratings) {
		Map<String, Long> levels = new LinkedHashMap<>();
		scale.levels().forEach(level -> levels.put(level.code(), 0L));
		long satisfied = 0;
		long withIndicators = 0;
		long indicatorSum = 0;
		for (Counted rating : ratings) {
			levels.merge(rating.levelCode(), 1L, Long::sum);
			satisfied += rating.satisfied() ? 1 : 0;
			if (rating.indicatorTotal() != null) {
				withIndicators++;
				indicatorSum += rating.indicatorTotal();
			}
		}
		return new SatisfactionRow(group.key(), group.label(), ratings.size(), levels, satisfied,
				SatisfactionRow.percent(satisfied, ratings.size()), withIndicators, withIndicators == 0 ? null
						: BigDecimal.valueOf(indicatorSum).divide(BigDecimal.valueOf(withIndicators), 2, RoundingMode.HALF_UP));
	}

	/** The ratings at a dissatisfied level that the agency received from {@code from} to {@code to}. */
	Dislikes dislikes(String agencyCode, LocalDate from, LocalDate to) {
		List<String> levels = scale.levels().stream().filter(RatingLevel::dissatisfied).map(RatingLevel::code).toList();
		if (levels.isEmpty()) {
			return new Dislikes(Set.of(), 0);
		}
		Set<String> dossierCodes = new HashSet<>();
		long[] withoutDossier = { 0 };
		jdbc.sql("SELECT r.dossier_code FROM rating r WHERE r.agency_code = :agency AND r.rated_at >= :start "
				+ "AND r.rated_at < :end AND r.level_code IN (:levels)")
			.params(Map.of("agency", agencyCode, "start", startOf(from), "end", startOf(to.plusDays(1)), "levels",
					levels))
			.query(rs -> {
				String code = rs.getString(1);
				if (code == null) {
					withoutDossier[0]++;
				}
				else {
					dossierCodes.add(code);
				}
			});
		return new Dislikes(dossierCodes, withoutDossier[0]);
	}

	/** A day's start in Vietnam, as the UTC instant the column holds. */
	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private List<Counted> ratings(SatisfactionQuery query) {
		String where = " WHERE r.agency_code = :agency AND r.rated_at >= :start AND r.rated_at < :end"
				+ (query.source() == null ? "" : " AND r.source = :source");
		Map<String, Object> params = new HashMap<>(Map.of("agency", query.agencyCode(), "start", startOf(query.from()),
				"end", startOf(query.to().plusDays(1))));
		if (query.source() != null) {
			params.put("source", query.source().name());
		}
		Map<UUID, List<RatedOfficer>> officers = new HashMap<>();
		if (query.by() == Grouping.OFFICER || query.by() == Grouping.UNIT) {
			// several rows per rating, read only for the groupings that count officers: the public dashboard's
			// figures by sector would otherwise read five officers for each rating of the year
			jdbc.sql("SELECT o.rating_id, o.username, o.full_name, o.unit_id, o.unit_name FROM rating_officer o "
					+ "JOIN rating r ON r.id = o.rating_id" + where + " ORDER BY o.rating_id, o.position")
				.params(params)
				.query(rs -> {
					officers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
						.add(new RatedOfficer(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
								rs.getString(5)));
				});
		}
		return jdbc.sql("SELECT r.id, r.level_code, r.satisfied, r.procedure_code, r.procedure_name, r.sector_code, "
				+ "r.rated_at, (SELECT SUM(i.score) FROM rating_indicator i WHERE i.rating_id = r.id) AS indicator_total "
				+ "FROM rating r" + where + " ORDER BY r.rated_at")
			.params(params)
			.query((rs, row) -> counted(rs, officers))
			.list();
	}

	private static Counted counted(ResultSet rs, Map<UUID, List<RatedOfficer>> officers) throws SQLException {
		UUID id = rs.getObject(1, UUID.class);
		Number indicatorTotal = (Number) rs.getObject(8);
		return new Counted(id, rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE).toLocalDate(),
				indicatorTotal == null ? null : indicatorTotal.intValue(), officers.getOrDefault(id, List.of()));
	}
}
