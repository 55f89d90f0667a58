package vn.motcua.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.motcua.document.FileStorage;
import vn.motcua.document.StoredFile;
import vn.motcua.shared.InvalidRequestException;

/**
 * Export and import of the whole catalogue. An import checks everything before it writes anything:
 * versions it already holds must be identical (an announced version never changes), new versions
 * must keep the rules, and announced ones must be complete.
 */
@Component
class CatalogTransfer {

	private final SectorRepository sectors;
	private final ProcedureVersionRepository versions;
	private final FileStorage files;

	CatalogTransfer(SectorRepository sectors, ProcedureVersionRepository versions, FileStorage files) {
		this.sectors = sectors;
		this.versions = versions;
		this.files = files;
	}

	CatalogDocument export() {
		List<ProcedureVersion> all = versions.findAll();
		Map<String, CatalogDocument.TemplateFile> templates = new LinkedHashMap<>();
		all.stream().flatMap(version -> version.content().documents().stream())
			.map(RequiredDocument::formTemplate).filter(java.util.Objects::nonNull)
			.forEach(template -> templates.computeIfAbsent(template.sha256(), sha -> new CatalogDocument.TemplateFile(
					sha, template.fileName(), files.read(sha).orElseThrow(
							() -> new IllegalStateException("Form template " + sha + " is missing from the file store")))));
		return new CatalogDocument(CatalogDocument.FORMAT, CatalogDocument.FORMAT_VERSION, sectors.findAll(), all,
				List.copyOf(templates.values()));
	}

	int importDocument(CatalogDocument document) {
		if (!CatalogDocument.FORMAT.equals(document.format())
				|| document.formatVersion() != CatalogDocument.FORMAT_VERSION) {
			throw new InvalidRequestException("catalog.import.format", CatalogDocument.FORMAT,
					CatalogDocument.FORMAT_VERSION);
		}
		Set<String> sectorCodes = new HashSet<>();
		sectors.findAll().forEach(sector -> sectorCodes.add(sector.code()));
		document.sectors().forEach(sector -> sectorCodes.add(sector.code()));
		List<ProcedureVersion> fresh = document.versions().stream()
			.filter(version -> isNew(version, sectorCodes::contains)).toList();
		Set<String> wanted = new HashSet<>();
		fresh.forEach(version -> version.content().documents().stream().map(RequiredDocument::formTemplate)
			.filter(java.util.Objects::nonNull).forEach(template -> wanted.add(template.sha256())));
		document.files().stream().filter(file -> wanted.contains(file.sha256())).forEach(this::store);
		document.sectors().forEach(this::saveSector);
		fresh.forEach(this::write);
		return fresh.size();
	}

	/**
	 * True when the version is to be written: it is new, or it changes a draft. False when the same
	 * version is already here. A different announced version under the same id is refused.
	 */
	private boolean isNew(ProcedureVersion version, Predicate<String> knownSector) {
		Optional<ProcedureVersion> existing = versions.findById(version.id());
		if (existing.isPresent() && existing.get().equals(version)) {
			return false;
		}
		if (existing.isPresent() && !existing.get().isDraft()) {
			throw new InvalidRequestException("catalog.import.conflict", version.procedureCode(), version.number());
		}
		boolean numberTaken = versions.findByCode(version.procedureCode()).stream()
			.anyMatch(other -> other.number() == version.number() && !other.id().equals(version.id()));
		if (numberTaken) {
			throw new InvalidRequestException("catalog.import.conflict", version.procedureCode(), version.number());
		}
		ContentProblemsException.throwIfAny("catalog.import.invalid", version.procedureCode(),
				ProcedureRules.invalid(version.content(), knownSector));
		if (!version.isDraft()) {
			if (version.kind() == null || version.decision() == null || version.effectiveFrom() == null) {
				throw new InvalidRequestException("catalog.import.decision", version.procedureCode(), version.number());
			}
			ContentProblemsException.throwIfAny("catalog.import.invalid", version.procedureCode(),
					ProcedureRules.incomplete(version.content()));
		}
		return true;
	}

	private void store(CatalogDocument.TemplateFile file) {
		StoredFile stored = files.storeDocument(file.fileName(), file.content());
		if (!stored.sha256().equals(file.sha256())) {
			throw new InvalidRequestException("catalog.import.file-hash", file.fileName());
		}
	}

	private void saveSector(Sector sector) {
		if (!sector.code().matches("[A-Z0-9_]{1,40}") || sector.name().isBlank()) {
			throw new InvalidRequestException("catalog.sector.invalid");
		}
		sectors.save(sector);
	}

	private void write(ProcedureVersion version) {
		if (versions.findById(version.id()).isPresent()) {
			versions.delete(version.id());
		}
		versions.insert(version);
	}
}
