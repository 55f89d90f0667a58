package vn.motcua.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * Lists of publications a page at a time, the latest first day of posting first. Only the page's
 * rows are read, and none of their texts or files. "Posted" and "archived" follow from the dates at
 * each request, with no status kept up to date by a job.
 */
@Service
public class DisclosureLists {

	/**
	 * The id is compared as text, in the order and the cursor alike, because PostgreSQL compares no
	 * UUID column with a text parameter and the cursor carries its code as text.
	 */
	private static final String ID = "CAST(id AS VARCHAR(36))";

	private static final String PUBLIC = "audience = 'PUBLIC' AND posted_from <= :today";

	private final JdbcClient jdbc;
	private final DisclosureOfficers officers;
	private final Clock clock;

	DisclosureLists(JdbcClient jdbc, DisclosureOfficers officers, Clock clock) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.clock = clock;
	}

	/** The public publications posted today. */
	public ListPage<DisclosureSummary> posted(DisclosureFilter filter, @Nullable QueueCursor after, int size) {
		return page(PUBLIC + " AND status = 'PUBLISHED' AND posted_until >= :today", today(), filter, after, size);
	}

	/** The public publications whose posting has ended, and those replaced by a correction. */
	public ListPage<DisclosureSummary> archived(DisclosureFilter filter, @Nullable QueueCursor after, int size) {
		return page(PUBLIC + " AND (status = 'REPLACED' OR (status = 'PUBLISHED' AND posted_until < :today))", today(),
				filter, after, size);
	}

	/**
	 * The publications of the officer's agency, staff and public, withdrawn ones too; drafts only for
	 * those who prepare and the inspection board, which reads their titles' contacts masked.
	 */
	public ListPage<DisclosureSummary> ofAgency(CurrentUser user, DisclosureFilter filter, @Nullable QueueCursor after,
			int size) {
		UUID agencyId = officers.staffAgency(user);
		MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agencyId);
		String condition = "agency_id = :agency" + (officers.seesDrafts(agencyId, user) ? "" : " AND status <> 'DRAFT'");
		ListPage<DisclosureSummary> page = page(condition, parameters, filter, after, size);
		return DisclosureOfficers.holdsAny(agencyId, user, DisclosureOfficers.PREPARERS) ? page
				: page.map(DisclosureSummary::asReadByNonPreparer);
	}

	/** Which of these publications the officer confirmed reading. */
	public Set<UUID> readBy(CurrentUser user, Collection<UUID> disclosureIds) {
		if (disclosureIds.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("SELECT disclosure_id FROM disclosure_reading WHERE account_id = :account AND disclosure_id IN (:ids)")
			.param("account", user.accountId()).param("ids", disclosureIds).query(UUID.class).list().stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	private MapSqlParameterSource today() {
		return new MapSqlParameterSource("today", LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE));
	}

	private ListPage<DisclosureSummary> page(String condition, MapSqlParameterSource parameters,
			DisclosureFilter filter, @Nullable QueueCursor after, int size) {
		if (size < 1 || size > ListPage.MAX_SIZE) {
			throw new InvalidRequestException("disclosure.list.bad-size", ListPage.MAX_SIZE);
		}
		String matching = " FROM disclosure WHERE " + condition + filter.conditions(parameters);
		long total = jdbc.sql("SELECT COUNT(*)" + matching).paramSource(parameters).query(Long.class).single();
		String cursor = after == null ? "" : " AND " + after.afterLocal("posted_from", ID, true, parameters);
		List<DisclosureSummary> read = jdbc.sql("SELECT id, agency_code, title, category, audience, status, posted_from, posted_until"
				+ matching + cursor + " ORDER BY posted_from DESC, " + ID + " DESC FETCH FIRST :rows ROWS ONLY")
			.paramSource(parameters.addValue("rows", size + 1))
			.query((row, number) -> new DisclosureSummary(row.getObject("id", UUID.class), row.getString("agency_code"),
					row.getString("title"),
					row.getString("category"), DisclosureAudience.valueOf(row.getString("audience")),
					DisclosureStatus.valueOf(row.getString("status")), row.getObject("posted_from", LocalDate.class),
					row.getObject("posted_until", LocalDate.class)))
			.list();
		return ListPage.cut(read, size, last -> new QueueCursor(last.postedFrom().atStartOfDay(), last.id().toString()),
				total);
	}
}
