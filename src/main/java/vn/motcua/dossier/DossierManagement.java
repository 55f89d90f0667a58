package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** The dossier module's entry point for pages, the API and other modules. */
@Service
@Transactional
public class DossierManagement {

	private final DossierRepository dossiers;
	private final WorkingCalendar calendar;
	private final DossierLists lists;

	DossierManagement(DossierRepository dossiers, WorkingCalendar calendar, DossierLists lists) {
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.lists = lists;
	}

	/** The dossiers an applicant's account submitted, newest first. */
	@Transactional(readOnly = true)
	public List<DossierListItem> dossiersOf(UUID accountId) {
		return lists.ofAccount(accountId);
	}

	/**
	 * One of the applicant's own dossiers, with its documents and history. Another applicant's dossier
	 * is "not found", so that a guessed code reveals nothing.
	 */
	@Transactional(readOnly = true)
	public Dossier dossierOf(UUID accountId, String code) {
		return dossiers.findByCode(code.trim())
			.filter(dossier -> accountId.equals(dossier.accountId()))
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
	}

	/**
	 * How a received dossier stands against its appointment: for one that ended, early, on time or
	 * late; for one still open at the cut-off, within the deadline or overdue.
	 */
	@Transactional(readOnly = true)
	public DossierTimelinessView timeliness(String code, Instant cutOff) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		return new DossierTimelinessView(dossier.code(), DossierTimeliness.finished(dossier, calendar).orElse(null),
				DossierTimeliness.open(dossier, cutOff, calendar).orElse(null));
	}

	/** A dossier by its id, for other modules' listeners of its events (notification, rating). */
	@Transactional(readOnly = true)
	public Optional<Dossier> dossier(UUID dossierId) {
		return dossiers.findById(dossierId);
	}

	/**
	 * How the dossier with that code was handled (agency, procedure, status, the officers who acted), for
	 * modules that link their records to it, such as satisfaction ratings; empty for an unknown code.
	 */
	@Transactional(readOnly = true)
	public Optional<DossierHandling> handling(String code) {
		return dossiers.findByCode(code.trim()).map(DossierHandling::of);
	}

	/**
	 * The facts the reports keep about a dossier, as it stands now (legal-rules §2.4 for its end):
	 * the reporting module's read model pulls them when a dossier event arrives.
	 */
	@Transactional(readOnly = true)
	public Optional<DossierFacts> facts(UUID dossierId) {
		return dossiers.findById(dossierId).map(DossierManagement::factsOf);
	}

	private static DossierFacts factsOf(Dossier dossier) {
		DossierStatus status = dossier.status();
		Instant endedAt = switch (status) {
			case PROCESSED, RETURNED -> dossier.lastEntered(DossierStatus.PROCESSED)
				.or(() -> dossier.lastEntered(DossierStatus.RETURNED)).orElse(null);
			case STOPPED, WITHDRAWN -> dossier.lastEntered(status).orElse(null);
			default -> null;
		};
		Instant pausedSince = dossier.receivedAt() != null
				&& (status == DossierStatus.SUPPLEMENT_REQUESTED || status == DossierStatus.PAYMENT_REQUESTED)
						? dossier.lastEntered(status).orElse(null) : null;
		DossierStep step = dossier.currentStep();
		return new DossierFacts(dossier.id(), dossier.version() == null ? 0 : dossier.version(), dossier.code(),
				dossier.agencyCode(), dossier.procedure().code(), dossier.procedure().versionId(),
				dossier.procedure().name(), dossier.channel(), status, dossier.submittedAt(), dossier.receivedAt(),
				dossier.appointmentAt(), endedAt, endedAt == null ? null : dossier.timeliness(), pausedSince,
				dossier.supplementRequestsDuringProcessing(), dossier.refusalReason() != null,
				step == null ? null : step.role(), step == null ? null : step.unitId(),
				step == null ? null : step.holderAccountId(), step == null ? null : step.dueAt(),
				dossier.heldByAgency(), dossier.resultSha256() != null,
				dossier.documents().stream().anyMatch(DossierDocument::hasFile));
	}

	/**
	 * The public status of the dossier with that code, if there is one; a malformed code is bad input.
	 * One query, outside a transaction: the busiest public request reads one row.
	 */
	public Optional<DossierStatusView> status(String code) {
		String normalized = parse(code).toString();
		return dossiers.findStatusByCode(normalized);
	}

	private static DossierCode parse(String code) {
		try {
			return DossierCode.parse(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("dossier.code.malformed", code);
		}
	}
}
