package vn.motcua.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.petition.PetitionManagement.PublishedAnswer;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.SearchWords;
import vn.motcua.shared.VietnamTime;

/**
 * Reads lists of petitions, each in one query however long it is: loading the petitions themselves
 * would also read each one's history by a query of its own. Access is checked by the caller.
 */
@Component
class PetitionLists {

	private static final String COLUMNS = """
			code, kind, channel, status, title, received_at, acceptance_due_at, forwarding_due_at,
			resolution_due_at, sector_code, handler_name, petitioner_name, petitioner_address, petitioner_phone,
			petitioner_email, answer, answered_at""";

	/**
	 * The due time of an open petition's step, as {@link Petition#nextDueAt()} gives it, so that the
	 * queue is sorted and cut into pages by the database: the sooner of acceptance and forwarding while
	 * received, the resolution (set on acceptance) once accepted.
	 */
	private static final String DUE_AT = """
			CASE WHEN status = 'RECEIVED'
			     THEN CASE WHEN acceptance_due_at < forwarding_due_at THEN acceptance_due_at ELSE forwarding_due_at END
			     ELSE resolution_due_at END""";

	/** The agency's petitions received in a period: its code, then the first instant in and the first after. */
	private static final String RECEIVED_IN = " FROM petition WHERE agency_code = ? AND received_at >= ? AND received_at < ?";

	/** Rows fetched at a time by the export: a few hundred kilobytes of petitions. */
	static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;
	private final WorkingCalendar calendar;

