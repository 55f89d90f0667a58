package vn.motcua.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.shared.SearchWords;

/** The versions of every procedure, with explicit SQL that runs the same on H2 and PostgreSQL. */
@Repository
class ProcedureVersionRepository {

	/** The width of the search_text column. */
	private static final int SEARCH_TEXT_LENGTH = 1200;
	private static final String COLUMNS = "id, procedure_code, number, status, kind, decision_number, decision_date, "
			+ "decision_signer, effective_from, content";

	/** Announced, effective on :day, and no later announced version of the same procedure effective yet. */
	private static final String IN_FORCE = "v.status = 'ANNOUNCED' AND v.effective_from <= :day AND NOT EXISTS ("
			+ "SELECT 1 FROM procedure_version w WHERE w.procedure_code = v.procedure_code AND w.status = 'ANNOUNCED' "
			+ "AND w.effective_from <= :day AND w.number > v.number)";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ProcedureVersionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ProcedureVersion version) {
		jdbc.sql("INSERT INTO procedure_version (" + COLUMNS + ", name, sector_code, agency_code, online_level, "
				+ "search_text) VALUES (:id, :code, :number, :status, :kind, :decisionNumber, :decisionDate, "
				+ ":decisionSigner, :effectiveFrom, :content, :name, :sector, :agency, :onlineLevel, :searchText)")
			.paramSource(parameters(version)).update();
	}

	/** Drafts change, and a draft becomes announced; an announced row is never updated. */
	void updateDraft(ProcedureVersion version) {
		jdbc.sql("UPDATE procedure_version SET status = :status, kind = :kind, decision_number = :decisionNumber, "
				+ "decision_date = :decisionDate, decision_signer = :decisionSigner, effective_from = :effectiveFrom, "
				+ "content = :content, name = :name, sector_code = :sector, agency_code = :agency, "
				+ "online_level = :onlineLevel, search_text = :searchText WHERE id = :id AND status = 'DRAFT'")
			.paramSource(parameters(version)).update();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM procedure_version WHERE id = ?").param(id).update();
	}

	Optional<ProcedureVersion> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version WHERE id = ?").param(id).query(this::map)
			.optional();
	}

	List<ProcedureVersion> findByCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version WHERE procedure_code = ? ORDER BY number")
			.param(code).query(this::map).list();
	}

	List<ProcedureVersion> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version ORDER BY procedure_code, number")
			.query(this::map).list();
	}

	/** The announced versions (abolitions too) naming the agency, by procedure and number. */
	List<ProcedureVersion> findAnnouncedOfAgency(String agencyCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version WHERE agency_code = ? AND status = 'ANNOUNCED' "
				+ "ORDER BY procedure_code, number").param(agencyCode).query(this::map).list();
	}

	List<ProcedureVersion> findDrafts() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version WHERE status = 'DRAFT' ORDER BY name")
			.query(this::map).list();
	}

	Optional<ProcedureVersion> findInForce(String code, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_version v WHERE v.procedure_code = :code AND " + IN_FORCE)
			.param("code", code).param("day", day).query(this::map).optional()
			.filter(version -> !version.isAbolition());
	}

	/**
	 * The versions in force on the day, for lists and search: a sector, the agencies (all when null; the
	 * agency column, decision 0046), and words the text must begin.
	 */
	List<SearchRanking.Candidate> findInForce(LocalDate day, @Nullable String sectorCode,
			@Nullable Collection<String> agencyCodes, List<String> tokens) {
		if (agencyCodes != null && agencyCodes.isEmpty()) {
			return List.of();
		}
		JdbcClient.StatementSpec statement = jdbc.sql(inForceSql(sectorCode != null, agencyCodes != null, tokens.size()))
			.param("day", day);
		if (sectorCode != null) {
			statement = statement.param("sector", sectorCode);
		}
		if (agencyCodes != null) {
			statement = statement.param("agencies", List.copyOf(agencyCodes));
		}
		for (int i = 0; i < tokens.size(); i++) {
			statement = statement.param("t" + i, "% " + tokens.get(i) + "%");
		}
		return statement.query((rs, row) -> new SearchRanking.Candidate(new ProcedureSummary(
				rs.getString("procedure_code"), rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("name"),
				rs.getString("sector_code"), OnlineLevel.valueOf(rs.getString("online_level"))),
				rs.getString("search_text"))).list();
	}

	/** Any of the words, each bound as a parameter: a leading space makes it the start of a word. */
	private static String inForceSql(boolean inSector, boolean ofAgencies, int tokenCount) {
		StringBuilder sql = new StringBuilder("SELECT id, procedure_code, number, name, sector_code, online_level, "
				+ "search_text FROM procedure_version v WHERE " + IN_FORCE + " AND v.kind <> 'ABOLISH'");
		if (inSector) {
			sql.append(" AND v.sector_code = :sector");
		}
		if (ofAgencies) {
			sql.append(" AND v.agency_code IN (:agencies)");
		}
		if (tokenCount > 0) {
			sql.append(" AND (");
			for (int i = 0; i < tokenCount; i++) {
				sql.append(i == 0 ? "" : " OR ").append("v.search_text LIKE :t").append(i);
			}
			sql.append(')');
		}
		return sql.toString();
	}

	int count() {
		return jdbc.sql("SELECT COUNT(*) FROM procedure_version").query(Integer.class).single();
	}

	int latestNumber(String code) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM procedure_version WHERE procedure_code = ?").param(code)
			.query(Integer.class).single();
	}

	private ProcedureVersion map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("kind");
		String decisionNumber = rs.getString("decision_number");
		Decision decision = decisionNumber == null ? null
				: new Decision(decisionNumber, rs.getObject("decision_date", LocalDate.class),
						rs.getString("decision_signer"));
		return new ProcedureVersion(rs.getObject("id", UUID.class), rs.getString("procedure_code"), rs.getInt("number"),
				VersionStatus.valueOf(rs.getString("status")), kind == null ? null : ChangeKind.valueOf(kind), decision,
				rs.getObject("effective_from", LocalDate.class),
				json.readValue(rs.getString("content"), ProcedureContent.class));
	}

	private MapSqlParameterSource parameters(ProcedureVersion version) {
		Decision decision = version.decision();
		ProcedureContent content = version.content();
		return new MapSqlParameterSource()
			.addValue("id", version.id())
			.addValue("code", version.procedureCode())
			.addValue("number", version.number())
			.addValue("status", version.status().name())
			.addValue("kind", version.kind() == null ? null : version.kind().name())
			.addValue("decisionNumber", decision == null ? null : decision.number())
			.addValue("decisionDate", decision == null ? null : decision.date())
			.addValue("decisionSigner", decision == null ? null : decision.signer())
			.addValue("effectiveFrom", version.effectiveFrom())
			.addValue("content", json.writeValueAsString(content))
			.addValue("name", content.name())
			.addValue("sector", content.sectorCode())
			.addValue("agency", content.agencyCode())
			.addValue("onlineLevel", content.onlineLevel().name())
			.addValue("searchText", SearchWords.column(SEARCH_TEXT_LENGTH, content.name(), version.procedureCode()));
	}
}
