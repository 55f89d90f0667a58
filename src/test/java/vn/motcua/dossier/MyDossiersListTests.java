package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.PagedResponses.nextPage;
import static vn.motcua.testing.PagedResponses.utf8;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Registration;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * "Hồ sơ của tôi" a page at a time, the newest first, with the count of all the applicant's
 * dossiers: a business that submits thousands had them all on one page. A new applicant, so that
 * the list holds only what the test submits.
 */
@WebTest
class MyDossiersListTests {

	static final String PASSWORD = "Mat-khau-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void theApplicantsDossiersPageAfterPageNewestFirst() {
		String applicant = Long.toString(100_000_000_000L + Math.floorMod(System.nanoTime(), 900_000_000_000L));
		UUID account = accounts.register(new Registration(AccountKind.CITIZEN, "Đặng Văn Nhiều", applicant,
				"09" + applicant.substring(4), "nhieu." + applicant + "@example.vn", PASSWORD));
		List<String> codes = List.of(submitted(account), submitted(account), submitted(account));

		MvcTestResult first = get("/api/v1/my/dossiers?size=2", applicant);
		assertThat(first).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(utf8(first), "$[*].code")).containsExactly(codes.get(2), codes.get(1));
		String next = nextPage(first);
		assertThat(next).as("a next page").isNotNull();
		MvcTestResult second = get(next, applicant);
		assertThat(JsonPath.<List<String>>read(utf8(second), "$[*].code")).containsExactly(codes.get(0));
		assertThat(nextPage(second)).as("the last page").isNull();

		assertThat(get("/my/dossiers", applicant)).hasStatusOk().bodyText().contains("Bạn đã nộp 3 hồ sơ")
			.contains(codes.get(0), codes.get(2));
		String after = UriComponentsBuilder.fromUriString(next).build().getQueryParams().getFirst("after");
		assertThat(get("/my/dossiers?after=" + after, applicant)).hasStatusOk().bodyText().contains(codes.get(0))
			.doesNotContain(codes.get(2)).contains("Về đầu danh sách").contains("Bạn đã nộp 3 hồ sơ");

		assertThat(get("/api/v1/my/dossiers?size=201", applicant)).hasStatus(400).bodyText().contains("1 đến 200 hồ sơ");
		assertThat(get("/my/dossiers?after=khong-phai-vi-tri", applicant)).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/my/dossiers?size=200")
			.with(httpBasic(DemoAccounts.OTHER_CITIZEN, DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.doesNotContain(codes.get(0));
	}

	private String submitted(UUID account) {
		return intake.submitOnline(account, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}

	private MvcTestResult get(String uri, String username) {
		return mvc.get().uri(uri).with(httpBasic(username, PASSWORD)).exchange();
	}

}