	PetitionLists(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * A page of the agency's open petitions (only those assigned to {@code handler} unless null) that
	 * the filter keeps, soonest due first, starting after {@code after} (from the start when null); the
	 * counts cover every petition the filter keeps.
	 *
	 * @param contacts whether the search also matches the contacts and ID numbers typed in the texts: only
	 *        for a reader who reads them whole (decision 0031)
	 */
	PetitionQueue queue(String agencyCode, @Nullable UUID handler, PetitionQueueFilter filter, boolean contacts,
			@Nullable QueueCursor after, int size, LocalDateTime now) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agencyCode).addValue("now", now)
			.addValue("rows", size + 1);
		String open = "FROM petition WHERE agency_code = :agency AND status IN ('RECEIVED', 'ACCEPTED')";
		if (handler != null) {
			open += " AND handler_account_id = :handler";
			parameters.addValue("handler", handler);
		}
		open += narrowing(filter, contacts, parameters);
		StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT ").append(COLUMNS).append(", ").append(DUE_AT)
			.append(" AS due_at ").append(open).append(") q");
		if (after != null) {
			sql.append(" WHERE ").append(after.afterLocal("q.due_at", "q.code", false, parameters));
		}
		sql.append(" ORDER BY q.due_at, q.code FETCH FIRST :rows ROWS ONLY");
		List<PetitionQueue.Item> items = jdbc.sql(sql.toString()).paramSource(parameters)
			.query((row, number) -> summary(row))
			.list()
			.stream()
			.map(petition -> new PetitionQueue.Item(petition, standing(petition, now)))
			.toList();
		record Counts(long open, long overdue) {
		}
		Counts counts = jdbc.sql("SELECT COUNT(*) AS open_count, COUNT(CASE WHEN " + DUE_AT
				+ " < :now THEN 1 END) AS overdue_count " + open)
			.paramSource(parameters)
			.query((row, number) -> new Counts(row.getLong("open_count"), row.getLong("overdue_count")))
			.single();
		if (items.size() <= size) {
			return new PetitionQueue(items, null, counts.open(), counts.overdue());
		}
		PetitionSummary last = items.get(size - 1).petition();
		return new PetitionQueue(items.subList(0, size), new QueueCursor(dueAt(last), last.code()), counts.open(),
				counts.overdue());
	}

	/**
	 * The conditions that keep what the filter keeps, each after AND; their values bound in {@code parameters}.
	 * The search matches the words of the texts without their personal data, and with {@code contacts} those
	 * of the personal data too (a word may be in either: one searches a name and a number together).
	 */
	private static String narrowing(PetitionQueueFilter filter, boolean contacts, MapSqlParameterSource parameters) {
		StringBuilder conditions = new StringBuilder();
		if (filter.kind() != null) {
			conditions.append(" AND kind = :kind");
			parameters.addValue("kind", filter.kind().name());
		}
		if (filter.standing() != null) {
			conditions.append(" AND ").append(DUE_AT)
				.append(filter.standing() == OpenTimeliness.OVERDUE ? " < :now" : " >= :now");
		}
		String pattern = filter.likePattern();
		if (pattern != null) {
			parameters.addValue("search", pattern);
			conditions.append(" AND (UPPER(code) LIKE :search ESCAPE '\\'");
			String text = SearchWords.everyWordIn(contacts ? "(search_text || COALESCE(contact_words, ''))" : "search_text",
					filter.search(), "word", parameters);
			if (text != null) {
				// A secret petitioner's name is not stored in search form; the kind is checked all the same.
				parameters.addValue("secretKinds", PetitionQueueFilter.secretKinds());
				conditions.append(" OR ").append(text).append(" OR (kind NOT IN (:secretKinds) AND ")
					.append(SearchWords.everyWordIn("petitioner_words", filter.search(), "word", parameters))
					.append(')');
			}
			conditions.append(')');
		}
		return conditions.toString();
	}

	/**
	 * The agency's petitions received in the period (Vietnam dates, both included), oldest first, each
	 * handed on as it is read (index petition_received_idx); the driver fetches them
	 * {@value #EXPORT_FETCH_SIZE} at a time where it can (PostgreSQL: within a transaction).
	 */
	void receivedIn(String agencyCode, LocalDate from, LocalDate to, Consumer<PetitionSummary> each) {
		jdbc.sql("SELECT " + COLUMNS + RECEIVED_IN + " ORDER BY received_at, code")
			.params(receivedInParameters(agencyCode, from, to))
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((RowCallbackHandler) row -> each.accept(summary(row)));
	}

	/** How many petitions {@link #receivedIn(String, LocalDate, LocalDate, Consumer)} hands on. */
	int countReceivedIn(String agencyCode, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT COUNT(*)" + RECEIVED_IN)
			.params(receivedInParameters(agencyCode, from, to))
			.query(Integer.class)
			.single();
	}

	private static List<Object> receivedInParameters(String agencyCode, LocalDate from, LocalDate to) {
		return List.of(agencyCode, from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
	}

	/**
	 * A page of the published answers matching every word of the query (diacritics ignored), the
	 * sector, the procedure and the agency (every agency's when null: index petition_published_idx,
	 * one's: petition_published_agency_idx), the newest first, starting after {@code after} (from the
	 * first when null), and how many match.
	 */
	ListPage<PublishedAnswer> publishedAnswers(@Nullable String query, @Nullable String sectorCode,
			@Nullable String procedureCode, @Nullable String agencyCode, @Nullable QueueCursor after, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("rows", size + 1);
		StringBuilder matching = new StringBuilder(" FROM petition WHERE published = TRUE");
		String words = SearchWords.everyWordIn("search_text", query == null ? "" : query, "word", parameters);
		if (words != null) {
			matching.append(" AND ").append(words);
		}
		if (sectorCode != null && !sectorCode.isBlank()) {
			matching.append(" AND sector_code = :sector");
			parameters.addValue("sector", sectorCode);
		}
		if (procedureCode != null && !procedureCode.isBlank()) {
			matching.append(" AND procedure_code = :procedure");
			parameters.addValue("procedure", procedureCode);
		}
		if (agencyCode != null) {
			matching.append(" AND agency_code = :agency");
			parameters.addValue("agency", agencyCode);
		}
		List<PublishedAnswer> read = jdbc.sql("SELECT code, agency_code, kind, title, content, answer, sector_code,"
				+ " procedure_code, answered_at" + matching
				+ (after == null ? "" : " AND " + after.afterLocal("answered_at", "code", true, parameters))
				+ " ORDER BY answered_at DESC, code DESC FETCH FIRST :rows ROWS ONLY")
			.paramSource(parameters)
			.query((row, number) -> new PublishedAnswer(row.getString("code"), row.getString("agency_code"),
					PetitionKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("content"),
					row.getString("answer"),
					row.getString("sector_code"), row.getString("procedure_code"),
					row.getObject("answered_at", LocalDateTime.class)))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + matching).paramSource(parameters).query(Long.class).single();
		return ListPage.cut(read, size, last -> new QueueCursor(last.answeredAt(), last.code()), total);
	}

	/**
	 * A page of the petitions sent from the account, the newest first, starting after {@code after}
	 * (from the start when null), and how many the account sent.
	 */
	ListPage<PetitionSummary> ofAccount(UUID accountId, @Nullable QueueCursor after, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("account", accountId).addValue("rows", size + 1);
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
			.append(" FROM petition WHERE account_id = :account");
		if (after != null) {
			sql.append(" AND ").append(after.after("received_at", "code", true, parameters));
		}
		sql.append(" ORDER BY received_at DESC, code DESC FETCH FIRST :rows ROWS ONLY");
		List<PetitionSummary> read = jdbc.sql(sql.toString()).paramSource(parameters)
			.query((row, number) -> summary(row))
			.list();
		long total = jdbc.sql("SELECT COUNT(*) FROM petition WHERE account_id = :account").paramSource(parameters)
			.query(Long.class)
			.single();
		return ListPage.cut(read, size, last -> QueueCursor.of(last.receivedAt(), last.code()), total);
	}

	private OpenTimeliness standing(PetitionSummary petition, LocalDateTime now) {
		return calendar.openTimeliness(now, dueAt(petition));
	}

	/** An open petition's due time: a received one has two, an accepted one its resolution's. */
	private static LocalDateTime dueAt(PetitionSummary petition) {
		if (petition.dueAt() == null) {
			throw new IllegalStateException("Open petition " + petition.code() + " has no due time");
		}
		return petition.dueAt();
	}

	private static PetitionSummary summary(ResultSet row) throws SQLException {
		PetitionKind kind = PetitionKind.valueOf(row.getString("kind"));
		PetitionStatus status = PetitionStatus.valueOf(row.getString("status"));
		// a denunciation's identity is dropped here, before anything could show it
		Petitioner petitioner = new Petitioner(row.getString("petitioner_name"), row.getString("petitioner_address"),
				row.getString("petitioner_phone"), row.getString("petitioner_email"));
		return new PetitionSummary(row.getString("code"), kind, PetitionChannel.valueOf(row.getString("channel")),
				status, row.getString("title"), row.getObject("received_at", OffsetDateTime.class).toInstant(),
				Petition.nextDueAt(status, row.getObject("acceptance_due_at", LocalDateTime.class),
						row.getObject("forwarding_due_at", LocalDateTime.class),
						row.getObject("resolution_due_at", LocalDateTime.class)),
				row.getString("sector_code"), row.getString("handler_name"), PetitionSummary.shown(kind, petitioner),
				row.getString("answer"), row.getObject("answered_at", LocalDateTime.class));
	}
}
