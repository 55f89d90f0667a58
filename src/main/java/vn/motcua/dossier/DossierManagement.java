package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.QueueCursor;

/** The dossier module's entry point for pages, the API and other modules. */
@Service
@Transactional
public class DossierManagement {

	private final DossierRepository dossiers;
	private final WorkingCalendar calendar;
	private final DossierLists lists;
	private final MessageSource messages;
	private final TypedDossierCodes typedCodes;

	DossierManagement(DossierRepository dossiers, WorkingCalendar calendar, DossierLists lists,
			MessageSource messages, TypedDossierCodes typedCodes) {
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.lists = lists;
		this.messages = messages;
		this.typedCodes = typedCodes;
	}

	/**
	 * A page of the dossiers an applicant's account submitted, the newest first, starting after
	 * {@code after} (from the start when null).
	 *
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link ListPage#MAX_SIZE}
	 */
	@Transactional(readOnly = true)
	public ListPage<DossierListItem> dossiersOf(UUID accountId, @Nullable QueueCursor after, int size) {
		DossierLists.requireSize(size);
		return lists.ofAccount(accountId, after, size);
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

	/**
	 * Whom the dossier's notices go to and what they name, for the notification module's listeners: one
	 * row, where the whole dossier would take six queries; one query needs no transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<DossierContact> contact(UUID dossierId) {
		return dossiers.findContactById(dossierId);
	}

	/**
	 * How the dossier with that code was handled (agency, procedure, status, the officers who acted), for
	 * modules that link their records to it, such as satisfaction ratings; empty for an unknown or malformed
	 * code. The code is read in any letter case, as the desk types it at a kiosk (decision 0046).
	 */
	@Transactional(readOnly = true)
	public Optional<DossierHandling> handling(String code) {
		String kept;
		try {
			kept = typedCodes.asKept(code.strip());
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
		return dossiers.findByCode(kept).map(DossierHandling::of);
	}

	/**
	 * The facts the reports keep about a dossier, as it stands now (legal-rules §2.4 for its end).
	 * Each save also publishes them ({@link DossierSaved}).
	 */
	@Transactional(readOnly = true)
	public Optional<DossierFacts> facts(UUID dossierId) {
		return dossiers.findById(dossierId).map(DossierFacts::of);
	}

	/**
	 * The facts of up to limit dossiers after the given id (from the first when null), in id order: for
	 * rebuilding the reports' read model a batch at a time.
	 */
	@Transactional(readOnly = true)
	public List<DossierFacts> factsAfter(@Nullable UUID after, int limit) {
		return dossiers.findAfter(after, limit).stream().map(DossierFacts::of).toList();
	}

	/**
	 * The public status of the dossier with that code, if there is one; a malformed code is bad input.
	 * The code is read in any letter case (decision 0046, {@link TypedDossierCodes}). One query, outside a
	 * transaction (the class's default would add a commit's round trip): the busiest public request reads
	 * one row, its agency being cached. The reasons are public here, so the personal data in them is
	 * hidden, marked in the reader's language.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<DossierStatusView> status(String code, Locale locale) {
		String kept;
		try {
			kept = typedCodes.asKept(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("dossier.code.malformed", code);
		}
		String hidden = messages.getMessage(PersonalData.HIDDEN, null, locale);
		return dossiers.findStatusByCode(kept).map(view -> view.withPersonalDataHidden(hidden));
	}
}
