package vn.motcua.catalog.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.catalog.CatalogDocument;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.Sector;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;

/** The catalogue over HTTP: what is in force now, each procedure's history, and export and import. */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

	private final CatalogManagement catalog;
	private final OrganizationManagement organization;

	CatalogApi(CatalogManagement catalog, OrganizationManagement organization) {
		this.catalog = catalog;
		this.organization = organization;
	}

	@GetMapping("/sectors")
	List<Sector> sectors() {
		return catalog.sectors();
	}

	/** Procedures in force, of every agency or of one, ranked by relevance when a query is given. */
	@GetMapping("/procedures")
	ProcedurePage procedures(@RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String sector,
			@Parameter(description = "the code of the agency that handles the procedures, in any letter case; "
					+ "every agency's when absent or blank") @RequestParam(required = false) @Nullable String agency,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return catalog.procedures(query, knownSector(catalog, sector), knownAgency(organization, agency), page, size);
	}

	@GetMapping("/procedures/{code}")
	ProcedureVersion procedure(@PathVariable String code) {
		return catalog.currentVersion(code);
	}

	/** Every announced version, oldest first, with its decision and effective date. */
	@GetMapping("/procedures/{code}/versions")
	List<ProcedureVersion> versions(@PathVariable String code) {
		return catalog.history(code);
	}

	@GetMapping("/catalog/export")
	ResponseEntity<CatalogDocument> export() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"catalog.json\"")
			.body(catalog.exportCatalog());
	}

	@PostMapping("/catalog/import")
	Map<String, Integer> importCatalog(@RequestBody CatalogDocument document) {
		return Map.of("imported", catalog.importCatalog(document));
	}

	/**
	 * A blank agency means every agency; another is read in any letter case as the organization keeps it
	 * (decision 0046), and an unknown one is refused rather than answered with nothing.
	 */
	static @Nullable List<String> knownAgency(OrganizationManagement organization, @Nullable String agency) {
		if (agency == null || agency.isBlank()) {
			return null;
		}
		return List.of(organization.agencyByCode(agency.strip()).map(Agency::code)
			.orElseThrow(() -> new InvalidRequestException("catalog.agency.unknown", agency)));
	}

	/** A blank sector means all sectors; an unknown one is refused rather than answered with nothing. */
	static @Nullable String knownSector(CatalogManagement catalog, @Nullable String sector) {
		if (sector == null || sector.isBlank()) {
			return null;
		}
		if (catalog.sector(sector).isEmpty()) {
			throw new InvalidRequestException("catalog.problem.sector.unknown", sector);
		}
		return sector;
	}
}
