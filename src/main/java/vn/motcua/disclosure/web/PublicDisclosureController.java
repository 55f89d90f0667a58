package vn.motcua.disclosure.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureFilter;
import vn.motcua.disclosure.DisclosureLists;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.disclosure.DisclosureSummary;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PageLinks;
import vn.motcua.shared.QueueCursor;

/**
 * The public pages of publications, no sign-in needed: those posted now, the archive of those whose
 * posting ended or that were corrected, each filtered by category and year, and one publication with
 * its files.
 */
@Controller
class PublicDisclosureController {

	private final DisclosureManagement disclosures;
	private final DisclosureLists lists;
	private final Clock clock;

	PublicDisclosureController(DisclosureManagement disclosures, DisclosureLists lists, Clock clock) {
		this.disclosures = disclosures;
		this.lists = lists;
		this.clock = clock;
	}

	@GetMapping("/disclosures")
	String posted(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String after,
			Model model) {
		DisclosureFilter filter = new DisclosureFilter(category, year);
		return list(lists.posted(filter, QueueCursor.parse(after), ListPage.DEFAULT_SIZE), filter, false, after, model);
	}

	@GetMapping("/disclosures/archive")
	String archived(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String after,
			Model model) {
		DisclosureFilter filter = new DisclosureFilter(category, year);
		return list(lists.archived(filter, QueueCursor.parse(after), ListPage.DEFAULT_SIZE), filter, true, after, model);
	}

	@GetMapping("/disclosures/{id}")
	String show(@PathVariable UUID id, Model model) {
		Disclosure disclosure = disclosures.forPublic(id);
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("posted", disclosure.period().postedAt(clock.instant()));
		return "disclosure/disclosure";
	}

	@GetMapping("/disclosures/{id}/files/{index}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int index) {
		return FileDownloads.download(disclosures, disclosures.forPublic(id), index);
	}

	private String list(ListPage<DisclosureSummary> page, DisclosureFilter filter, boolean archive,
			@Nullable String after, Model model) {
		String path = archive ? "/disclosures/archive" : "/disclosures";
		model.addAttribute("disclosures", page);
		model.addAttribute("filter", filter);
		model.addAttribute("archive", archive);
		model.addAttribute("categories", disclosures.categoriesToday());
		model.addAttribute("firstPage", address(path, filter, null));
		QueueCursor next = page.next();
		PageLinks.addTo(model, next, after);
		model.addAttribute("nextPage", next == null ? null : address(path, filter, next.token()));
		return "disclosure/disclosures";
	}

	/** The list's address with its filter, so that the paging links keep it. */
	private static String address(String path, DisclosureFilter filter, @Nullable String after) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("category", Optional.ofNullable(filter.category()))
			.queryParamIfPresent("year", Optional.ofNullable(filter.year()))
			.queryParamIfPresent("after", Optional.ofNullable(after)).encode().build().toUriString();
	}
}
