package vn.motcua.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.document.FileStorage;
import vn.motcua.document.StoredFile;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/** Drafts of procedures, and how they become announced versions; called by {@link CatalogManagement}. */
@Component
class ProcedureDrafts {

	static final String CODE_PATTERN = "[0-9A-Za-z][0-9A-Za-z.\\-]{0,59}";

	private final ProcedureVersionRepository versions;
	private final SectorRepository sectors;
	private final FileStorage files;
	private final OrganizationManagement organization;
	private final KeptAgencyCodes keptAgencyCodes;
	private final StepUnitSuccessors successors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProcedureDrafts(ProcedureVersionRepository versions, SectorRepository sectors, FileStorage files,
			OrganizationManagement organization, KeptAgencyCodes keptAgencyCodes, StepUnitSuccessors successors,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.sectors = sectors;
		this.files = files;
		this.organization = organization;
		this.keptAgencyCodes = keptAgencyCodes;
		this.successors = successors;
		this.events = events;
		this.clock = clock;
	}

	ProcedureVersion draft(UUID draftId) {
		ProcedureVersion version = versions.findById(draftId)
			.orElseThrow(() -> new NotFoundException("catalog.version.not-found"));
		if (!version.isDraft()) {
			throw new InvalidRequestException("catalog.version.frozen", version.procedureCode(), version.number());
		}
		return version;
	}

	ProcedureVersion create(String procedureCode, ProcedureContent content) {
		if (!procedureCode.matches(CODE_PATTERN)) {
			throw new InvalidRequestException("catalog.procedure.code.invalid", procedureCode);
		}
		if (versions.latestNumber(procedureCode) > 0) {
			throw new InvalidRequestException("catalog.procedure.code.duplicate", procedureCode);
		}
		ProcedureContent kept = keptAgencyCodes.of(content);
		requireValid(procedureCode, kept);
		ProcedureVersion draft = ProcedureVersion.draft(procedureCode, 1, kept);
		versions.insert(draft);
		publish("draft.created", draft, "Draft of new procedure " + procedureCode + " " + kept.name());
		return draft;
	}

	ProcedureVersion startFromLatest(String procedureCode) {
		List<ProcedureVersion> all = versions.findByCode(procedureCode);
		if (all.isEmpty()) {
			throw new NotFoundException("catalog.procedure.not-found", procedureCode);
		}
		ProcedureVersion latest = all.get(all.size() - 1);
		if (latest.isDraft()) {
			return latest;
		}
		if (latest.isAbolition()) {
			throw new InvalidRequestException("catalog.procedure.abolished", procedureCode);
		}
		ProcedureVersion draft = ProcedureVersion.draft(procedureCode, latest.number() + 1,
				successors.inService(latest.content()));
		versions.insert(draft);
		publish("draft.created", draft, "Draft " + draft.number() + " of " + procedureCode);
		return draft;
	}

	ProcedureVersion update(UUID draftId, ProcedureContent content) {
		ProcedureVersion draft = draft(draftId);
		ProcedureContent kept = keptAgencyCodes.of(content);
		requireValid(draft.procedureCode(), kept);
		ProcedureVersion changed = draft.edit(kept);
		versions.updateDraft(changed);
		publish("draft.updated", changed, "Draft " + draft.number() + " of " + draft.procedureCode() + " edited");
		return changed;
	}

	void discard(UUID draftId) {
		ProcedureVersion draft = draft(draftId);
		versions.delete(draftId);
		publish("draft.discarded", draft, "Draft " + draft.number() + " of " + draft.procedureCode() + " discarded");
	}

	ProcedureVersion attachFormTemplate(UUID draftId, int documentIndex, String fileName, byte[] content) {
		ProcedureVersion draft = draft(draftId);
		if (documentIndex < 0 || documentIndex >= draft.content().documents().size()) {
			throw new InvalidRequestException("catalog.template.document.unknown");
		}
		StoredFile stored = files.storeDocument(fileName, content);
		RequiredDocument document = draft.content().documents().get(documentIndex).withFormTemplate(
				new FormTemplate(stored.sha256(), stored.fileName(), stored.contentType(), stored.size()));
		ProcedureVersion changed = draft.edit(draft.content().withDocument(documentIndex, document));
		versions.updateDraft(changed);
		publish("draft.template-attached", changed, "Form " + fileName + " attached to " + document.name());
		return changed;
	}

