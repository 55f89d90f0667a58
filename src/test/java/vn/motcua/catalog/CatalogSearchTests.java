package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.shared.SearchWords;
import vn.motcua.testing.WebTest;

/**
 * Search over the demo catalogue: twenty queries give the same top results typed with or without
 * diacritics, in any letter case; words out of order still find the procedure; results are ranked.
 */
@WebTest
class CatalogSearchTests {

	@Autowired
	CatalogManagement catalog;

	@ParameterizedTest
	@ValueSource(strings = { "đăng ký kinh doanh xăng dầu", "cửa hàng bán lẻ xăng dầu", "bán lẻ LPG chai",
			"giấy phép bán lẻ sản phẩm rượu", "vật liệu nổ công nghiệp", "hoạt động điện lực", "phát điện",
			"hội chợ triển lãm thương mại", "khuyến mại", "bán hàng đa cấp", "an toàn thực phẩm",
			"văn phòng đại diện thương nhân nước ngoài", "thuốc lá", "hóa chất", "trạm nạp LPG", "cụm công nghiệp",
			"đập thủy điện", "cấp lại giấy chứng nhận", "kiểm tra viên điện lực", "sản xuất rượu thủ công",
			"khuyến công địa phương", "sửa đổi bổ sung giấy phép" })
	void sameTopResultsWithOrWithoutDiacriticsAndInAnyCase(String query) {
		List<String> expected = top(query);
		assertThat(expected).as("results of %s", query).isNotEmpty();
		String bare = SearchWords.normalize(query);
		assertThat(top(bare)).isEqualTo(expected);
		assertThat(top(bare.toUpperCase(Locale.ROOT))).isEqualTo(expected);
		assertThat(top(query.toUpperCase(Locale.forLanguageTag("vi")))).isEqualTo(expected);
		assertThat(top(alternateCase(bare))).isEqualTo(expected);
	}

	@Test
	void findsPetroleumTradingFromUnaccentedWordsInAnyOrder() {
		List<String> inOrder = names("dang ky kinh doanh xang dau");
		List<String> shuffled = names("XANG dau kinh DOANH dang ky");
		assertThat(inOrder.get(0)).contains("kinh doanh xăng dầu");
		assertThat(shuffled.get(0)).contains("kinh doanh xăng dầu");
	}

	@Test
	void theProcedureNamedByTheWholePhraseComesFirst() {
		assertThat(names("ban le san pham ruou").get(0)).isEqualTo("Cấp Giấy phép bán lẻ sản phẩm rượu");
		assertThat(names("su dung vat lieu no cong nghiep").get(0))
			.isEqualTo("Cấp Giấy phép sử dụng vật liệu nổ công nghiệp");
		assertThat(names("chai LPG le ban").get(0)).contains("cửa hàng bán lẻ LPG chai");
	}

	@Test
	void aQueryOfNoKnownWordFindsNothingAndASectorNarrowsTheList() {
		assertThat(catalog.procedures("qwxz zzkq", null, 0, 10).total()).isZero();
		ProcedurePage petroleum = catalog.procedures(null, "XANG_DAU", 0, 100);
		assertThat(petroleum.total()).isGreaterThanOrEqualTo(6);
		assertThat(petroleum.items()).allMatch(item -> item.sectorCode().equals("XANG_DAU"));
	}

	private List<String> top(String query) {
		return catalog.procedures(query, null, 0, 5).items().stream().map(ProcedureSummary::code).toList();
	}

	private List<String> names(String query) {
		return catalog.procedures(query, null, 0, 5).items().stream().map(ProcedureSummary::name).toList();
	}

	private static String alternateCase(String text) {
		StringBuilder mixed = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
		}
		return mixed.toString();
	}
}
