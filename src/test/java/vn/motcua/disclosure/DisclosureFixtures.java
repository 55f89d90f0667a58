package vn.motcua.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.disclosure.DisclosureManagement.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;

/** Publications as the tests need them, dated from the application's clock. */
final class DisclosureFixtures {

	private DisclosureFixtures() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	/** The budget, to the public, from today for 30 days: the minimum configured for it. */
	static DisclosureContent aPublicBudget(Clock clock, String title) {
		return new DisclosureContent(title, "BUDGET", DisclosureAudience.PUBLIC,
				"Dự toán chi thường xuyên năm 2026: 12.500 triệu đồng", today(clock), today(clock).plusDays(29));
	}

	/** The training plan, to the officers only, from today for 30 days. */
	static DisclosureContent aStaffTraining(Clock clock, String title) {
		return new DisclosureContent(title, "TRAINING", DisclosureAudience.STAFF,
				"Cử 5 công chức dự lớp bồi dưỡng quản lý nhà nước", today(clock), today(clock).plusDays(29));
	}

	static List<UploadedFile> aPdf() {
		return List.of(new UploadedFile("du-toan.pdf", TestFiles.pdf("Dự toán")));
	}

	static Disclosure published(DisclosureManagement disclosures, AccountManagement accounts,
			DisclosureContent content) {
		Disclosure draft = disclosures.prepare(content, aPdf(), user(accounts, "specialist"));
		return disclosures.publish(draft.id(), user(accounts, "unithead"));
	}

	static CurrentUser user(AccountManagement accounts, String username) {
		return DemoAccounts.signedIn(accounts, username);
	}
}
