package vn.motcua.catalog;

import java.util.List;

/** One page of procedures, best match first when searched, and how many there are in all. */
public record ProcedurePage(List<ProcedureSummary> items, int page, int size, int total) {

	public ProcedurePage {
		items = List.copyOf(items);
	}

	public int pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}
}
