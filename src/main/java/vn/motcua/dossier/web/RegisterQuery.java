package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.RegisterFilter;

/** The register page's filter as the query string carries it; an empty period is this month. */
record RegisterQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable DossierStatus status,
		@Nullable Channel channel, @Nullable String text, @Nullable Integer page) {

	static final int PAGE_SIZE = 50;

	RegisterFilter filter(Set<String> agencyCodes, LocalDate today) {
		LocalDate start = from != null ? from : today.withDayOfMonth(1);
		LocalDate end = to != null ? to : today;
		return new RegisterFilter(agencyCodes, start, end, status, channel, text);
	}

	int pageIndex() {
		return page == null || page < 0 ? 0 : page;
	}
}
