package vn.motcua.audit;

import java.util.List;

/** One page of audit entries, newest first. Pages count from 0. */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements) {

	public AuditPage {
		content = List.copyOf(content);
	}

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < totalElements;
	}
}
