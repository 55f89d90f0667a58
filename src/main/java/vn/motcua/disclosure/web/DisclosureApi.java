package vn.motcua.disclosure.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureFilter;
import vn.motcua.disclosure.DisclosureLists;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.disclosure.DisclosureSummary;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;

/**
 * The agency's public publications over the API: the list (posted now, or the archive), and one
 * publication with its files. Staff publications and drafts do not exist here.
 */
@RestController
@Tag(name = "Disclosures")
class DisclosureApi {

	private final DisclosureManagement disclosures;
	private final DisclosureLists lists;

	DisclosureApi(DisclosureManagement disclosures, DisclosureLists lists) {
		this.disclosures = disclosures;
		this.lists = lists;
	}

	/**
	 * A public publication of the agency of {@code agencyCode}; {@code replacedBy} the correction that replaced it, {@code replaces} the
	 * one it corrects.
	 */
	record Details(UUID id, String agencyCode, String title, String category, String status, String body, LocalDate postedFrom,
			LocalDate postedUntil, @Nullable UUID replaces, @Nullable UUID replacedBy, List<URI> files) {
	}

	@GetMapping("/api/v1/disclosures")
	@Operation(summary = "The public publications, the latest first day of posting first",
			description = "archive: false (the default) for those posted today, true for those whose posting ended "
					+ "or that a correction replaced; category: a category's code; year: the year posting started; "
					+ "size: publications a page, 1 to 200 (50 when not given); after: where the page starts, as the "
					+ "Link header of the page before gives it")
	ResponseEntity<List<DisclosureSummary>> list(@RequestParam(defaultValue = "false") boolean archive,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		DisclosureFilter filter = new DisclosureFilter(category, year);
		ListPage<DisclosureSummary> page = archive ? lists.archived(filter, QueueCursor.parse(after), size)
				: lists.posted(filter, QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("archive", archive)
			.queryParamIfPresent("category", Optional.ofNullable(filter.category()))
			.queryParamIfPresent("year", Optional.ofNullable(filter.year()))
			.queryParam("size", size)).body(page.items());
	}

	@GetMapping("/api/v1/disclosures/{id}")
	@Operation(summary = "One public publication with the addresses of its files; 404 for any other")
	Details show(@PathVariable UUID id) {
		Disclosure disclosure = disclosures.forPublic(id);
		List<URI> files = IntStream.range(0, disclosure.files().size())
			.mapToObj(index -> URI.create("/disclosures/" + id + "/files/" + index)).toList();
		return new Details(id, disclosure.agencyCode(), disclosure.title(), disclosure.category(), disclosure.status().name(),
				disclosure.body(), disclosure.postedFrom(), disclosure.postedUntil(), disclosure.replaces(),
				disclosure.replacedBy(), files);
	}
}
