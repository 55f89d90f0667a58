package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.AttachmentStore;
import vn.motcua.document.FileStorage;
import vn.motcua.document.ResultSigner;
import vn.motcua.document.SignatureRequest;
import vn.motcua.document.VerificationStamp;
import vn.motcua.document.SignedPdf;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * The result of a dossier: drafted as a PDF during processing, signed (PAdES) with the agency's key by
 * the leader at the approval step, returned by the desk, downloaded by the applicant, and verifiable
 * by anyone who holds the file and the dossier's code.
 */
@Service
@Transactional
public class DossierResults {

	/** Results are official documents of a Vietnamese agency, whatever the signer's page language. */
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DossierProcessing processing;
	private final DossierRepository dossiers;
	private final AttachmentStore attachments;
	private final FileStorage files;
	private final ResultSigner signer;
	private final VerificationStamp stamp;
	private final MessageSource messages;
	private final String baseUrl;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DossierResults(DossierProcessing processing, DossierRepository dossiers, AttachmentStore attachments,
			FileStorage files, ResultSigner signer, VerificationStamp stamp, MessageSource messages,
			@Value("${motcua.site.base-url}") String baseUrl, AccountManagement accounts,
			OrganizationManagement organization, ApplicationEventPublisher events, Clock clock) {
		this.processing = processing;
		this.dossiers = dossiers;
		this.attachments = attachments;
		this.files = files;
		this.signer = signer;
		this.stamp = stamp;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.accounts = accounts;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/** The holder of the current step attaches (or replaces) the draft result, a PDF. */
	public Dossier attachDraft(String code, String fileName, byte[] pdf) {
		Dossier dossier = processing.actionable(code);
		requirePdf(pdf);
		dossier.attachDraftResult(attachments.store(fileName, pdf).id(), Actor.current(), clock.instant());
		return save(dossier);
	}

	/** The agency's leader at the current step signs the draft result with the key of the dossier's agency. */
	public Dossier sign(String code) {
		Dossier dossier = processing.actionable(code);
		DossierStep step = dossier.currentStep();
		if (step == null || step.role() != Role.AGENCY_LEADER) {
			throw new InvalidRequestException("dossier.result.not-leader");
		}
		byte[] draft = attachments.read(String.valueOf(dossier.draftResultId()))
			.orElseThrow(() -> new InvalidRequestException("dossier.result.missing"));
		String signerName = accounts.currentUser().orElseThrow().displayName();
		String place = organization.agencyByCode(dossier.agencyCode()).map(agency -> agency.province()).orElse("");
		String verificationUrl = baseUrl + "/verify?code=" + dossier.code();
		byte[] stamped = stamp.stamp(draft, verificationUrl, messages.getMessage("document-signature.pdf.result.qr-caption",
				new Object[] { verificationUrl }, VIETNAMESE));
		SignedPdf signed = signer.sign(stamped, dossier.agencyCode(), SignatureRequest.invisible(signerName,
				messages.getMessage("document-signature.pdf.result.reason", new Object[] { dossier.code() }, VIETNAMESE), place));
		files.storeSigned("ket-qua-" + dossier.code() + ".pdf", signed);
		dossier.sign(signed.sha256(), Actor.current(), clock.instant());
		return save(dossier);
	}

	/** The desk hands the result over and records how: online, to whom at the desk, or the post's tracking number. */
	public Dossier returnResult(String code, String detail) {
		Dossier dossier = processing.actionable(code);
		dossier.returnResult(detail.trim(), processing.issuesElectronicResult(dossier), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** Stores the dossier and publishes its events: the audit trail records every change of the result. */
	private Dossier save(Dossier dossier) {
		Dossier saved = dossiers.save(dossier);
		dossier.takeEvents().forEach(events::publishEvent);
		return saved;
	}

	/** The signed result of one of the applicant's own dossiers, once it was returned or is ready online. */
	@Transactional(readOnly = true)
	public byte[] signedResultOf(UUID accountId, String code) {
		Dossier dossier = dossiers.findByCode(code.trim()).filter(found -> accountId.equals(found.accountId()))
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		if (dossier.status() != DossierStatus.RETURNED && dossier.status() != DossierStatus.PROCESSED) {
			throw new NotFoundException("dossier.result.not-available");
		}
		return signedFile(dossier);
	}

	/**
	 * The draft result, while it waits for its signature, of a dossier the officer may act on now: the
	 * leader reads what they sign. Once signed, the signed file is the result.
	 */
	@Transactional(readOnly = true)
	public byte[] draftResult(String code) {
		Dossier dossier = processing.actionable(code);
		if (dossier.resultSha256() != null || dossier.draftResultId() == null) {
			throw new NotFoundException("dossier.result.missing");
		}
		return attachments.read(dossier.draftResultId())
			.orElseThrow(() -> new NotFoundException("dossier.result.missing"));
	}

	/** The signed result of a dossier the officer may act on now, whatever its status: the desk prints what it hands over. */
	@Transactional(readOnly = true)
	public byte[] signedResult(String code) {
		return signedFile(processing.actionable(code));
	}

	private byte[] signedFile(Dossier dossier) {
		if (dossier.resultSha256() == null) {
			throw new NotFoundException("dossier.result.not-available");
		}
		return files.read(dossier.resultSha256())
			.orElseThrow(() -> new NotFoundException("dossier.result.not-available"));
	}

	private static void requirePdf(byte[] content) {
		byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
			throw new InvalidRequestException("dossier.result.not-pdf");
		}
	}
}
