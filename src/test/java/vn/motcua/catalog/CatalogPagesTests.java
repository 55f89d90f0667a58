package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.motcua.testing.WebTest;

/** The public catalogue pages, marked as demo data, and the links that lead to them. */
@WebTest
class CatalogPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Test
	void theHomePageLinksToTheCatalogueWhichSaysItIsDemoData() {
		assertThat(mvc.get().uri("/")).bodyText().contains("href=\"/procedures\"");
		assertThat(mvc.get().uri("/procedures")).hasStatusOk().bodyText()
			.contains("Dữ liệu minh họa, cần đối chiếu Cơ sở dữ liệu quốc gia về TTHC trước khi dùng thật",
					"Lĩnh vực", "Xăng dầu", "Trang 1/");
	}

	@Test
	void searchingWithoutDiacriticsFindsTheProcedureOnThePage() {
		assertThat(mvc.get().uri("/procedures").param("q", "GIAY PHEP BAN LE SAN PHAM RUOU")).hasStatusOk().bodyText()
			.contains("Cấp Giấy phép bán lẻ sản phẩm rượu");
		assertThat(mvc.get().uri("/procedures").param("sector", "KHI")).hasStatusOk().bodyText()
			.contains("Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai")
			.doesNotContain("Cấp Giấy phép bán lẻ sản phẩm rượu");
		assertThat(mvc.get().uri("/procedures").param("sector", "NO_SUCH")).hasStatus(400);
	}

	@Test
	void aProcedurePageHasWhatACitizenNeedsAndItsFormsDownload() {
		String name = "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai";
		ProcedureVersion version = catalog.currentVersion(catalog.procedures(name, null, 0, 5).items().stream()
			.filter(item -> item.name().equals(name)).findFirst().orElseThrow().code());
		FormTemplate form = version.content().documents().get(0).formTemplate();
		assertThat(mvc.get().uri("/procedures/{code}", version.procedureCode())).hasStatusOk().bodyText()
			.contains("Thành phần hồ sơ", "Phí, lệ phí", "1.200.000 đồng", "15 ngày làm việc", "10 ngày làm việc",
					"Căn cứ pháp lý", "Lịch sử công bố", "Nộp hồ sơ trực tuyến", "Lãnh đạo Sở");
		assertThat(mvc.get().uri("/procedures/{code}/forms/{sha}", version.procedureCode(), form.sha256()))
			.hasStatusOk().hasContentType(form.contentType());
		assertThat(mvc.get().uri("/procedures/{code}/forms/{sha}", version.procedureCode(), "0".repeat(64)))
			.hasStatus(404);
	}

	@Test
	@WithUserDetails("admin")
	void theAdministratorsHomeLinksToTheCatalogueAdministration() {
		assertThat(mvc.get().uri("/home")).bodyText().contains("href=\"/admin/catalog\"");
		assertThat(mvc.get().uri("/admin/catalog")).hasStatusOk().bodyText().contains("Quản lý danh mục thủ tục");
	}
}
