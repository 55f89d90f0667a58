package vn.motcua.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list read a page at a time (the desk's waiting list, an applicant's own dossiers or
 * petitions), where the next page starts (null on the last) and {@code total}, the lines of the whole
 * list, whatever the page and a search show.
 */
public record ListPage<T>(List<T> items, @Nullable QueueCursor next, long total) {

	/** The lines on a page unless the caller asks for another number. */
	public static final int DEFAULT_SIZE = 50;

	/** The most lines on a page. */
	public static final int MAX_SIZE = 200;

	public static <T> ListPage<T> empty() {
		return new ListPage<>(List.of(), null, 0);
	}

	/**
	 * The page from the lines read for it: one more than {@code size} was asked for, so that a line
	 * beyond the page says there is a next one, which starts after the page's last line.
	 */
	public static <T> ListPage<T> cut(List<T> read, int size, Function<T, QueueCursor> position, long total) {
		if (read.size() <= size) {
			return new ListPage<>(read, null, total);
		}
		return new ListPage<>(read.subList(0, size), position.apply(read.get(size - 1)), total);
	}

	/** The same page with each line as the reader sees it (masked, for one). */
	public <R> ListPage<R> map(Function<T, R> line) {
		return new ListPage<>(items.stream().map(line).toList(), next, total);
	}
}
