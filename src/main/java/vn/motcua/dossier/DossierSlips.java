package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.document.PdfRenderer;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The official slips of the decision at receipt, as PDFs in Vietnamese: the receipt and appointment
 * slip (Mẫu số 01) with a QR code to the public status page, the request to supplement (Mẫu số 02)
 * naming every missing item, the refusal (Mẫu số 03) with its reason, and the tracking slip
 * (Mẫu số 05) of the hand-overs between the steps of processing.
 */
@Component
public class DossierSlips {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PdfRenderer pdf;
	private final CatalogManagement catalog;
	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final WorkingCalendar calendar;
	private final String baseUrl;

	DossierSlips(PdfRenderer pdf, CatalogManagement catalog, OrganizationManagement organization,
			AccountManagement accounts, MessageSource messages, WorkingCalendar calendar,
			@Value("${motcua.site.base-url}") String baseUrl) {
		this.pdf = pdf;
		this.catalog = catalog;
		this.organization = organization;
		this.accounts = accounts;
		this.messages = messages;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
	}

	public byte[] receipt(Dossier dossier) {
		StatusChange received = lastChange(dossier, DossierStatus.RECEIVED);
		ProcedureContent procedure = catalog.version(dossier.procedure().versionId()).content();
		Map<String, Object> model = common(dossier, received);
		model.put("parentName", null);
		model.put("idNumber", dossier.applicant().idNumber());
		model.put("documents", documents(dossier.documents()));
		model.put("sets", dossier.sets());
		model.put("processingTime", text("dossier.slip.time." + procedure.processingTime().unit(),
				procedure.processingTime().amount()));
		model.put("receivedAt", received.localTime());
		model.put("appointmentAt", dossier.appointmentAt());
		model.put("returnPlace", returnPlace(dossier));
		model.put("logBook", String.valueOf(received.localTime().getYear()));
		model.put("logNumber", String.valueOf(DossierCode.parse(dossier.code()).number()));
		model.put("receiverName", officerName(received));
		return pdf.render("pdf/receipt-slip", model, VIETNAMESE);
	}

	/** Mẫu số 02: every item the desk asked for, at once. */
	public byte[] supplementRequest(Dossier dossier) {
		StatusChange requested = lastChange(dossier, DossierStatus.SUPPLEMENT_REQUESTED);
		Map<String, Object> model = common(dossier, requested);
		model.put("missingItems", List.of(String.valueOf(requested.note()).split("; ")));
		model.put("reason", text("dossier.pdf.supplement.default-reason"));
		model.put("guideName", officerName(requested));
		return pdf.render("pdf/supplement-request-slip", model, VIETNAMESE);
	}

	/** Mẫu số 03: the refusal at receipt with its reason. */
	public byte[] refusal(Dossier dossier) {
		StatusChange refused = lastChange(dossier, DossierStatus.NOT_RECEIVED);
		Map<String, Object> model = common(dossier, refused);
		model.put("reason", String.valueOf(refused.note()));
		model.put("officerName", officerName(refused));
		return pdf.render("pdf/refusal-slip", model, VIETNAMESE);
	}

	/** Mẫu số 04: the apology for a coming delay and its one new date. */
	public byte[] apology(Dossier dossier) {
		if (dossier.apologizedAt() == null) {
			throw new NotFoundException("dossier.slip.not-issued", dossier.code());
		}
		Map<String, Object> model = common(dossier, lastChange(dossier, DossierStatus.RECEIVED));
		model.put("issuedOn", LocalDateTime.ofInstant(dossier.apologizedAt(), VietnamTime.ZONE).toLocalDate());
		model.put("dueAt", dossier.appointmentAt());
		model.put("reason", String.valueOf(dossier.apologyReason()));
		model.put("newAppointmentAt", dossier.newAppointmentAt());
		model.put("signerName", "");
		return pdf.render("pdf/apology-slip", model, VIETNAMESE);
	}

	/** The written refusal of a dossier found ineligible during processing, with its reason. */
	public byte[] refusalNotice(Dossier dossier) {
		if (dossier.refusalReason() == null) {
			throw new NotFoundException("dossier.slip.not-issued", dossier.code());
		}
		return notice(dossier, lastChange(dossier, DossierStatus.PROCESSED), "dossier.pdf.refusal-notice",
				dossier.refusalReason());
	}

	/** The notice that processing stopped (thông báo dừng giải quyết hồ sơ), with its reason. */
	public byte[] stopNotice(Dossier dossier) {
		StatusChange stopped = lastChange(dossier, DossierStatus.STOPPED);
		return notice(dossier, stopped, "dossier.pdf.stop-notice", String.valueOf(stopped.note()));
	}

	private byte[] notice(Dossier dossier, StatusChange decision, String keys, String reason) {
		Map<String, Object> model = common(dossier, decision);
		model.put("formNumberKey", keys + ".form-number");
		model.put("titleKey", keys + ".title");
		model.put("reasonKey", keys + ".reason");
		model.put("reason", reason);
		return pdf.render("pdf/notice", model, VIETNAMESE);
	}

