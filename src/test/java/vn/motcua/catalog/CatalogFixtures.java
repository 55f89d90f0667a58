package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.identity.Role;

/** Procedures for tests, complete unless a test spoils them on purpose. */
final class CatalogFixtures {

	static final String SECTOR = "XANG_DAU";

	private CatalogFixtures() {
	}

	/** A made-up code no other test uses. */
	static String uniqueCode() {
		return "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".T55";
	}

	/** Ready to announce: 10 working days, and steps of 0.5 + 8.5 + 1 days. */
	static ProcedureContent aCompleteProcedure(String name) {
		return new ProcedureContent(name, SECTOR, "000.00.31.H55", List.of(ApplicantKind.BUSINESS),
				List.of(Channel.ONLINE, Channel.COUNTER), OnlineLevel.FULL,
				new ProcessingTime(BigDecimal.TEN, ProcessingTimeUnit.WORKING_DAYS), null, false,
				"Trung tâm Phục vụ hành chính công tỉnh", "",
				List.of(new RequiredDocument("Đơn đề nghị", 1, 0, 0, true, null)),
				List.of(new Fee("Phí thẩm định", 1_200_000)), "Giấy chứng nhận", true, "Nghị định (thử nghiệm)",
				List.of(new ProcessStep("Tiếp nhận", Role.RECEPTION_OFFICER, null, new BigDecimal("0.5")),
						new ProcessStep("Thẩm định", Role.SPECIALIST, null, new BigDecimal("8.5")),
						new ProcessStep("Phê duyệt", Role.AGENCY_LEADER, null, BigDecimal.ONE)));
	}

	static ProcedureContent renamed(ProcedureContent content, String name) {
		return new ProcedureContent(name, content.sectorCode(), content.agencyCode(), content.applicants(),
				content.channels(), content.onlineLevel(), content.processingTime(), content.agencyCommitment(),
				content.sameDay(), content.submissionPlace(), content.conditions(), content.documents(), content.fees(),
				content.resultType(), content.electronicResult(), content.legalBasis(), content.steps());
	}

	static ProcedureContent ofAgency(ProcedureContent content, String agencyCode) {
		return new ProcedureContent(content.name(), content.sectorCode(), agencyCode, content.applicants(),
				content.channels(), content.onlineLevel(), content.processingTime(), content.agencyCommitment(),
				content.sameDay(), content.submissionPlace(), content.conditions(), content.documents(), content.fees(),
				content.resultType(), content.electronicResult(), content.legalBasis(), content.steps());
	}

	static ProcedureContent withSteps(ProcedureContent content, List<ProcessStep> steps) {
		return new ProcedureContent(content.name(), content.sectorCode(), content.agencyCode(), content.applicants(),
				content.channels(), content.onlineLevel(), content.processingTime(), content.agencyCommitment(),
				content.sameDay(), content.submissionPlace(), content.conditions(), content.documents(), content.fees(),
				content.resultType(), content.electronicResult(), content.legalBasis(), steps);
	}
}
