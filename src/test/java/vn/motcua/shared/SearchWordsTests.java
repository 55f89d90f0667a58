package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

@Tag("rule")
class SearchWordsTests {

	@Test
	void stripsEveryVietnameseMarkAndFoldsCase() {
		assertThat(SearchWords.normalize("Đăng Ký KINH doanh Xăng dầu")).isEqualTo("dang ky kinh doanh xang dau");
		assertThat(SearchWords.normalize("ĐỦ ĐIỀU KIỆN ưu đãi, hỗ trợ; nhượng quyền"))
			.isEqualTo("du dieu kien uu dai ho tro nhuong quyen");
		assertThat(SearchWords.normalize("Tờ khai (mẫu 01/TK-ĐK)")).isEqualTo("to khai mau 01 tk dk");
	}

	@Test
	void composedAndDecomposedTextNormalizeAlike() {
		String composed = "Thẩm định";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(SearchWords.normalize(decomposed)).isEqualTo(SearchWords.normalize(composed)).isEqualTo("tham dinh");
	}

	@Test
	void wordsAreDistinctAndInOrder() {
		assertThat(SearchWords.of("  xăng   dầu, XĂNG ")).containsExactly("xang", "dau");
		assertThat(SearchWords.of(" ,; ")).isEmpty();
	}

	@Test
	void theStoredFormHoldsEveryTextsWordsBetweenSpacesWithinItsWidth() {
		assertThat(SearchWords.column(100, "Nguyễn Văn Đức", "", "0905-123")).isEqualTo(" nguyen van duc 0905 123 ");
		assertThat(SearchWords.column(100, "")).isEqualTo(" ");
		assertThat(SearchWords.column(8, "Nguyễn Văn Đức")).isEqualTo(" nguyen ");
	}

	@Test
	void everyWordMustStartAWordOfTheColumnAndTheSameSearchBindsTheSameParameters() {
		MapSqlParameterSource parameters = new MapSqlParameterSource();

		String condition = SearchWords.everyWordIn("d.applicant_words", "nguyễn  ĐỨC", "name", parameters);
		String again = SearchWords.everyWordIn("p.other_words", "nguyễn  ĐỨC", "name", parameters);

		assertThat(condition).isEqualTo("(d.applicant_words LIKE :name0 AND d.applicant_words LIKE :name1)");
		assertThat(again).isEqualTo("(p.other_words LIKE :name0 AND p.other_words LIKE :name1)");
		assertThat(parameters.getValues()).containsOnly(Map.entry("name0", "% nguyen%"),
				Map.entry("name1", "% duc%"));
		assertThat(SearchWords.everyWordIn("d.applicant_words", "%_;", "name", new MapSqlParameterSource())).isNull();
	}
}
