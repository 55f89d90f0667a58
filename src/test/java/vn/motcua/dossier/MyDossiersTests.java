package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/** "Hồ sơ của tôi": each applicant sees their own dossiers, and never another's, on a page or the API. */
@WebTest
class MyDossiersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AccountManagement accounts;

	@Test
	void anApplicantSeesTheirDossiersWithTheirHistory() {
		Dossier mine = dossiers.save(DossierFixtures.aSubmittedDossierOf(accountOf(DemoAccounts.CITIZEN)));

		// submitted on a fixed day: the applicant may have submitted more than a page since
		assertThat(PagedResponses.allPages(mvc, "/my/dossiers", as(DemoAccounts.CITIZEN)))
			.contains(mine.code()).contains("Cấp Giấy phép bán lẻ sản phẩm rượu").contains("Mới đăng ký");
		assertThat(mvc.get().uri("/my/dossiers/{code}", mine.code()).with(as(DemoAccounts.CITIZEN))).hasStatusOk()
			.bodyText().contains("Nguyễn Văn An").contains("Đơn đề nghị cấp giấy phép").contains("Quá trình giải quyết");
		assertThat(PagedResponses.allPages(mvc, "/api/v1/my/dossiers", as(DemoAccounts.CITIZEN))).contains(mine.code());
	}

	@Test
	void oneApplicantNeverReadsAnothersDossier() {
		Dossier theirs = dossiers.save(DossierFixtures.aSubmittedDossierOf(accountOf(DemoAccounts.CITIZEN)));

		assertThat(mvc.get().uri("/my/dossiers/{code}", theirs.code()).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404).bodyText().doesNotContain("Nguyễn Văn An");
		assertThat(mvc.get().uri("/api/v1/my/dossiers/{code}", theirs.code()).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404).bodyText().doesNotContain("Nguyễn Văn An");
		assertThat(PagedResponses.allPages(mvc, "/api/v1/my/dossiers", as(DemoAccounts.OTHER_CITIZEN)))
			.doesNotContain(theirs.code());
		assertThat(PagedResponses.allPages(mvc, "/my/dossiers", as(DemoAccounts.BUSINESS))).doesNotContain(theirs.code());
	}

	@Test
	void officersHaveNoApplicantDossierPages() {
		assertThat(mvc.get().uri("/my/dossiers").with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/my/dossiers").with(as("admin"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/my/dossiers")).hasStatus(401);
	}

	private UUID accountOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
