package vn.motcua.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.WebTest;

/**
 * Decision 0051: each agency's People's Inspection Board reads the trail of its own agency's work; the home
 * agency's board also the entries of no agency (the installation's own records, and those written before
 * entries had an agency); the installation's administrators read every entry.
 */
@WebTest
class InspectionBoardScopeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UserDetailsService userDetails;

	private AnotherAgency construction;
	private String recordType;

	@BeforeEach
	void anEntryOfEachAgencyAndOneOfNone() {
		construction = AnotherAgency.create(organization);
		recordType = "BoardProbe" + UUID.randomUUID().toString().substring(0, 8);
		String home = organization.homeAgency().orElseThrow().code();
		trail.recordRead(new Actor("desk"), home, "probe.read", recordType, "r-home", "Đọc hồ sơ của Sở Công Thương");
		trail.recordRead(new Actor("desk"), construction.agency().code(), "probe.read", recordType, "r-other",
				"Đọc hồ sơ của Sở Xây dựng");
		trail.recordRead(new Actor("admin"), "probe.read", recordType, "r-none", "Đọc cấu hình chung");
	}

	@Test
	void anotherAgencysBoardReadsItsAgencysEntriesOnly() {
		RequestPostProcessor inspector = signedIn(construction.officer(Role.PEOPLES_INSPECTOR));

		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(inspector))
			.hasStatusOk().bodyJson().extractingPath("$.content[*].recordId").asArray().containsExactly("r-other");
		assertThat(mvc.get().uri("/admin/audit").param("recordType", recordType).with(inspector)).hasStatusOk()
			.bodyText().contains("Đọc hồ sơ của Sở Xây dựng").doesNotContain("Đọc hồ sơ của Sở Công Thương")
			.doesNotContain("Đọc cấu hình chung");
		assertThat(mvc.get().uri("/api/v1/audit/entries").with(inspector)).hasStatusOk().bodyJson()
			.extractingPath("$.content[*].agencyCode").asArray().containsOnly(construction.agency().code());
	}

	@Test
	void theHomeAgencysBoardReadsItsAgencysEntriesAndThoseOfNone() {
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(signedIn("inspector")))
			.hasStatusOk().bodyJson().extractingPath("$.content[*].recordId").asArray()
			.containsExactly("r-none", "r-home");
	}

	@Test
	void theInstallationsAdministratorReadsEveryEntry() {
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(signedIn("admin")))
			.hasStatusOk().bodyJson().extractingPath("$.content[*].recordId").asArray()
			.containsExactly("r-none", "r-other", "r-home");
	}

	/** A board member of two agencies reads both; an inspector's role elsewhere widens nothing else. */
	@Test
	void anInspectorOfAnotherAgencyWhoAlsoHoldsOtherRolesThereReadsTheSame() {
		RequestPostProcessor inspector = signedIn(construction.officer(Role.PEOPLES_INSPECTOR, Role.ADMINISTRATOR));

		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", recordType).with(inspector))
			.hasStatusOk().bodyJson().extractingPath("$.content[*].recordId").asArray().containsExactly("r-other");
	}

	/** A change recorded with its transaction waits for the chain with its agency, and is read by that board. */
	@Test
	void aChangeOfAnotherAgencyIsChainedWithItsAgency(@Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transactions) {
		String code = construction.agency().code();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new ProbeChanged(Instant.now(), recordType, "r-changed", code)));

		assertThat(trail.entries(new AuditFilter(recordType, "r-changed", null, null, null, null),
				AuditScope.ofAgencies(Set.of(code), false), 0, 10).content())
			.singleElement().satisfies(entry -> {
				assertThat(entry.agencyCode()).isEqualTo(code);
				assertThat(entry.isIntact()).isTrue();
			});
	}

	record ProbeChanged(Instant occurredAt, String recordType, String recordId, String agencyCode)
			implements AuditableEvent {

		@Override
		public Actor actor() {
			return new Actor("desk");
		}

		@Override
		public String action() {
			return "probe.changed";
		}

		@Override
		public String summary() {
			return "Thay đổi thử";
		}
	}

	private RequestPostProcessor signedIn(String username) {
		return user(userDetails.loadUserByUsername(username));
	}
}
