package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * The People's Inspection Board supervises the handling of petitions (decision 0031): it reads the
 * petitioner's name, their phone and e-mail with the middle withheld, never their address nor the
 * scan of their letter, on the page, the API, the queue, the export and the working copy; those who
 * handle the petition still read them whole.
 */
@WebTest
class InspectionBoardPetitionTests {

	static final String COMPLAINANT = "Võ Văn Khiếu";
	static final String PHONE = "0913579246";
	static final String MASKED_PHONE = "0913***246";
	static final String EMAIL = "khieu.nai@example.vn";
	static final String MASKED_EMAIL = "k***@example.vn";
	static final String ADDRESS = "77 Nguyễn Nghiêm";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Test
	void theInspectionBoardReadsTheComplainantsNameAndMaskedContactsOnThePageAndTheApi() {
		Petition complaint = aComplaintWithAScan();

		assertThat(mvc.get().uri("/work/petitions/{code}", complaint.code()).with(as("inspector")))
			.hasStatusOk().bodyText().contains(COMPLAINANT).contains(MASKED_PHONE).contains(MASKED_EMAIL)
			.doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain(ADDRESS)
			.doesNotContain("/work/petitions/" + complaint.code() + "/attachment");
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", complaint.code()).with(as("inspector")))
			.hasStatusOk().bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.petitioner.name").isEqualTo(COMPLAINANT))
			.satisfies(json -> assertThat(json).extractingPath("$.petitioner.phone").isEqualTo(MASKED_PHONE))
			.satisfies(json -> assertThat(json).extractingPath("$.petitioner.email").isEqualTo(MASKED_EMAIL))
			.satisfies(json -> assertThat(json).extractingPath("$.petitioner.address").isEqualTo("***"));
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/identity", complaint.code()).with(as("inspector")))
			.hasStatusOk().bodyText().contains(MASKED_PHONE).doesNotContain(PHONE).doesNotContain(ADDRESS);
		assertThat(mvc.get().uri("/work/petitions/{code}/attachment", complaint.code()).with(as("inspector")))
			.hasStatus(403);
	}

	@Test
	void theInspectionBoardsQueueExportAndWorkingCopyMaskTheContactsToo() {
		Petition complaint = aComplaintWithAScan();

		assertThat(PagedResponses.allPages(mvc, "/api/v1/petitions", as("inspector")))
			.contains(complaint.code()).contains(MASKED_PHONE).doesNotContain(PHONE).doesNotContain(ADDRESS);
		assertThat(PagedResponses.allPages(mvc, "/work/petitions", as("inspector")))
			.contains(complaint.code()).contains(COMPLAINANT).doesNotContain(PHONE);
		assertThat(mvc.get().uri("/work/petitions/export.csv").with(as("inspector"))).hasStatusOk().bodyText()
			.contains(complaint.code()).contains(COMPLAINANT).contains(MASKED_PHONE).doesNotContain(PHONE)
			.doesNotContain(EMAIL).doesNotContain(ADDRESS);
		assertThat(mvc.get().uri("/work/petitions/{code}/working-copy", complaint.code()).with(as("inspector")))
			.hasStatusOk().bodyText().contains(COMPLAINANT).contains(MASKED_PHONE).doesNotContain(PHONE)
			.doesNotContain(ADDRESS);
	}

	@Test
	void thoseWhoHandleThePetitionStillReadTheContactsWhole() {
		Petition complaint = aComplaintWithAScan();

		for (String officer : new String[] { "desk", "unithead", "leader" }) {
			assertThat(mvc.get().uri("/work/petitions/{code}", complaint.code()).with(as(officer)))
				.hasStatusOk().bodyText().contains(PHONE).contains(EMAIL).contains(ADDRESS);
			assertThat(mvc.get().uri("/work/petitions/{code}/attachment", complaint.code()).with(as(officer)))
				.hasStatusOk();
		}
	}

	private Petition aComplaintWithAScan() {
		PetitionSubmission letter = PetitionFixtures.aComplaint();
		return petitions.receive(new PetitionSubmission(letter.kind(), letter.channel(), letter.title(),
				letter.content(), letter.concerning(), COMPLAINANT, ADDRESS + ", Quảng Ngãi", PHONE, EMAIL,
				null, null, null, null, null, "don-khieu-nai.pdf", TestFiles.pdf("Đơn khiếu nại")), Actor.ANONYMOUS);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
