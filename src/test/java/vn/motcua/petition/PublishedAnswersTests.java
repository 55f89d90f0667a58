package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Answers approved for publication appear on the public page, found without diacritics and by
 * sector; answering publishes {@link PetitionAnswered} for the notification module; the figures
 * count every petition once per breakdown.
 */
@WebTest
@org.springframework.test.context.event.RecordApplicationEvents
class PublishedAnswersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	/**
	 * Only ID numbers, phone numbers and e-mail addresses are hidden from a published question and
	 * answer, never names: the officer who may publish is told so before choosing (decision 0031).
	 */
	@Test
	void theAnswerFormSaysThatNamesAreNotHiddenBeforeTheOfficerPublishes() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Giờ làm việc của bộ phận một cửa",
				"Bộ phận một cửa có làm việc sáng thứ Bảy không?", null), Actor.ANONYMOUS);
		petitions.accept(question.code(), PetitionFixtures.officer(accounts, "leader"));

		assertThat(mvc.get().uri("/work/petitions/{code}", question.code())
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("leader", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("aria-describedby=\"publish-hint\"")
			.contains("Chỉ công khai khi câu hỏi và câu trả lời không nêu họ tên, địa chỉ của người hỏi");
	}

	@Test
	void aPublishedAnswerIsFoundWithoutDiacriticsAndThePetitionerIsToldOfIt() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Điều kiện kinh doanh xăng dầu",
				"Cửa hàng xăng dầu cần những giấy tờ gì?", "XANG_DAU"), Actor.ANONYMOUS);
		Petition unpublished = petitions.receive(PetitionFixtures.aQuestion("Xăng dầu bí mật", "Không công khai", "XANG_DAU"),
				Actor.ANONYMOUS);
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(question.code(), leader);
		petitions.answer(question.code(), "Cần Giấy chứng nhận đủ điều kiện bán lẻ xăng dầu.", true, leader);
		petitions.accept(unpublished.code(), leader);
		petitions.answer(unpublished.code(), "Trả lời riêng.", false, leader);

		assertThat(mvc.get().uri("/qa?q=xang dau giay chung nhan")).hasStatusOk().bodyText()
			.contains("Điều kiện kinh doanh xăng dầu").contains("Cần Giấy chứng nhận đủ điều kiện")
			.doesNotContain("Trả lời riêng.").doesNotContain("Nguyễn Hỏi");
		assertThat(mvc.get().uri("/api/v1/qa?q=XANG&sector=XANG_DAU")).hasStatusOk().bodyJson()
			.extractingPath("$[*].code").asArray().containsExactly(question.code());
		assertThat(mvc.get().uri("/api/v1/qa?q=xang&sector=OTHER")).hasStatusOk().bodyJson()
			.extractingPath("$").asArray().isEmpty();

		List<PetitionAnswered> answered = events.stream(PetitionAnswered.class)
			.filter(event -> event.code().equals(question.code())).toList();
		assertThat(answered).singleElement().satisfies(event -> {
			assertThat(event.published()).isTrue();
			assertThat(event.toString()).doesNotContain("hoi@example.vn").doesNotContain("Nguyễn Hỏi");
		});
	}

	@Test
	void thePersonalDataOfAPublishedQuestionIsHiddenAndCannotBeSearchedFor() {
		String word = "Quangngai" + Long.toString(System.nanoTime(), 36);
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Hỏi về " + word,
				"CCCD 051090001234, SĐT 0987654321, email a@b.vn; hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, "
						+ "lệ phí 1.200.000 đồng",
				null), Actor.ANONYMOUS);
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(question.code(), leader);
		petitions.answer(question.code(), "Xin gọi lại số 024.3825.1234 trong giờ hành chính.", true, leader);

		assertThat(mvc.get().uri("/qa?q={word}", word)).hasStatusOk().bodyText()
			.contains("CCCD [đã ẩn], SĐT [đã ẩn], email [đã ẩn]", "000.00.31.H55-261206-0001", "06/12/2026",
					"1.200.000 đồng", "Xin gọi lại số [đã ẩn] trong")
			.doesNotContain("051090001234", "0987654321", "a@b.vn", "024.3825.1234");
		assertThat(mvc.get().uri("/api/v1/qa?q={word}&lang=en", word)).hasStatusOk().bodyText()
			.contains(question.code(), "CCCD [hidden], SĐT [hidden]")
			.doesNotContain("051090001234", "0987654321", "a@b.vn", "024.3825.1234");
		for (String hidden : List.of("051090001234", "0987654321", "a@b.vn", "0243825")) {
			assertThat(mvc.get().uri("/api/v1/qa?q={hidden}", hidden)).as(hidden).hasStatusOk().bodyText()
				.doesNotContain(question.code());
		}
		assertThat(mvc.get().uri("/api/v1/qa?q={word} 261206", word)).hasStatusOk().bodyText().contains(question.code());
	}

	/**
	 * The public page shows 20 answers a page with how many match, the next page linked; the API's
	 * pages follow its Link header; the newest answer first, each once.
	 */
	@Test
	void theAnswersAreReadAPageAtATimeNewestFirst() {
		String word = "Tanbinh" + Long.toString(System.nanoTime(), 36);
		var leader = PetitionFixtures.officer(accounts, "leader");
		List<String> answered = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			Petition question = petitions.receive(PetitionFixtures.aQuestion("Hỏi về " + word + " số " + i,
					"Nội dung câu hỏi số " + i, null), Actor.ANONYMOUS);
			petitions.accept(question.code(), leader);
			petitions.answer(question.code(), "Trả lời câu hỏi số " + i, true, leader);
			answered.add(0, question.code());
		}

		String first = PagedResponses.utf8(mvc.get().uri("/qa?q={word}", word).exchange());
		assertThat(first).contains("21 câu hỏi đã được trả lời công khai").contains("rel=\"next\"")
			.contains("Hỏi về " + word + " số 20").doesNotContain("Hỏi về " + word + " số 0<");
		String all = PagedResponses.allPages(mvc, "/qa?q=" + word, request -> request);
		for (int i = 0; i < 21; i++) {
			assertThat(all).as("answer %d", i).containsOnlyOnce("Hỏi về " + word + " số " + i + "<");
		}

		List<String> codes = new ArrayList<>();
		String next = "/api/v1/qa?size=8&q=" + word;
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).exchange();
			assertThat(page).hasStatusOk();
			codes.addAll(JsonPath.read(PagedResponses.utf8(page), "$[*].code"));
			next = PagedResponses.nextPage(page);
		}
		assertThat(codes).containsExactlyElementsOf(answered);
		assertThat(mvc.get().uri("/api/v1/qa?size=0")).hasStatus(400);
		assertThat(mvc.get().uri("/qa?after=khong-phai-vi-tri")).hasStatus(400);
	}

	@Test
	void onlyAUnitHeadOrTheLeaderPublishes() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Hỏi", "Nội dung", null), Actor.ANONYMOUS);
		var specialist = PetitionFixtures.officer(accounts, "specialist");
		var unitHead = PetitionFixtures.officer(accounts, "unithead");
		petitions.assign(question.code(), specialist.accountId(), unitHead);
		petitions.accept(question.code(), specialist);
		assertThatThrownBy(() -> petitions.answer(question.code(), "Trả lời", true, specialist))
			.isInstanceOf(AccessDeniedException.class);
		petitions.answer(question.code(), "Trả lời", false, specialist);
		assertThat(petitions.publish(question.code(), unitHead).published()).isTrue();
	}

	@Test
	void theFiguresCountEachPetitionOnceInEveryBreakdown() {
		petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS);
		petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		PetitionFigures figures = petitions.figures("000.00.31.H55", today.minusDays(1), today);

		assertThat(figures.received()).isGreaterThanOrEqualTo(2);
		for (var breakdown : List.of(figures.byKind(), figures.byChannel(), figures.bySector(), figures.byStatus(),
				figures.byTimeliness())) {
			assertThat(breakdown.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(figures.received());
		}
		assertThat(figures.criterion52().denominator()).isEqualTo(figures.byKind().getOrDefault(PetitionKind.FEEDBACK, 0L)
				+ figures.byKind().getOrDefault(PetitionKind.PROPOSAL, 0L));
		assertThat(mvc.get().uri("/api/v1/petitions/figures?from={from}&to={to}", today.minusDays(1), today)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("inspector", vn.motcua.testing.DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyJson().extractingPath("$.criterion53.denominator").isNotNull();
	}
}
