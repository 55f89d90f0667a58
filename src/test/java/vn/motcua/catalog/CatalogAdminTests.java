package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.ErrorSummaries;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * The administrator's pages: bad input on every form answers with a message naming what is wrong and
 * stores nothing; an incomplete draft is not announced; only documents are accepted as form templates.
 */
@WebTest
@WithUserDetails("admin")
class CatalogAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Test
	void anEmptyNameAndANegativeTimeAreRefusedOnTheNewDraftForm() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code, "name", " ", "processingAmount", "-3"))
			.hasStatusOk().bodyText()
			.contains("Tên thủ tục không được để trống.", "Thời hạn giải quyết phải lớn hơn 0.");
		assertThat(catalog.drafts()).noneMatch(draft -> draft.procedureCode().equals(code));
	}

	@Test
	void anUnknownSectorAndANegativeFeeAreNamedAndNothingIsStored() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code, "sectorCode", "NO_SUCH", "fees[0].name", "Lệ phí", "fees[0].amount", "-5",
				"documents[0].originals", "-1"))
			.hasStatusOk().bodyText()
			.contains("Lĩnh vực &quot;NO_SUCH&quot; không có trong danh mục.", "Khoản phí, lệ phí thứ 1 không được âm.",
					"Số bản của thành phần hồ sơ thứ 1 không được âm.");
		assertThat(catalog.drafts()).noneMatch(draft -> draft.procedureCode().equals(code));
	}

	@Test
	void aNumberThatIsNotANumberIsNamed() {
		assertThat(draftForm(CatalogFixtures.uniqueCode(), "processingAmount", "mười"))
			.hasStatusOk().bodyText().contains("Thời hạn giải quyết phải là một số.");
	}

	@Test
	void aTableRowsNumberThatIsNotANumberIsLinkedFromTheErrorSummaryToItsInput() throws Exception {
		MvcTestResult page = draftForm(CatalogFixtures.uniqueCode(), "documents[0].originals", "một").exchange();
		assertThat(ErrorSummaries.linkTargets(page)).extracting(target -> target.attr("name"))
			.contains("documents[0].originals");
	}

	@Test
	void aStepWithoutRoleAndAFeeWithoutAmountAreLinkedFromTheErrorSummaryToTheirTables() throws Exception {
		String code = CatalogFixtures.uniqueCode();
		MvcTestResult page = draftForm(code, "steps[1].role", "", "fees[0].amount", "").exchange();

		assertThat(ErrorSummaries.linkTargets(page)).extracting(target -> target.id())
			.containsExactlyInAnyOrder("stepRolesGiven", "feeAmountsGiven");
		assertThat(ErrorSummaries.linkTargets(page)).allSatisfy(group -> {
			assertThat(group.attr("tabindex")).as("takes the focus the link gives it").isEqualTo("-1");
			assertThat(group.getElementById(group.attr("aria-describedby"))).as("its message, above its rows")
				.isNotNull();
			assertThat(group.select("tbody input, tbody select")).as("its rows").isNotEmpty();
		});
		assertThat(catalog.drafts()).noneMatch(draft -> draft.procedureCode().equals(code));
	}

	@Test
	void aDraftWhoseSharesDoNotAddUpIsNotAnnouncedAndTheMessageSaysWhy() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code)).hasStatus3xxRedirection();
		ProcedureVersion draft = draftOf(code);

		assertThat(announce(draft.id(), "ANNOUNCE")).hasStatusOk().bodyText()
			.contains("Tổng thời gian các bước (3) khác thời hạn giải quyết (10).");
		assertThat(catalog.draft(draft.id()).isDraft()).isTrue();
	}

	@Test
	void aCompleteDraftIsAnnouncedAndItsFormIsDownloadableFromThePublicPage() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code, "steps[1].share", "8.5")).hasStatus3xxRedirection();
		ProcedureVersion draft = draftOf(code);
		byte[] form = TestFiles.docx("Mẫu đơn " + code);
		assertThat(upload(draft.id(), "mau-don.docx", form)).hasStatus3xxRedirection();
		String sha = catalog.draft(draft.id()).content().documents().get(0).formTemplate().sha256();

		assertThat(announce(draft.id(), "ANNOUNCE")).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/procedures/{code}", code)).hasStatusOk().bodyText()
			.contains("Cấp phép quản trị " + code, "Nộp hồ sơ trực tuyến", "/procedures/" + code + "/forms/" + sha);
		assertThat(mvc.get().uri("/procedures/{code}/forms/{sha}", code, sha)).hasStatusOk().body().isEqualTo(form);
	}

	@Test
	void aFormTemplateThatIsNotADocumentIsRefusedAndNotAttached() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code)).hasStatus3xxRedirection();
		ProcedureVersion draft = draftOf(code);

		assertThat(upload(draft.id(), "mau-don.docx", TestFiles.executable())).hasStatus3xxRedirection().flash()
			.containsEntry("templateRefused",
					"Tệp \"mau-don.docx\" không phải là văn bản (chỉ nhận PDF, Word, Excel, OpenDocument, RTF).");
		assertThat(upload(draft.id(), "trong.pdf", new byte[0])).flash()
			.containsEntry("templateRefused", "Tệp \"trong.pdf\" rỗng, không có nội dung.");
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", draft.id()).flashAttr("templateRefused", "Tệp rỗng."))
			.bodyText().contains("Tệp rỗng.");
		assertThat(catalog.draft(draft.id()).content().documents().get(0).formTemplate()).isNull();
	}

	@Test
	void aDecisionWithoutNumberOrWithAPastEffectiveDateIsRefused() {
		String code = CatalogFixtures.uniqueCode();
		assertThat(draftForm(code, "steps[1].share", "8.5")).hasStatus3xxRedirection();
		ProcedureVersion draft = draftOf(code);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);

		assertThat(mvc.post().uri("/admin/catalog/drafts/{id}/announce", draft.id()).with(csrf())
			.param("kind", "ANNOUNCE").param("decisionNumber", "").param("signer", "Chủ tịch")
			.param("decisionDate", today.toString()).param("effectiveFrom", today.minusDays(3).toString()))
			.hasStatusOk().bodyText().contains("Cần nhập số quyết định và người ký");
		assertThat(mvc.post().uri("/admin/catalog/drafts/{id}/announce", draft.id()).with(csrf())
			.param("kind", "ANNOUNCE").param("decisionNumber", "9/QĐ").param("signer", "Chủ tịch")
			.param("decisionDate", today.minusDays(5).toString()).param("effectiveFrom", today.minusDays(3).toString()))
			.hasStatusOk().bodyText().contains("Ngày có hiệu lực không được ở trong quá khứ.");
		assertThat(catalog.draft(draft.id()).isDraft()).isTrue();
	}

	/** The sectors are kept for a minute once read; a sector saved is listed at once all the same. */
	@Test
	void aSavedSectorIsListedAtOnceByItsLatestName() {
		String code = "LV" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
		assertThat(mvc.get().uri("/api/v1/sectors")).hasStatusOk().bodyText().doesNotContain(code);
		assertThat(mvc.post().uri("/admin/catalog/sectors").with(csrf()).param("code", code)
			.param("name", "Lĩnh vực thử nghiệm").param("position", "99")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/sectors")).bodyText().contains(code).contains("Lĩnh vực thử nghiệm");
		assertThat(mvc.post().uri("/admin/catalog/sectors").with(csrf()).param("code", code)
			.param("name", "Lĩnh vực đã đổi tên").param("position", "99")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/sectors")).bodyText().contains("Lĩnh vực đã đổi tên")
			.doesNotContain("Lĩnh vực thử nghiệm");
	}

	@Test
	void aSectorWithABadCodeIsRefused() {
		assertThat(mvc.post().uri("/admin/catalog/sectors").with(csrf()).param("code", "điện lực").param("name", "")
			.param("position", "-1")).hasStatusOk().bodyText()
			.contains("Cần nhập tên lĩnh vực.", "Thứ tự không được âm.");
		assertThat(catalog.sector("điện lực")).isEmpty();
	}

	@Test
	@WithUserDetails("specialist")
	void onlyTheAdministratorMayOpenTheAdministratorPages() {
		assertThat(mvc.get().uri("/admin/catalog")).hasStatus(403);
	}

	/**
	 * A complete new draft of 10 working days, except for the step shares (0.5 + 1.5 + 1 = 3), with
	 * fields replaced by the name-value pairs given.
	 */
	private MockMvcRequestBuilder draftForm(String code, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name", "Cấp phép quản trị " + code);
		fields.put("sectorCode", "XANG_DAU");
		fields.put("agencyCode", "000.00.31.H55");
		fields.put("applicants", "BUSINESS");
		fields.put("channels", "ONLINE");
		fields.put("onlineLevel", "FULL");
		fields.put("processingAmount", "10");
		fields.put("processingUnit", "WORKING_DAYS");
		fields.put("submissionPlace", "Bộ phận Một cửa");
		fields.put("resultType", "Giấy phép");
		fields.put("legalBasis", "Nghị định thử nghiệm");
		fields.put("documents[0].name", "Đơn đề nghị");
		fields.put("documents[0].originals", "1");
		fields.put("documents[0].mandatory", "true");
		fields.put("fees[0].name", "Phí thẩm định");
		fields.put("fees[0].amount", "500000");
		step(fields, 0, "Tiếp nhận", "RECEPTION_OFFICER", "0.5");
		step(fields, 1, "Thẩm định", "SPECIALIST", "1.5");
		step(fields, 2, "Phê duyệt", "AGENCY_LEADER", "1");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockMvcRequestBuilder request = mvc.post().uri("/admin/catalog/drafts").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private static void step(Map<String, String> fields, int index, String name, String role, String share) {
		fields.put("steps[" + index + "].name", name);
		fields.put("steps[" + index + "].role", role);
		fields.put("steps[" + index + "].share", share);
	}

	private MockMvcRequestBuilder announce(UUID draftId, String kind) {
		String today = LocalDate.now(VietnamTime.ZONE).toString();
		return mvc.post().uri("/admin/catalog/drafts/{id}/announce", draftId).with(csrf()).param("kind", kind)
			.param("decisionNumber", "1/QĐ-TEST").param("decisionDate", today).param("signer", "Chủ tịch")
			.param("effectiveFrom", today);
	}

	private MockMvcTester.MockMultipartMvcRequestBuilder upload(UUID draftId, String name, byte[] bytes) {
		return mvc.post().uri("/admin/catalog/drafts/{id}/templates", draftId).multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("documentIndex", "0").with(csrf());
	}

	private ProcedureVersion draftOf(String code) {
		return catalog.drafts().stream().filter(draft -> draft.procedureCode().equals(code)).findFirst().orElseThrow();
	}
}
