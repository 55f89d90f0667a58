package vn.motcua.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SearchWords;
import vn.motcua.shared.VietnamTime;

/**
 * The catalog module's entry point: sectors, the versions in force, search, and export and import.
 * What is in force follows the injected clock, so a new version takes over at its effective date
 * without anybody switching it.
 * Drafts are edited freely; an announced version never changes.
 */
@Service
@Transactional
public class CatalogManagement {

	private final SectorRepository sectors;
	private final ProcedureVersionRepository versions;
	private final ProcedureDrafts drafts;
	private final CatalogTransfer transfer;
	private final StepUnitSuccessors successors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CatalogManagement(SectorRepository sectors, ProcedureVersionRepository versions, ProcedureDrafts drafts,
			CatalogTransfer transfer, StepUnitSuccessors successors, ApplicationEventPublisher events, Clock clock) {
		this.sectors = sectors;
		this.versions = versions;
		this.drafts = drafts;
		this.transfer = transfer;
		this.successors = successors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Sector> sectors() {
		return sectors.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<Sector> sector(String code) {
		return sectors.findByCode(code);
	}

	/** Adds a sector or renames an existing one. */
	public Sector saveSector(String code, String name, int position) {
		Sector sector = new Sector(code, name.trim(), position);
		ProcedureRules.requireValid(sector);
		sectors.save(sector);
		events.publishEvent(new CatalogChanged(Actor.current(), clock.instant(), "sector.saved", "Sector", code,
				"Sector " + code + " " + sector.name(), null));
		return sector;
	}

	/** The version of the procedure in force at the instant, if the procedure was in force then. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> versionInForce(String procedureCode, Instant at) {
		return versions.findInForce(procedureCode, LocalDate.ofInstant(at, VietnamTime.ZONE));
	}

	/** The version in force now, as the public catalogue and the intake show it. */
	@Transactional(readOnly = true)
	public ProcedureVersion currentVersion(String procedureCode) {
		return versionInForce(procedureCode, clock.instant())
			.orElseThrow(() -> new NotFoundException("catalog.procedure.not-found", procedureCode));
	}

	/** A version by its id, whatever is in force now: a dossier keeps the version it was submitted under. */
	@Transactional(readOnly = true)
	public ProcedureVersion version(UUID versionId) {
		return versions.findById(versionId).orElseThrow(() -> new NotFoundException("catalog.version.not-found"));
	}

	/** A version by its id, if the catalogue holds it: for readers that must not fail on an unknown one. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> findVersion(UUID versionId) {
		return versions.findById(versionId);
	}

	/** The announced versions of a procedure, oldest first: its history. */
	@Transactional(readOnly = true)
	public List<ProcedureVersion> history(String procedureCode) {
		List<ProcedureVersion> announced = versions.findByCode(procedureCode).stream()
			.filter(version -> !version.isDraft()).toList();
		if (announced.isEmpty()) {
			throw new NotFoundException("catalog.procedure.not-found", procedureCode);
		}
		return announced;
	}

	/**
	 * Every announced version (abolitions too) of the procedures an agency handles, by procedure and
	 * number: what the service index scores the agency's catalogue on.
	 */
	@Transactional(readOnly = true)
	public List<ProcedureVersion> announcedVersions(String agencyCode) {
		return versions.findAnnouncedOfAgency(agencyCode);
	}

	/** The agency the procedure's latest version, announced or draft, names by code; empty if there is none. */
	@Transactional(readOnly = true)
	public Optional<String> agencyOf(String procedureCode) {
		List<ProcedureVersion> all = versions.findByCode(procedureCode);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).content().agencyCode());
	}

	/** Whether the procedure has been announced at least once (so a draft of it amends or replaces). */
	@Transactional(readOnly = true)
	public boolean hasAnnouncedVersion(String procedureCode) {
		return versions.findByCode(procedureCode).stream().anyMatch(version -> !version.isDraft());
	}

