package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.document.AttachmentStore;
import vn.motcua.document.CheckedFile;
import vn.motcua.shared.InvalidRequestException;

/**
 * What the desk's registration must satisfy: the procedure accepts the channel and this kind of
 * applicant, the applicant's identity and contact are well formed, the counts and scans are valid.
 * Missing documents are allowed: the desk then asks for them (Mẫu 02) with the dossier's code.
 */
final class CounterRegistrationRules {

	private static final String CITIZEN_ID = "\\d{12}";
	private static final String TAX_CODE = "\\d{10}(-\\d{3})?";
	private static final String PHONE = "(0|\\+84)(3|5|7|8|9|2\\d)\\d{7,8}";

	private CounterRegistrationRules() {
	}

	/** @return the scans handed in, as checked, in the order of the registration's documents */
	static List<CheckedFile> check(ProcedureContent procedure, CounterRegistration registration,
			AttachmentStore attachments) {
		if (registration.channel() == Channel.ONLINE || !procedure.channels().contains(registration.channel())) {
			throw new InvalidRequestException("dossier.counter.channel", procedure.name());
		}
		Applicant applicant = registration.applicant();
		if (!procedure.applicants().contains(applicant.kind())) {
			throw new InvalidRequestException("dossier.intake.applicant-kind", procedure.name());
		}
		require(!applicant.name().isBlank(), "dossier.counter.name.required");
		require(applicant.idNumber().matches(applicant.kind() == ApplicantKind.CITIZEN ? CITIZEN_ID
				: TAX_CODE), "identity.register.idNumber.invalid");
		require(!applicant.address().isBlank(), "dossier.intake.address.required");
		require(applicant.phone().matches(PHONE), "identity.register.phone.invalid");
		require(registration.sets() >= 1, "dossier.counter.sets");
		require(registration.delivery() != ResultDelivery.BY_POST
				|| (registration.deliveryAddress() != null && !registration.deliveryAddress().isBlank()),
				"dossier.intake.delivery-address.required");
		Set<Integer> seen = new HashSet<>();
		List<CheckedFile> scans = new ArrayList<>();
		for (PaperDocument paper : registration.documents()) {
			int index = paper.requiredDocumentIndex();
			if (index < 0 || index >= procedure.documents().size() || !seen.add(index)) {
				throw new InvalidRequestException("dossier.intake.document.unknown", index);
			}
			if (paper.scan() != null) {
				scans.add(attachments.check(paper.scan().fileName(), paper.scan().content()));
			}
		}
		return scans;
	}

	private static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new InvalidRequestException(messageKey);
		}
	}
}
