package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * A publication goes the whole way on the real database: prepared, published by a unit head under
 * the rules in force (which it records), corrected by a replacement that leaves it readable and
 * linked, the replacement withdrawn with a reason, and the posting's end moving it to the archive;
 * each step is in the audit trail.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class DisclosureLifecycleTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditTrail audit;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void preparedPublishedReplacedAndTheReplacementWithdrawn() {
		String title = "Dự toán " + UUID.randomUUID();
		Disclosure draft = disclosures.prepare(DisclosureFixtures.aPublicBudget(clock, title), DisclosureFixtures.aPdf(),
				user("specialist"));
		assertThat(draft.status()).isEqualTo(DisclosureStatus.DRAFT);
		assertThat(mvc.get().uri("/disclosures/{id}", draft.id())).as("unseen while a draft").hasStatus(404);

		Disclosure published = disclosures.publish(draft.id(), user("unithead"));
		assertThat(published.minimumDays()).isEqualTo(30);
		assertThat(published.rulesInForceFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(published.publishedBy()).isEqualTo("unithead");
		assertThat(mvc.get().uri("/disclosures/{id}", draft.id())).hasStatusOk().bodyText().contains(title)
			.contains("Đang công khai").contains("href=\"/disclosures/" + draft.id() + "/files/0\"");
		assertThat(mvc.get().uri("/disclosures/{id}/files/0", draft.id())).hasStatusOk().hasContentType("application/pdf");
		assertThatThrownBy(() -> disclosures.edit(draft.id(), DisclosureFixtures.aPublicBudget(clock, title + " (sửa)"),
				List.of(), user("specialist"))).as("never edited once published")
			.isInstanceOf(InvalidRequestException.class).hasMessage("disclosure.status.not-draft");

		Disclosure correction = disclosures.prepareReplacement(draft.id(),
				DisclosureFixtures.aPublicBudget(clock, title + " (đính chính)"), List.of(), user("specialist"));
		assertThat(disclosures.forPublic(draft.id()).status()).as("replaced only once the correction is published")
			.isEqualTo(DisclosureStatus.PUBLISHED);
		disclosures.publish(correction.id(), user("leader"));
		Disclosure replaced = disclosures.forPublic(draft.id());
		assertThat(replaced.status()).isEqualTo(DisclosureStatus.REPLACED);
		assertThat(replaced.replacedBy()).isEqualTo(correction.id());
		assertThat(mvc.get().uri("/disclosures/{id}", draft.id())).hasStatusOk().bodyText()
			.contains("Thông tin này đã được đính chính, thay thế.").contains("href=\"/disclosures/" + correction.id() + "\"");
		assertThat(mvc.get().uri("/disclosures/{id}", correction.id())).hasStatusOk().bodyText()
			.contains("href=\"/disclosures/" + draft.id() + "\"");
		assertThatThrownBy(() -> disclosures.withdraw(draft.id(), "Đã thay thế", user("leader")))
			.as("a replaced one is no longer withdrawn").hasMessage("disclosure.status.not-published");

		assertThatThrownBy(() -> disclosures.withdraw(correction.id(), " ", user("leader")))
			.isInstanceOf(InvalidFieldException.class).hasMessage("disclosure.field.required");
		disclosures.withdraw(correction.id(), "Số liệu chưa được Sở Tài chính thẩm định", user("leader"));
		assertThat(mvc.get().uri("/disclosures/{id}", correction.id())).as("gone from the public").hasStatus(404);
		assertThat(mvc.get().uri("/disclosures")).hasStatusOk().bodyText().doesNotContain(title);
		assertThat(mvc.get().uri("/work/disclosures/{id}", correction.id()).with(OfficerPages.as("desk")))
			.hasStatusOk().bodyText().contains("Đã rút lại").contains("Số liệu chưa được Sở Tài chính thẩm định");

		audit.seal();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = ? ORDER BY action")
			.param(draft.id().toString()).query(String.class).list())
			.containsExactly("disclosure.prepared", "disclosure.published", "disclosure.replaced");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = ? ORDER BY action")
			.param(correction.id().toString()).query(String.class).list())
			.containsExactly("disclosure.prepared", "disclosure.published", "disclosure.withdrawn");
	}

	@Test
	void aPeriodShorterThanTheCategorysMinimumIsRefusedWhenPreparedAndWhenPublished() {
		DisclosureContent budget = DisclosureFixtures.aPublicBudget(clock, "Dự toán " + UUID.randomUUID());
		DisclosureContent tooShort = new DisclosureContent(budget.title(), "BUDGET", DisclosureAudience.PUBLIC,
				budget.body(), budget.postedFrom(), budget.postedUntil().minusDays(1));
		assertThatThrownBy(() -> disclosures.prepare(tooShort, DisclosureFixtures.aPdf(), user("specialist")))
			.isInstanceOf(InvalidFieldException.class).hasMessage("disclosure.period.too-short")
			.extracting(refused -> ((InvalidFieldException) refused).field()).isEqualTo("postedUntil");
		DisclosureContent declaration = new DisclosureContent(budget.title(), "ASSET_DECLARATION",
				DisclosureAudience.STAFF, "Bản kê khai", budget.postedFrom(), budget.postedFrom().plusDays(14));
		assertThat(disclosures.prepare(declaration, List.of(), user("specialist")).status())
			.as("15 days suffice for declarations").isEqualTo(DisclosureStatus.DRAFT);
		assertThatThrownBy(() -> disclosures.prepare(new DisclosureContent(budget.title(), "ASSET_DECLARATION",
				DisclosureAudience.PUBLIC, "Bản kê khai", budget.postedFrom(), budget.postedUntil()),
				List.of(), user("specialist"))).hasMessage("disclosure.audience.not-allowed");

		Disclosure draft = disclosures.prepare(budget, DisclosureFixtures.aPdf(), user("specialist"));
		// as if the draft had been shortened behind the form's back: publishing checks the rules again
		jdbc.sql("UPDATE disclosure SET posted_until = ? WHERE id = ?").param(tooShort.postedUntil()).param(draft.id())
			.update();
		assertThatThrownBy(() -> disclosures.publish(draft.id(), user("leader")))
			.isInstanceOf(InvalidRequestException.class).hasMessage("disclosure.period.too-short");
		assertThat(jdbc.sql("SELECT status FROM disclosure WHERE id = ?").param(draft.id()).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void itMovesToTheArchiveWhenItsPostingEnds() {
		String title = "Dự toán " + UUID.randomUUID();
		Disclosure published = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, title));
		assertThat(mvc.get().uri("/disclosures?category=BUDGET")).hasStatusOk().bodyText().contains(title);
		assertThat(mvc.get().uri("/disclosures/archive?category=BUDGET")).hasStatusOk().bodyText().doesNotContain(title);

		clock.advance(Duration.ofDays(30));
		assertThat(mvc.get().uri("/disclosures?category=BUDGET")).hasStatusOk().bodyText().doesNotContain(title);
		assertThat(mvc.get().uri("/disclosures/archive?category=BUDGET")).hasStatusOk().bodyText().contains(title);
		assertThat(mvc.get().uri("/disclosures/{id}", published.id())).hasStatusOk().bodyText()
			.contains("Đã hết thời hạn công khai");
	}

	private CurrentUser user(String username) {
		return DisclosureFixtures.user(accounts, username);
	}
}
