package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Account;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/** Petitions and officers for the tests, with names that say what they are. */
final class PetitionFixtures {

	private static final Pattern NEXT_PAGE = Pattern.compile("<a[^>]*rel=\"next\"[^>]*href=\"([^\"]+)\"");

	private PetitionFixtures() {
	}

	static PetitionSubmission aFeedback() {
		return new PetitionSubmission(PetitionKind.FEEDBACK, PetitionChannel.WEB_FORM, "Thủ tục cấp phép bán lẻ rượu kéo dài",
				"Hồ sơ của tôi đã quá hạn mà chưa có kết quả.", null, "Trần Thị Phản Ánh", "3 Lê Lợi, Quảng Ngãi",
				"0905765432", null, null, null, null, null, null, null, null);
	}

	static PetitionSubmission aDenunciation() {
		return submission(PetitionKind.DENUNCIATION, PetitionChannel.LETTER, "Ông Trần Văn Bị, cán bộ Đội QLTT số 3",
				"Lê Thị Tố Giác");
	}

	static PetitionSubmission aComplaint() {
		return submission(PetitionKind.COMPLAINT, PetitionChannel.LETTER, "Quyết định xử phạt số 12/QĐ-XPVPHC",
				"Võ Văn Khiếu");
	}

	static PetitionSubmission submission(PetitionKind kind, PetitionChannel channel, @Nullable String concerning,
			String name) {
		return new PetitionSubmission(kind, channel, "Thủ tục cấp phép bán lẻ rượu kéo dài",
				"Hồ sơ của tôi đã quá hạn mà chưa có kết quả.", concerning, name,
				"12 Hùng Vương, Quảng Ngãi", "0905123456", "to.giac@example.vn", null, null, null, null, null, null,
				null);
	}

	static PetitionSubmission aQuestion(String title, String content, @Nullable String sector) {
		return new PetitionSubmission(PetitionKind.QUESTION, PetitionChannel.WEB_FORM, title, content, null,
				"Nguyễn Hỏi", null, null, "hoi@example.vn", sector, null, null, null, null, null, null);
	}

	static CurrentUser officer(AccountManagement accounts, String username) {
		Account account = accounts.findByUsername(username).orElseThrow();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.kind(),
				account.roles());
	}

	/** The whole queue of the officer's agency, page after page, as an officer would follow it. */
	static Stream<PetitionQueue.Item> wholeQueue(PetitionManagement petitions, CurrentUser officer) {
		List<PetitionQueue.Item> items = new ArrayList<>();
		QueueCursor after = null;
		do {
			PetitionQueue page = petitions.queue(officer, false, after, PetitionManagement.MAX_QUEUE_PAGE_SIZE);
			items.addAll(page.items());
			after = page.next();
		}
		while (after != null);
		return items.stream();
	}

	/**
	 * Every page of a paged list as one text: the API's pages by their Link header, the page's by its
	 * link to the next page (the officer's queue lists the soonest due first, so a new petition may
	 * well be on the last page).
	 */
	static String allPages(MockMvcTester mvc, String uri, RequestPostProcessor reader) {
		StringBuilder text = new StringBuilder();
		String next = uri;
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).with(reader).exchange();
			assertThat(page).as(next).hasStatusOk();
			String body = new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			text.append(body);
			next = nextPage(page, body);
		}
		return text.toString();
	}

	private static @Nullable String nextPage(MvcTestResult page, String body) {
		String link = page.getResponse().getHeader(HttpHeaders.LINK);
		if (link != null) {
			return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
		}
		Matcher next = NEXT_PAGE.matcher(body);
		return next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
	}

	/** A Vietnam local time as an instant, to set the clock. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}
}
