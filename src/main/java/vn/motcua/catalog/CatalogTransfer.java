package vn.motcua.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.document.FileStorage;
import vn.motcua.document.StoredFile;
import vn.motcua.shared.InvalidRequestException;

/**
 * Export and import of the whole catalogue. An import checks everything before it writes anything:
 * versions it already holds must be identical (an announced version never changes), new versions
 * must keep the rules, and announced ones must be complete. Each version's agency is named by the
 * code the organization keeps, in whatever case the document gives it (decision 0046).
 */
@Component
class CatalogTransfer {

	private static final Logger log = LoggerFactory.getLogger(CatalogTransfer.class);

	private final SectorRepository sectors;
	private final ProcedureVersionRepository versions;
	private final FileStorage files;
	private final KeptAgencyCodes keptAgencyCodes;

	CatalogTransfer(SectorRepository sectors, ProcedureVersionRepository versions, FileStorage files,
			KeptAgencyCodes keptAgencyCodes) {
		this.sectors = sectors;
		this.versions = versions;
		this.files = files;
		this.keptAgencyCodes = keptAgencyCodes;
	}

	CatalogDocument export() {
		List<ProcedureVersion> all = versions.findAll();
		Map<String, FormTemplate> templates = new LinkedHashMap<>();
		all.stream().flatMap(version -> version.content().documents().stream())
			.map(RequiredDocument::formTemplate).filter(Objects::nonNull)
			.forEach(template -> templates.putIfAbsent(template.sha256(), template));
		List<CatalogDocument.TemplateFile> bytes = templates.values().stream().map(this::templateFile)
			.flatMap(Optional::stream).toList();
		return new CatalogDocument(CatalogDocument.FORMAT, CatalogDocument.FORMAT_VERSION, sectors.findAll(), all,
				bytes);
	}

	/**
	 * A template's bytes, if the file store still has them. A lost file is an operations problem to
	 * report, not a reason to hold back the catalogue itself from other systems.
	 */
	private Optional<CatalogDocument.TemplateFile> templateFile(FormTemplate template) {
		Optional<byte[]> content = files.read(template.sha256());
		if (content.isEmpty()) {
			log.warn("Form template {} ({}) is missing from the file store; exported without its bytes",
					template.sha256(), template.fileName());
		}
		return content.map(bytes -> new CatalogDocument.TemplateFile(template.sha256(), template.fileName(), bytes));
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
		// agencies named as kept before comparing, so that a document naming one in another case imports again
		List<ProcedureVersion> fresh = document.versions().stream().map(keptAgencyCodes::of)
			.filter(version -> isNew(version, sectorCodes::contains)).toList();
		Set<String> wanted = new HashSet<>();
		fresh.forEach(version -> version.content().documents().stream().map(RequiredDocument::formTemplate)
			.filter(Objects::nonNull).forEach(template -> wanted.add(template.sha256())));
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
		ProcedureRules.requireValid(sector);
		sectors.save(sector);
	}

	private void write(ProcedureVersion version) {
		if (versions.findById(version.id()).isPresent()) {
			versions.delete(version.id());
		}
		versions.insert(version);
	}
}
