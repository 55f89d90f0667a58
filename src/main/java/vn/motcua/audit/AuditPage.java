package vn.motcua.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of audit entries, newest first. Pages count from 0. When {@code totalExact} is false, more
 * than {@code totalElements} entries match and {@link #totalPages()} is as many as those fill.
 */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements, boolean totalExact,
		boolean hasNext) {

	public AuditPage {
		content = List.copyOf(content);
	}

	/** The page with the personal data of each entry hidden ({@link AuditEntry#withPersonalDataHidden}). */
	public AuditPage withPersonalDataHidden(String hidden) {
		return new AuditPage(content.stream().map(entry -> entry.withPersonalDataHidden(hidden)).toList(), page, size,
				totalElements, totalExact, hasNext);
	}

	@JsonProperty
	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}
}
