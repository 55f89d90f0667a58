package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

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
 * The receipt and appointment slip (Mẫu số 01) of a received dossier, as a PDF in Vietnamese with a
 * QR code to the dossier's public status page.
 */
@Component
public class ReceiptSlips {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PdfRenderer pdf;
	private final CatalogManagement catalog;
	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final String baseUrl;

	ReceiptSlips(PdfRenderer pdf, CatalogManagement catalog, OrganizationManagement organization,
			AccountManagement accounts, MessageSource messages, @Value("${motcua.site.base-url}") String baseUrl) {
		this.pdf = pdf;
		this.catalog = catalog;
		this.organization = organization;
		this.accounts = accounts;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	public byte[] receipt(Dossier dossier) {
		LocalDateTime receivedAt = dossier.receivedAt() == null ? null
				: LocalDateTime.ofInstant(dossier.receivedAt(), VietnamTime.ZONE);
		if (receivedAt == null || dossier.appointmentAt() == null) {
			throw new NotFoundException("dossier.slip.not-received", dossier.code());
		}
		ProcedureContent procedure = catalog.version(dossier.procedure().versionId()).content();
		Agency agency = organization.agencyByCode(dossier.agencyCode()).orElseThrow();
		Map<String, Object> model = new HashMap<>();
		model.put("parentName", null);
		model.put("unitName", agency.name());
		model.put("place", agency.province());
		model.put("issuedOn", receivedAt.toLocalDate());
		model.put("dossierCode", dossier.code());
		model.put("applicantName", dossier.applicant().name());
		model.put("address", dossier.applicant().address());
		model.put("phone", dossier.applicant().phone());
		model.put("email", dossier.applicant().email());
		model.put("idNumber", dossier.applicant().idNumber());
		model.put("request", dossier.procedure().name());
		model.put("documents", documents(dossier.documents()));
		model.put("sets", dossier.sets());
		model.put("processingTime", text("dossier.slip.time." + procedure.processingTime().unit(),
				procedure.processingTime().amount().stripTrailingZeros().toPlainString()));
		model.put("receivedAt", receivedAt);
		model.put("appointmentAt", dossier.appointmentAt());
		model.put("returnPlace", returnPlace(dossier));
		model.put("logBook", String.valueOf(LocalDate.from(receivedAt).getYear()));
		model.put("logNumber", String.valueOf(DossierCode.parse(dossier.code()).number()));
		model.put("receiverName", receiver(dossier));
		model.put("statusUrl", baseUrl + "/dossiers/" + dossier.code() + "/status");
		return pdf.render("pdf/receipt-slip", model, VIETNAMESE);
	}

	private List<Map<String, Object>> documents(List<DossierDocument> documents) {
		return documents.stream().map(document -> Map.<String, Object>of(
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

	/** The officer who received the dossier, by the name their account carries. */
	private String receiver(Dossier dossier) {
		return dossier.history().stream()
			.filter(change -> change.status() == DossierStatus.RECEIVED)
			.reduce((first, second) -> second)
			.flatMap(change -> accounts.findByUsername(change.actor()))
			.map(Account::displayName)
			.orElse("");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}
