package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;

/** Petitions and officers for the tests, with names that say what they are. */
final class PetitionFixtures {


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

	/** A denunciation sent with a scan of the letter, which may show the denouncer's handwriting. */
	static PetitionSubmission aDenunciationWithAScan() {
		PetitionSubmission letter = aDenunciation();
		return new PetitionSubmission(letter.kind(), letter.channel(), letter.title(), letter.content(),
				letter.concerning(), letter.name(), letter.address(), letter.phone(), letter.email(), null, null, null,
				null, null, "don-to-cao.pdf", TestFiles.pdf("Đơn tố cáo"));
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

	/** A question to the agency of that code. */
	static PetitionSubmission aQuestionTo(String agencyCode, String title, String content) {
		return new PetitionSubmission(PetitionKind.QUESTION, PetitionChannel.WEB_FORM, title, content, null,
				"Nguyễn Hỏi", null, null, "hoi@example.vn", null, null, null, null, null, null, null, agencyCode);
	}

	static CurrentUser officer(AccountManagement accounts, String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	/** The whole queue of the officer's agency, page after page, as an officer would follow it. */
	static Stream<PetitionQueue.Item> wholeQueue(PetitionManagement petitions, CurrentUser officer) {
		List<PetitionQueue.Item> items = new ArrayList<>();
		QueueCursor after = null;
		do {
			PetitionQueue page = petitions.queue(officer, PetitionQueueFilter.ALL, after,
					PetitionManagement.MAX_QUEUE_PAGE_SIZE);
			items.addAll(page.items());
			after = page.next();
		}
		while (after != null);
		return items.stream();
	}

	/** A Vietnam local time as an instant, to set the clock. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}
}