	ProcedureVersion announce(UUID draftId, ChangeKind kind, Decision decision, LocalDate effectiveFrom) {
		ProcedureVersion draft = draft(draftId);
		Optional<ProcedureVersion> previous = latestAnnounced(draft.procedureCode());
		if (kind == ChangeKind.ABOLISH || (kind == ChangeKind.ANNOUNCE) != previous.isEmpty()) {
			throw new InvalidRequestException(previous.isEmpty() ? "catalog.announce.first" : "catalog.announce.change");
		}
		requireDecision(decision, effectiveFrom, previous);
		ContentProblemsException.throwIfAny("catalog.announce.incomplete", draft.procedureCode(),
				ProcedureRules.incomplete(draft.content()));
		ProcedureVersion announced = draft.announce(kind, decision, effectiveFrom);
		versions.updateDraft(announced);
		publish("version.announced", announced, kind + " " + draft.procedureCode() + " v" + draft.number()
				+ " by decision " + decision.number() + ", effective " + effectiveFrom);
		return announced;
	}

	ProcedureVersion abolish(String procedureCode, Decision decision, LocalDate effectiveFrom) {
		ProcedureVersion latest = latestAnnounced(procedureCode)
			.orElseThrow(() -> new NotFoundException("catalog.procedure.not-found", procedureCode));
		if (latest.isAbolition()) {
			throw new InvalidRequestException("catalog.procedure.abolished", procedureCode);
		}
		if (versions.latestNumber(procedureCode) != latest.number()) {
			throw new InvalidRequestException("catalog.abolish.draft-open", procedureCode);
		}
		requireDecision(decision, effectiveFrom, Optional.of(latest));
		ProcedureVersion abolition = ProcedureVersion.draft(procedureCode, latest.number() + 1, latest.content())
			.announce(ChangeKind.ABOLISH, decision, effectiveFrom);
		versions.insert(abolition);
		publish("version.abolished", abolition, "Abolished " + procedureCode + " by decision " + decision.number()
				+ ", effective " + effectiveFrom);
		return abolition;
	}

	Optional<byte[]> templateBytes(String sha256) {
		return files.read(sha256);
	}

	static boolean references(ProcedureVersion version, String sha256) {
		return version.content().documents().stream()
			.anyMatch(document -> document.formTemplate() != null && document.formTemplate().sha256().equals(sha256));
	}

	private Optional<ProcedureVersion> latestAnnounced(String procedureCode) {
		return versions.findByCode(procedureCode).stream().filter(version -> !version.isDraft())
			.reduce((first, second) -> second);
	}

	/** Not in the past, not before the version it follows, and not before the decision was signed. */
	private void requireDecision(Decision decision, LocalDate effectiveFrom, Optional<ProcedureVersion> previous) {
		if (decision.number().isBlank() || decision.signer().isBlank() || decision.number().length() > 100
				|| decision.signer().length() > 200) {
			throw new InvalidRequestException("catalog.decision.required");
		}
		if (effectiveFrom.isBefore(LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE))) {
			throw new InvalidRequestException("catalog.decision.effective.past");
		}
		if (decision.date().isAfter(effectiveFrom)) {
			throw new InvalidRequestException("catalog.decision.date.after-effective");
		}
		LocalDate previousFrom = previous.map(ProcedureVersion::effectiveFrom).orElse(null);
		if (previousFrom != null && effectiveFrom.isBefore(previousFrom)) {
			throw new InvalidRequestException("catalog.decision.effective.before-previous", previousFrom);
		}
	}

	/**
	 * Basic rules on every save; step units, when given, must be units the organization module knows, in
	 * service, and of the procedure's agency when the organization knows it: its dossiers are handled
	 * there, never in another agency's units (decision 0046).
	 */
	private void requireValid(String procedureCode, ProcedureContent content) {
		ContentProblemsException.throwIfAny("catalog.content.invalid", procedureCode,
				ProcedureRules.invalid(content, code -> sectors.findByCode(code).isPresent()));
		Optional<Agency> agency = organization.agencyByCode(content.agencyCode());
		for (UUID unitId : content.steps().stream().map(ProcessStep::unitId).filter(Objects::nonNull).toList()) {
			Unit unit = organization.unit(unitId);
			if (!unit.inService()) {
				throw new InvalidRequestException("catalog.step.unit.ended", unit.name());
			}
			if (agency.isPresent() && !agency.get().id().equals(unit.agencyId())) {
				throw new InvalidRequestException("catalog.step.unit.other-agency", unit.name(), agency.get().name());
			}
		}
	}

	private void publish(String action, ProcedureVersion version, String summary) {
		events.publishEvent(new CatalogChanged(Actor.current(), clock.instant(), action, "ProcedureVersion",
				version.id().toString(), summary, version.content().agencyCode()));
	}
}