	/**
	 * The procedures in force now, in a sector or all; ranked by relevance when a query is given
	 * (diacritics, letter case and word order do not matter), else by name. One query, outside a
	 * transaction (a public search at every key stroke need not pay a commit's round trip).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ProcedurePage procedures(@Nullable String query, @Nullable String sectorCode, int page, int size) {
		return procedures(query, sectorCode, null, page, size);
	}

	/**
	 * The procedures in force now, in a sector or all, of the agencies of those codes (as the organization
	 * keeps them) or of all agencies when null: the public catalogue's agency filter and an agency's
	 * administrator's own (decisions 0040 and 0046). Ranked as {@link #procedures(String, String, int, int)}
	 * ranks them; the agency is a column of each version, so no version's content is read.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ProcedurePage procedures(@Nullable String query, @Nullable String sectorCode,
			@Nullable Collection<String> agencyCodes, int page, int size) {
		if (page < 0 || size < 1 || size > 200) {
			throw new InvalidRequestException("catalog.page.invalid");
		}
		List<String> tokens = query == null ? List.of() : SearchWords.of(query).stream().limit(10).toList();
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		List<SearchRanking.Candidate> candidates = versions.findInForce(today, sectorCode, agencyCodes, tokens);
		List<ProcedureSummary> ordered = tokens.isEmpty() ? SearchRanking.byName(candidates)
				: SearchRanking.rank(tokens, candidates).stream().map(SearchRanking.Ranked::summary).toList();
		int from = (int) Math.min((long) page * size, ordered.size());
		return new ProcedurePage(ordered.subList(from, Math.min(from + size, ordered.size())), page, size,
				ordered.size());
	}

	/** The bytes of a form template of an announced version of the procedure (never of a draft). */
	@Transactional(readOnly = true)
	public Optional<byte[]> publishedFormTemplate(String procedureCode, String sha256) {
		boolean published = versions.findByCode(procedureCode).stream()
			.filter(version -> !version.isDraft())
			.anyMatch(version -> ProcedureDrafts.references(version, sha256));
		return published ? drafts.templateBytes(sha256) : Optional.empty();
	}

	/**
	 * The internal process of the content as it is carried out today: a step whose unit was merged or
	 * split is done at the unit that took the unit's steps over (decision 0036); the announced version
	 * itself still names the unit it was announced with.
	 */
	@Transactional(readOnly = true)
	public List<ProcessStep> stepsInService(ProcedureContent content) {
		return successors.stepsInService(content);
	}

	/** The drafts being prepared, by name. */
	@Transactional(readOnly = true)
	public List<ProcedureVersion> drafts() {
		return versions.findDrafts();
	}

	/** A draft by its id. */
	@Transactional(readOnly = true)
	public ProcedureVersion draft(UUID draftId) {
		return drafts.draft(draftId);
	}

	/** Starts a new procedure: its first draft. */
	public ProcedureVersion createDraft(String procedureCode, ProcedureContent content) {
		return drafts.create(procedureCode, content);
	}

	/** Starts the next version of a procedure from its latest announced one (or returns the open draft). */
	public ProcedureVersion startDraft(String procedureCode) {
		return drafts.startFromLatest(procedureCode);
	}

	public ProcedureVersion updateDraft(UUID draftId, ProcedureContent content) {
		return drafts.update(draftId, content);
	}

	public void discardDraft(UUID draftId) {
		drafts.discard(draftId);
	}

	/**
	 * Attaches a form template to a document of a draft.
	 *
	 * @throws InvalidRequestException when the file is empty or not a document
	 */
	public ProcedureVersion attachFormTemplate(UUID draftId, int documentIndex, String fileName, byte[] content) {
		return drafts.attachFormTemplate(draftId, documentIndex, fileName, content);
	}

	/** The bytes of a form template of a draft, for the administrator to check. */
	@Transactional(readOnly = true)
	public Optional<byte[]> draftFormTemplate(UUID draftId, String sha256) {
		return ProcedureDrafts.references(drafts.draft(draftId), sha256) ? drafts.templateBytes(sha256)
				: Optional.empty();
	}

	/** What keeps a draft from being announced; empty when it can be. */
	@Transactional(readOnly = true)
	public List<ContentProblem> problems(UUID draftId) {
		return ProcedureRules.incomplete(drafts.draft(draftId).content());
	}

	/**
	 * Announces a draft: the first version of a procedure ({@link ChangeKind#ANNOUNCE}), or an
	 * amendment or replacement of the version before. From then on it never changes.
	 *
	 * @throws ContentProblemsException naming every problem when the draft is incomplete
	 */
	public ProcedureVersion announce(UUID draftId, ChangeKind kind, Decision decision, LocalDate effectiveFrom) {
		return drafts.announce(draftId, kind, decision, effectiveFrom);
	}

	/** Abolishes a procedure from the effective date on; its history stays. */
	public ProcedureVersion abolish(String procedureCode, Decision decision, LocalDate effectiveFrom) {
		return drafts.abolish(procedureCode, decision, effectiveFrom);
	}

	@Transactional(readOnly = true)
	public CatalogDocument exportCatalog() {
		return transfer.export();
	}

	/**
	 * Imports a document of {@link #exportCatalog()}, all or nothing.
	 *
	 * @return how many versions were new, or changed a draft
	 */
	public int importCatalog(CatalogDocument document) {
		int imported = transfer.importDocument(document);
		events.publishEvent(new CatalogChanged(Actor.current(), clock.instant(), "catalog.imported", "Catalog",
				"catalog", "Imported " + imported + " versions", null));
		return imported;
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return versions.count() == 0;
	}
}
