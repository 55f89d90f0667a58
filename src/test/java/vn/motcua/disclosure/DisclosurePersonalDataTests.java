package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.motcua.testing.OfficerPages.as;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * A publication was published as written, so the result of a complaint could carry the complainant's ID
 * number, phone and e-mail to the portal (decision 0031). A draft whose title or text holds any now
 * lists them on its page, and is published only once its publisher confirms them for the draft as it
 * is; the agency's own hotline and e-mail address are not listed. The public reads what was confirmed,
 * as written; the audit trail records the kinds confirmed, not the data.
 */
@WebTest
class DisclosurePersonalDataTests {

	static final String RESULT = "Bà Trần Thị Khiếu (CCCD 051090001234, điện thoại 0912 345 678, thư "
			+ "khieu.nai@example.vn) khiếu nại đúng một phần. Liên hệ Sở: 0255 0000 000, motcua@example.vn.";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditTrail audit;

	@Test
	void aDraftHoldingPersonalDataIsPublishedOnlyOnceItsPublisherConfirmsIt() {
		Disclosure draft = disclosures.prepare(aComplaintResult(RESULT), List.of(), user("specialist"));
		String page = "/work/disclosures/" + draft.id();

		assertThat(mvc.get().uri(page).with(as("unithead"))).hasStatusOk().bodyText()
			.contains("Số định danh cá nhân hoặc CMND: 051090001234", "Số điện thoại: 0912 345 678",
					"Thư điện tử: khieu.nai@example.vn", "name=\"confirmedVersion\"")
			.as("the agency's own contacts are not listed")
			.doesNotContain("Số điện thoại: 0255 0000 000", "Thư điện tử: motcua@example.vn");

		MvcTestResult unconfirmed = mvc.post().uri(page + "/publication").with(csrf()).with(as("unithead")).exchange();
		assertThat(OfficerPages.followed(mvc, "unithead", unconfirmed)).hasStatusOk().bodyText()
			.contains("Chưa công khai: thông tin có 3 dữ liệu cá nhân", "Số định danh cá nhân hoặc CMND: 051090001234");
		assertThat(disclosures.forOfficer(draft.id(), user("unithead")).status()).isEqualTo(DisclosureStatus.DRAFT);
		assertThat(mvc.get().uri("/disclosures/{id}", draft.id())).as("not on the portal").hasStatus(404);

		assertThat(mvc.post().uri(page + "/publication").with(csrf()).with(as("unithead"))
			.param("confirmedVersion", String.valueOf(versionOf(draft)))).hasRedirectedUrl(page + "?done=published");
		assertThat(mvc.get().uri("/disclosures/{id}", draft.id())).as("published as written, as confirmed")
			.hasStatusOk().bodyText().contains(RESULT);
		assertThat(mvc.get().uri("/api/v1/disclosures/{id}", draft.id())).hasStatusOk().bodyText()
			.contains("CCCD 051090001234");
		assertThat(mvc.get().uri(page).with(as("unithead"))).as("nothing left to confirm once published").bodyText()
			.doesNotContain("name=\"confirmedVersion\"", "Số điện thoại: 0912 345 678");

		audit.seal();
		assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE record_id = ? AND action = 'disclosure.published'")
			.param(draft.id().toString()).query(String.class).single())
			.contains("confirmed by the publisher: EMAIL, PHONE, ID_NUMBER").doesNotContain("051090001234", "0912");
	}

	@Test
	void aDraftEditedAfterItsPersonalDataWasConfirmedIsConfirmedAgain() {
		Disclosure draft = disclosures.prepare(aComplaintResult(RESULT), List.of(), user("specialist"));
		long confirmed = versionOf(draft);
		disclosures.edit(draft.id(), aComplaintResult(RESULT + " Người đại diện: 0905 111 222."), List.of(),
				user("specialist"));

		assertThatThrownBy(() -> disclosures.publish(draft.id(), confirmed, user("leader")))
			.isInstanceOf(InvalidRequestException.class).hasMessage("disclosure.personal-data.unconfirmed");
		assertThat(disclosures.personalDataIn(disclosures.forOfficer(draft.id(), user("leader"))))
			.extracting(piece -> piece.text()).containsExactly("khieu.nai@example.vn", "0912 345 678", "0905 111 222",
					"051090001234");
		assertThat(disclosures.publish(draft.id(), versionOf(draft), user("leader")).status())
			.isEqualTo(DisclosureStatus.PUBLISHED);
	}

	@Test
	void aTextWithNoPersonalDataButTheAgencysOwnContactsIsPublishedAsBefore() {
		Disclosure draft = disclosures.prepare(aComplaintResult("Khiếu nại đã được giải quyết. Liên hệ Sở: "
				+ "0255.0000.000 hoặc MOTCUA@example.vn."), List.of(), user("specialist"));

		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(as("unithead"))).hasStatusOk().bodyText()
			.doesNotContain("name=\"confirmedVersion\"");
		assertThat(disclosures.publish(draft.id(), user("unithead")).status()).isEqualTo(DisclosureStatus.PUBLISHED);
	}

	private DisclosureContent aComplaintResult(String body) {
		return new DisclosureContent("Kết quả giải quyết khiếu nại " + UUID.randomUUID(), "COMPLAINT_RESULT",
				DisclosureAudience.PUBLIC, body, DisclosureFixtures.today(clock),
				DisclosureFixtures.today(clock).plusDays(29));
	}

	private long versionOf(Disclosure disclosure) {
		return Objects.requireNonNull(disclosures.forOfficer(disclosure.id(), user("unithead")).version());
	}

	private CurrentUser user(String username) {
		return DisclosureFixtures.user(accounts, username);
	}
}
