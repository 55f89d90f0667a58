package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * No N+1 on lists: a list page or list API request executes as many SQL statements with more rows as
 * with one (on the request's own thread, as {@link StatementLog} records them). Needs
 * {@link StatementLog.Configuration} in the test's context.
 */
public final class ListStatements {

	/** The rows added between the two requests. */
	public static final int MORE_ROWS = 4;

	private ListStatements() {
	}

	/**
	 * The list is requested before and after more rows are added: the statement count does not grow
	 * (it may shrink, when the first request warmed a cache; a grown count is measured once more, in case a
	 * cache expired in between).
	 */
	public static void assertFlat(String request, Supplier<MvcTestResult> list, Runnable addRow) {
		addRow.run();
		long before = count(() -> assertThat(list.get()).hasStatusOk());
		for (int i = 0; i < MORE_ROWS; i++) {
			addRow.run();
		}
		List<StatementLog.Executed> after = statements(list);
		if (after.size() > before) {
			// a cache kept for a minute (an agency by its code, the sectors) may have expired between the two
			// requests on a busy machine, and the second filled it again: the next request reads it from the
			// cache, while an N+1 adds its statements to every request
			after = statements(list);
		}
		System.out.printf("[statements] %s: %d statements with 1 row, %d with %d rows%n", request, before,
				after.size(), 1 + MORE_ROWS);
		assertThat(after.size()).as("statements of %s after %d more rows (N+1?): %s", request, MORE_ROWS,
				after.stream().map(StatementLog.Executed::sql).toList()).isLessThanOrEqualTo((int) before);
	}

	private static List<StatementLog.Executed> statements(Supplier<MvcTestResult> list) {
		return StatementLog.record(() -> assertThat(list.get()).hasStatusOk());
	}

	/** The statements the request executes on this thread. */
	public static long count(Runnable request) {
		return StatementLog.record(() -> {
			request.run();
			return null;
		}).size();
	}
}
