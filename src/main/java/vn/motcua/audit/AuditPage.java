package vn.motcua.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of audit entries, newest first. Pages count from 0. */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements) {

	public AuditPage {
		content = List.copyOf(content);
	}

	@JsonProperty
	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}

	@JsonProperty
	public boolean hasNext() {
		return (long) (page + 1) * size < totalElements;
	}
}
