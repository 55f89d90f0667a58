package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("rule")
class SearchTextTests {

	@Test
	void stripsEveryVietnameseMarkAndFoldsCase() {
		assertThat(SearchText.normalize("Đăng Ký KINH doanh Xăng dầu")).isEqualTo("dang ky kinh doanh xang dau");
		assertThat(SearchText.normalize("ĐỦ ĐIỀU KIỆN ưu đãi, hỗ trợ; nhượng quyền"))
			.isEqualTo("du dieu kien uu dai ho tro nhuong quyen");
		assertThat(SearchText.normalize("Tờ khai (mẫu 01/TK-ĐK)")).isEqualTo("to khai mau 01 tk dk");
	}

	@Test
	void composedAndDecomposedTextNormalizeAlike() {
		String composed = "Thẩm định";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(SearchText.normalize(decomposed)).isEqualTo(SearchText.normalize(composed)).isEqualTo("tham dinh");
	}

	@Test
	void tokensAreDistinctWordsInOrder() {
		assertThat(SearchText.tokens("  xăng   dầu, XĂNG ")).containsExactly("xang", "dau");
		assertThat(SearchText.tokens(" ,; ")).isEmpty();
	}

	@Test
	void ranksMoreMatchedWordsFirstThenThePhraseThenWordOrder() {
		var phrase = candidate("Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu");
		var scattered = candidate("Xăng dầu: điều kiện về kinh doanh");
		var partial = candidate("Cấp Giấy phép kinh doanh rượu");
		List<String> query = SearchText.tokens("kinh doanh xang dau");

		List<SearchRanking.Ranked> ranked = SearchRanking.rank(query, List.of(partial, scattered, phrase));

		assertThat(ranked).extracting(each -> each.summary().name()).containsExactly(phrase.summary().name(),
				scattered.summary().name(), partial.summary().name());
	}

	@Test
	void aWordBeingTypedMatchesTheBeginningOfAWordButNotItsMiddle() {
		var petrol = candidate("Bán lẻ xăng dầu");
		assertThat(SearchRanking.rank(SearchText.tokens("xan"), List.of(petrol))).hasSize(1);
		assertThat(SearchRanking.rank(SearchText.tokens("ang"), List.of(petrol))).isEmpty();
	}

	private static SearchRanking.Candidate candidate(String name) {
		return new SearchRanking.Candidate(
				new ProcedureSummary("1.000.T", UUID.randomUUID(), 1, name, "S", OnlineLevel.FULL),
				SearchText.column(name, "1.000.T"));
	}
}
