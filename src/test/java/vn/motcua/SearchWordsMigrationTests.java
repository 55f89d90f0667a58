package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.motcua.petition.Petition;
import vn.motcua.shared.SearchWords;

/**
 * The migrations that add the names' search form fill it for the rows stored before them, as the
 * application writes it for new rows; a denouncer's name stays out. The petitions' search form loses the
 * contacts typed in their texts to a column of their own. The procedure versions get their agency as a
 * column, read from their content (decision 0046). The reception schedules keep their one weekly session as
 * the first of their sessions (decision 0052). Runs on the layer's database:
 * H2 in memory, or a scratch schema of the PostgreSQL layer's database, dropped afterwards.
 */
class SearchWordsMigrationTests {

	private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("motcua.test.layer"));

	private final String schema = "words_" + Long.toString(System.nanoTime(), 36);
	private Connection connection;

	@BeforeEach
	void connect() throws SQLException {
		connection = POSTGRESQL
				? DriverManager.getConnection(System.getProperty("spring.datasource.url"),
						System.getProperty("spring.datasource.username"),
						System.getProperty("spring.datasource.password"))
				: DriverManager.getConnection("jdbc:h2:mem:" + schema
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
	}

	@AfterEach
	void dropTheScratchSchema() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(POSTGRESQL ? "DROP SCHEMA " + schema + " CASCADE" : "DROP ALL OBJECTS");
		}
		connection.close();
	}

	@Test
	void storedDossiersAndPetitionsGetTheirNamesInSearchForm() throws SQLException {
		migrate("7.24");
		int dossiers = 2_500; // more than one batch of the fill
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO dossier (id, version, code, agency_code, procedure_code, procedure_version_id,
				       procedure_name, channel, sets, status, applicant_kind, applicant_name, applicant_id_number,
				       applicant_address, applicant_phone, delivery, submitted_at, rule_set)
				VALUES (?, 1, ?, 'A', 'P', ?, 'Thủ tục', 'ONLINE', 1, 'SUBMITTED', 'CITIZEN', ?, '051090000001',
				       'Quảng Ngãi', '0905000001', 'AT_DESK', CURRENT_TIMESTAMP, 'ND118')""")) {
			for (int i = 0; i < dossiers; i++) {
				insert.setObject(1, UUID.randomUUID());
				insert.setString(2, "A-" + i);
				insert.setObject(3, UUID.randomUUID());
				insert.setString(4, i == 0 ? "Nguyễn Thị Đào" : "Người nộp " + i);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		migrate("11.2");
		petition("P-1", "COMPLAINT", "Võ Văn Khiếu");
		petition("P-2", "DENUNCIATION", "Lê Thị Tố Giác");
		petition("P-3", "FEEDBACK", null);

		migrate(null);

		Map<String, String> dossierWords = words("SELECT code, applicant_words FROM dossier");
		assertThat(dossierWords).hasSize(dossiers).containsEntry("A-0", " nguyen thi dao ")
			.containsEntry("A-" + (dossiers - 1), " nguoi nop " + (dossiers - 1) + " ");
		assertThat(words("SELECT code, petitioner_words FROM petition")).containsEntry("P-1", " vo van khieu ")
			.containsEntry("P-2", null).containsEntry("P-3", null);
	}

	@Test
	void storedPetitionsKeepTheContactsTypedInTheirTextsOutOfTheirSearchForm() throws SQLException {
		migrate("11.8");
		petition("P-OPEN", "FEEDBACK", "Gọi lại 0912 345 678", "Thư an@example.vn, CCCD 051090001234, chợ Ba La", null);
		petition("P-ANSWERED", "QUESTION", "Hỏi", "Số 0905111222", "Đã trả lời qua 0905111222");
		petition("P-NONE", "FEEDBACK", "Chợ", "Không có số", null);

		migrate(null);

		assertThat(words("SELECT code, search_text FROM petition"))
			.containsEntry("P-OPEN", " goi lai thu cccd cho ba la ").containsEntry("P-ANSWERED", " hoi so da tra loi qua ")
			.containsEntry("P-NONE", " cho khong co so ");
		assertThat(words("SELECT code, contact_words FROM petition"))
			.containsEntry("P-OPEN", " 0912 345 678 an example vn 051090001234 ").containsEntry("P-ANSWERED", " 0905111222 ")
			.containsEntry("P-NONE", null);
	}

	@Test
	void storedPetitionsKeepTheWordsOfEveryContactTypedInThem() throws SQLException {
		migrate("11.9");
		StringBuilder signatories = new StringBuilder();
		for (int i = 1; i <= 180; i++) {
			signatories.append(String.format("Hộ %03d: CCCD 051090000%03d, ĐT 0905000%03d.%n", i, i, i));
		}
		petition("P-LONG", "FEEDBACK", "Đơn tập thể", signatories.toString(), null);
		try (Statement statement = connection.createStatement()) {
			// as V11.9 wrote it: cut at 2,000 characters
			statement.executeUpdate("UPDATE petition SET contact_words = ' 051090000001 0905000001 ' WHERE code = 'P-LONG'");
		}

		migrate(null);

		String words = words("SELECT code, contact_words FROM petition").get("P-LONG");
		assertThat(words).as("each phone, then each ID number").startsWith(" 0905000001 0905000002 ")
			.contains(" 0905000180 051090000001 ").endsWith(" 051090000180 ").hasSizeGreaterThan(2_000);
	}

	@Test
	void storedProcedureVersionsGetTheAgencyOfTheirContentAsTheAgencyKeepsItsCode() throws SQLException {
		migrate("6.2");
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO agency (id, version, code, name, province) VALUES ('"
					+ UUID.randomUUID() + "', 1, '000.00.31.H55', 'Sở', 'Quảng Ngãi')");
			statement.execute("INSERT INTO sector (code, name, position) VALUES ('S', 'Lĩnh vực', 1)");
		}
		version("P-TYPED-LOWER", "000.00.31.h55");
		version("P-KEPT", "000.00.31.H55");
		version("P-UNKNOWN", "000.00.99.x");

		migrate(null);

		assertThat(words("SELECT procedure_code, agency_code FROM procedure_version"))
			.containsEntry("P-TYPED-LOWER", "000.00.31.H55").containsEntry("P-KEPT", "000.00.31.H55")
			.containsEntry("P-UNKNOWN", "000.00.99.x");
	}

	@Test
	void storedReceptionSchedulesKeepTheirWeeklySessionAsTheirFirst() throws SQLException {
		migrate("11.16");
		UUID schedule = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO reception_schedule (id, version, agency_code, effective_from, director_week_of_month,
				       director_day, weekly_day, weekly_from, weekly_to, place, set_by, set_at)
				VALUES (?, 1, '000.00.21.H55', DATE '2027-03-22', 3, 'TUESDAY', 'THURSDAY', TIME '13:30:00',
				       TIME '16:30:00', 'Phòng tiếp dân', 'admin', CURRENT_TIMESTAMP)""")) {
			insert.setObject(1, schedule);
			insert.executeUpdate();
		}

		migrate(null);

		assertThat(words("SELECT agency_code, CASE WHEN no_regular_reception THEN 'none' ELSE 'days' END"
				+ " || ' ' || director_day || ' ' || place FROM reception_schedule"))
			.containsOnly(Map.entry("000.00.21.H55", "days TUESDAY Phòng tiếp dân"));
		assertThat(words("SELECT CAST(position AS VARCHAR(3)), weekday || ' ' || CAST(starts_at AS VARCHAR(8))"
				+ " || '-' || CAST(ends_at AS VARCHAR(8)) FROM reception_weekly_session"
				+ " WHERE reception_schedule = '" + schedule + "'"))
			.containsOnly(Map.entry("0", "THURSDAY 13:30:00-16:30:00"));
	}

	private void version(String code, String agencyCode) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO procedure_version (id, procedure_code, number, status, name, sector_code, online_level,
				       search_text, content)
				VALUES (?, ?, 1, 'DRAFT', 'Thủ tục', 'S', 'FULL', ' thu tuc ', ?)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, code);
			insert.setString(3, "{\"name\":\"Thủ tục\",\"agencyCode\":\"" + agencyCode + "\"}");
			insert.executeUpdate();
		}
	}

	private void petition(String code, String kind, String name) throws SQLException {
		petition(code, kind, name, "T", "C", null);
	}

	private void petition(String code, String kind, String title, String content, String answer) throws SQLException {
		petition(code, kind, null, title, content, answer);
	}

	/** A petition as stored before the contacts left the search form: its texts' words whole. */
	private void petition(String code, String kind, String name, String title, String content, String answer)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO petition (id, version, code, agency_code, kind, channel, status, rule_set, complexity,
				       title, content, petitioner_name, answer, received_at, acceptance_due_at, forwarding_due_at,
				       extensions, published, search_text, repeated, dissatisfied)
				VALUES (?, 1, ?, 'A', ?, 'WEB_FORM', ?, 'LTD2018', 'ORDINARY', ?, ?, ?, ?,
				       CURRENT_TIMESTAMP, LOCALTIMESTAMP, LOCALTIMESTAMP, 0, FALSE, ?, FALSE, FALSE)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, code);
			insert.setString(3, kind);
			insert.setString(4, answer == null ? "RECEIVED" : "ANSWERED");
			insert.setString(5, title);
			insert.setString(6, content);
			insert.setString(7, name);
			insert.setString(8, answer);
			// an answered petition's form has left its personal data out since V11.4
			insert.setString(9, answer == null ? SearchWords.column(20_000, title, content)
					: Petition.searchText(title, content, answer));
			insert.executeUpdate();
		}
	}

	private Map<String, String> words(String sql) throws SQLException {
		Map<String, String> words = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				words.put(rows.getString(1), rows.getString(2));
			}
		}
		return words;
	}

	/** Applies the application's migrations up to {@code target}, or all of them when null. */
	private void migrate(String target) throws SQLException {
		var configuration = Flyway.configure()
			.dataSource(new SingleConnectionDataSource(connection, true))
			.locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRESQL ? "postgresql" : "h2"))
			.outOfOrder(true);
		if (POSTGRESQL) {
			configuration.schemas(schema);
		}
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
		if (POSTGRESQL) {
			// Flyway puts the connection's search path back as it found it
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET search_path TO " + schema);
			}
		}
	}
}
