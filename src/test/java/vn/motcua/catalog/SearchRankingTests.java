package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.SearchWords;

@Tag("rule")
class SearchRankingTests {

	@Test
	void ranksMoreMatchedWordsFirstThenThePhraseThenWordOrder() {
		var phrase = candidate("Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu");
		var scattered = candidate("Xăng dầu: điều kiện về kinh doanh");
		var partial = candidate("Cấp Giấy phép kinh doanh rượu");
		List<String> query = SearchWords.of("kinh doanh xang dau");

		List<SearchRanking.Ranked> ranked = SearchRanking.rank(query, List.of(partial, scattered, phrase));

		assertThat(ranked).extracting(each -> each.summary().name()).containsExactly(phrase.summary().name(),
				scattered.summary().name(), partial.summary().name());
	}

	@Test
	void aWordBeingTypedMatchesTheBeginningOfAWordButNotItsMiddle() {
		var petrol = candidate("Bán lẻ xăng dầu");
		assertThat(SearchRanking.rank(SearchWords.of("xan"), List.of(petrol))).hasSize(1);
		assertThat(SearchRanking.rank(SearchWords.of("ang"), List.of(petrol))).isEmpty();
	}

	private static SearchRanking.Candidate candidate(String name) {
		return new SearchRanking.Candidate(
				new ProcedureSummary("1.000.T", UUID.randomUUID(), 1, name, "S", OnlineLevel.FULL),
				SearchWords.column(1200, name, "1.000.T"));
	}
}
