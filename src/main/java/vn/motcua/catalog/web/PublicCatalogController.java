package vn.motcua.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.Sector;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/** The public catalogue: procedures by sector, search, and each procedure's page with its history. */
@Controller
@RequestMapping("/procedures")
class PublicCatalogController {

	static final int PAGE_SIZE = 20;

	private final CatalogManagement catalog;
	private final OrganizationManagement organization;
	private final Clock clock;
	private final boolean demo;

	PublicCatalogController(CatalogManagement catalog, OrganizationManagement organization, Clock clock,
			@Value("${motcua.demo.enabled:false}") boolean demo) {
		this.catalog = catalog;
		this.organization = organization;
		this.clock = clock;
		this.demo = demo;
	}

	@ModelAttribute("demoCatalog")
	boolean demoCatalog() {
		return demo;
	}

	@ModelAttribute("sectors")
	Map<String, Sector> sectors() {
		return catalog.sectors().stream()
			.collect(Collectors.toMap(Sector::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Every agency's procedures unless one is chosen (decision 0046): the province's one catalogue. */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String agency, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String sectorCode = CatalogApi.knownSector(catalog, sector);
		List<String> agencyCodes = CatalogApi.knownAgency(organization, agency);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sector", sectorCode);
		model.addAttribute("agency", agencyCodes == null ? null : agencyCodes.get(0));
		model.addAttribute("agencies", organization.agencies());
		model.addAttribute("result", catalog.procedures(q, sectorCode, agencyCodes, Math.max(page, 0), PAGE_SIZE));
		return "catalog/procedures";
	}

	@GetMapping("/{code}")
	String procedure(@PathVariable String code, Model model) {
		return show(catalog.currentVersion(code), model);
	}

	/** An announced version other than the one in force, from the history table. */
	@GetMapping("/{code}/versions/{number}")
	String version(@PathVariable String code, @PathVariable int number, Model model) {
		ProcedureVersion version = catalog.history(code).stream().filter(each -> each.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("catalog.version.not-found"));
		return show(version, model);
	}

	@GetMapping("/{code}/forms/{sha256}")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String sha256) {
		return FormDownloads.of(catalog.history(code), sha256, catalog.publishedFormTemplate(code, sha256));
	}

	private String show(ProcedureVersion version, Model model) {
		List<ProcedureVersion> history = catalog.history(version.procedureCode());
		ProcedureVersion current = catalog.versionInForce(version.procedureCode(), clock.instant()).orElse(null);
		model.addAttribute("version", version);
		model.addAttribute("procedure", version.content());
		model.addAttribute("history", history);
		model.addAttribute("handlingAgency", organization.agencyByCode(version.content().agencyCode())
			.map(Agency::name).orElse(version.content().agencyCode()));
		model.addAttribute("inForce", current != null && current.id().equals(version.id()));
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		model.addAttribute("upcoming", history.stream()
			.filter(each -> each.effectiveFrom() != null && each.effectiveFrom().isAfter(today)).findFirst().orElse(null));
		return "catalog/procedure";
	}
}
