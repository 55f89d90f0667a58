package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.Channel;
import vn.motcua.shared.Actor;

/** Dossiers in named states, for tests. */
final class DossierFixtures {

	static final Instant SUBMITTED_AT = Instant.parse("2026-11-23T02:00:00Z");
	static final Actor CITIZEN = new Actor("051090000001");
	static final Actor DESK = new Actor("desk");

	private DossierFixtures() {
	}

	static Submission anOnlineSubmission() {
		return anOnlineSubmissionOf(UUID.randomUUID());
	}

	static Submission anOnlineSubmissionOf(UUID accountId) {
		return new Submission(new ProcedureReference("1.000123.000.00.00.H55", UUID.randomUUID(),
				"Cấp Giấy phép bán lẻ sản phẩm rượu"), Channel.ONLINE, 1,
				new Applicant(ApplicantKind.CITIZEN, "Nguyễn Văn An", "051090000001", "12 Trần Hưng Đạo, Quảng Ngãi",
						"0905000001", "an.nguyen@example.vn"),
				accountId, ResultDelivery.ONLINE, null, UUID.randomUUID().toString(),
				List.of(DossierDocument.file(0, "Đơn đề nghị cấp giấy phép", UUID.randomUUID().toString(), "a".repeat(64), "don.pdf",
						"application/pdf", 1234)));
	}

	static Dossier aSubmittedDossier() {
		return aSubmittedDossierOf(UUID.randomUUID());
	}

	static Dossier aSubmittedDossierOf(UUID accountId) {
		DossierCode code = new DossierCode("T" + ThreadLocalRandom.current().nextInt(1_000_000), LocalDate.of(2026, 11, 23), 1);
		return Dossier.register(code, anOnlineSubmissionOf(accountId), SUBMITTED_AT, CITIZEN);
	}
}