	/** Mẫu số 05: every hand-over between the steps, with whether the step that ended kept its time. */
	public byte[] tracking(Dossier dossier) {
		StatusChange received = lastChange(dossier, DossierStatus.RECEIVED);
		Map<String, Object> model = common(dossier, received);
		Agency agency = organization.agencyByCode(dossier.agencyCode()).orElseThrow();
		model.put("receivedAt", received.localTime());
		model.put("appointmentAt", dossier.appointmentAt());
		List<Map<String, Object>> rows = new ArrayList<>(dossier.handovers().stream()
			.map(handover -> handoverRow(dossier, agency.name(), handover)).toList());
		dossier.transfers().forEach(transfer -> rows.add(transferRow(transfer)));
		rows.sort(Comparator.comparing(row -> (LocalDateTime) row.get("handedAt")));
		model.put("rows", rows);
		return pdf.render("pdf/tracking-slip", model, VIETNAMESE);
	}

	private Map<String, Object> handoverRow(Dossier dossier, String agencyName, Handover handover) {
		DossierStep from = dossier.steps().get(handover.fromStep());
		LocalDateTime handedAt = LocalDateTime.ofInstant(handover.handedAt(), VietnamTime.ZONE);
		DossierStep to = handover.toStep() == null ? null : dossier.steps().get(handover.toStep());
		return Map.of("agency", agencyName, "step", from.name(), "handedAt", handedAt,
				"givenBy", officerName(handover.givenBy()),
				"receivedBy", to == null ? "" : text("identity.role." + to.role()),
				"timeliness", "timeliness." + calendar.timeliness(handedAt, from.dueAt()),
				"comment", handover.forward() ? String.valueOf(handover.comment() == null ? "" : handover.comment())
						: text("dossier.pdf.tracking.back") + ": " + handover.comment());
	}

	/** A hand-over to a co-agency (liên thông): the row names the co-agency, and its opinion once back. */
	private Map<String, Object> transferRow(AgencyTransfer transfer) {
		String coAgency = organization.agencyByCode(transfer.agencyCode()).map(Agency::name).orElse(transfer.agencyCode());
		return Map.of("agency", coAgency, "step", text("dossier.pdf.tracking.transfer", transfer.request()),
				"handedAt", LocalDateTime.ofInstant(transfer.sentAt(), VietnamTime.ZONE),
				"givenBy", officerName(transfer.sentBy()), "receivedBy", coAgency,
				"timeliness", transfer.returnedAt() == null ? "dossier.pdf.tracking.away" : "dossier.pdf.tracking.back-from",
				"comment", transfer.opinion() == null ? "" : transfer.opinion());
	}

	private Map<String, Object> common(Dossier dossier, StatusChange decision) {
		Agency agency = organization.agencyByCode(dossier.agencyCode()).orElseThrow();
		Map<String, Object> model = new HashMap<>();
		model.put("unitName", agency.name());
		model.put("place", agency.province());
		model.put("issuedOn", decision.localTime().toLocalDate());
		model.put("dossierCode", dossier.code());
		model.put("applicantName", dossier.applicant().name());
		model.put("address", dossier.applicant().address());
		model.put("phone", dossier.applicant().phone());
		model.put("email", dossier.applicant().email());
		model.put("request", dossier.procedure().name());
		model.put("statusUrl", baseUrl + "/dossiers/" + dossier.code() + "/status");
		return model;
	}

	/** The latest change to that status; a dossier that never had it has no such slip. */
	private static StatusChange lastChange(Dossier dossier, DossierStatus status) {
		return dossier.history().stream()
			.filter(change -> change.status() == status)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new NotFoundException("dossier.slip.not-issued", dossier.code()));
	}

	/**
	 * Each document with its paper counts; a file without papers (uploaded online) as the electronic
	 * copy it is, where its counts, all 0, read as if nothing had been handed in.
	 */
	private List<Map<String, Object>> documents(List<DossierDocument> documents) {
		return documents.stream().map(document -> document.hasFile() && !document.hasPapers()
				? Map.<String, Object>of("name", document.name(), "electronicCopy", String.valueOf(document.fileName()))
				: Map.<String, Object>of(
						"name", document.hasFile() ? text("dossier.slip.electronic", document.name(), document.fileName())
								: document.name(),
						"originals", document.originals(), "certifiedCopies", document.certifiedCopies(),
						"photocopies", document.photocopies())).toList();
	}

	private String returnPlace(Dossier dossier) {
		return switch (dossier.delivery()) {
			case AT_DESK -> text("dossier.slip.return.AT_DESK");
			case BY_POST -> text("dossier.slip.return.BY_POST", String.valueOf(dossier.deliveryAddress()));
			case ONLINE -> text("dossier.slip.return.ONLINE");
		};
	}

	/** The officer who made the decision, by the name their account carries. */
	private String officerName(StatusChange decision) {
		return officerName(decision.actor());
	}

	private String officerName(String username) {
		return accounts.findByUsername(username).map(Account::displayName).orElse(username);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
