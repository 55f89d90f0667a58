package vn.motcua.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.consultation.ConsultationManagement.UploadedDraft;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.TestFiles;

/** Drafts for comment as the tests need them, dated from the application's clock. */
final class ConsultationFixtures {

	private ConsultationFixtures() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	/** A public plan from today for 60 days: long enough under every rule set configured. */
	static DraftContent aPublicDraft(Clock clock, String title) {
		return new DraftContent(title, DraftDocumentType.PLAN, "Kế hoạch phát triển chợ giai đoạn 2026-2030",
				"Phòng Quản lý Thương mại", ConsultationAudience.PUBLIC, today(clock), today(clock).plusDays(60));
	}

	static DraftContent aStaffDraft(Clock clock, String title) {
		return new DraftContent(title, DraftDocumentType.REGULATION, "Quy chế chi tiêu nội bộ năm 2027",
				"Văn phòng Sở", ConsultationAudience.STAFF, today(clock), today(clock).plusDays(60));
	}

	static List<UploadedDraft> aPdf() {
		return List.of(new UploadedDraft("du-thao.pdf", TestFiles.pdf("Dự thảo")));
	}
}
