package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * A denouncer's identity (Luật Tố cáo Art. 9, 56): only the assigned handler and the agency leader
 * read it, each read leaves an audit entry; every other officer gets a redacted record on the
 * page, the API, the export and the working copy, and 403 on the identity itself.
 */
@WebTest
class DenunciationConfidentialityTests {

	static final String DENOUNCER = "Lê Thị Tố Giác";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditTrail audit;

	@Test
	void anOfficerWhoIsNotTheHandlerOrTheLeaderSeesARedactedDenunciationEverywhere() {
		Petition denunciation = assignedToSpecialist();

		for (String officer : new String[] { "unithead", "desk", "inspector" }) {
			assertThat(mvc.get().uri("/work/petitions/{code}", denunciation.code()).with(as(officer)))
				.hasStatusOk().bodyText().contains("Đã ẩn danh tính").contains(denunciation.title())
				.doesNotContain(DENOUNCER).doesNotContain("0905123456").doesNotContain("12 Hùng Vương");
			assertThat(mvc.get().uri("/api/v1/petitions/{code}", denunciation.code()).with(as(officer)))
				.hasStatusOk().bodyJson()
				.satisfies(json -> assertThat(json).extractingPath("$.redacted").isEqualTo(true))
				.satisfies(json -> assertThat(json).extractingPath("$.petitioner").isNull());
			assertThat(mvc.get().uri("/api/v1/petitions/{code}/identity", denunciation.code()).with(as(officer)))
				.hasStatus(403).bodyText().doesNotContain(DENOUNCER);
			assertThat(mvc.get().uri("/work/petitions/{code}/attachment", denunciation.code()).with(as(officer)))
				.hasStatus(403);
			assertThat(PagedResponses.allPages(mvc, "/api/v1/petitions", as(officer)))
				.contains(denunciation.code()).doesNotContain(DENOUNCER);
			assertThat(PagedResponses.allPages(mvc, "/work/petitions", as(officer)))
				.contains(denunciation.code()).doesNotContain(DENOUNCER);
		}
		assertThat(identityReads(denunciation)).isZero();
	}

	@Test
	void theHandlerAndTheLeaderReadTheIdentityAndEachReadIsAudited() {
		Petition denunciation = assignedToSpecialist();

		assertThat(mvc.get().uri("/api/v1/petitions/{code}/identity", denunciation.code()).with(as("specialist")))
			.hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo(DENOUNCER);
		assertThat(mvc.get().uri("/work/petitions/{code}", denunciation.code()).with(as("specialist")))
			.hasStatusOk().bodyText().contains(DENOUNCER);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", denunciation.code()).with(as("leader")))
			.hasStatusOk().bodyJson().extractingPath("$.petitioner.address").isEqualTo("12 Hùng Vương, Quảng Ngãi");

		var reads = identityReadEntries(denunciation);
		assertThat(reads).hasSize(3);
		assertThat(reads).extracting(entry -> entry.actor()).containsOnly("specialist", "leader");
		assertThat(reads).allSatisfy(entry -> assertThat(entry.summary()).doesNotContain(DENOUNCER));
		assertThat(reads).as("for the agency's inspection board (decision 0051)").extracting(AuditEntry::agencyCode)
			.containsOnly(denunciation.agencyCode());
	}

	@Test
	void eachViewOfTheIdentityLeavesOneEntryAndTheWorkingCopyNone() {
		Petition denunciation = assignedToSpecialist();

		assertThat(mvc.get().uri("/work/petitions/{code}", denunciation.code()).with(as("specialist")))
			.hasStatusOk().bodyText().contains(DENOUNCER).contains("don-to-cao.pdf");
		assertThat(identityReads(denunciation)).isEqualTo(1);
		assertThat(mvc.get().uri("/work/petitions/{code}/attachment", denunciation.code()).with(as("specialist")))
			.hasStatusOk().hasContentType("application/pdf");
		assertThat(identityReads(denunciation)).isEqualTo(2);
		assertThat(mvc.get().uri("/work/petitions/{code}/working-copy", denunciation.code()).with(as("specialist")))
			.hasStatusOk().bodyText().doesNotContain(DENOUNCER);
		assertThat(identityReads(denunciation)).isEqualTo(2);
	}

	@Test
	void theExportAndTheWorkingCopyNeverCarryTheIdentity() {
		Petition denunciation = assignedToSpecialist();

		for (String officer : new String[] { "unithead", "specialist", "leader" }) {
			assertThat(mvc.get().uri("/work/petitions/export.csv").with(as(officer))).hasStatusOk().bodyText()
				.contains(denunciation.code()).contains("[Đã ẩn danh tính]").doesNotContain(DENOUNCER);
			assertThat(mvc.get().uri("/work/petitions/{code}/working-copy", denunciation.code()).with(as(officer)))
				.hasStatusOk().bodyText().contains(denunciation.content()).contains("Ông Trần Văn Bị")
				.doesNotContain(DENOUNCER).doesNotContain("to.giac@example.vn");
		}
	}

	@Test
	void theAuditTrailOfADenunciationNeverNamesTheDenouncer() {
		Petition denunciation = assignedToSpecialist();
		var entries = org.awaitility.Awaitility.await().until(
				() -> audit.entries(new AuditFilter("Petition", denunciation.code(), null, null, null, null),
						AuditScope.wholeTrail(), 0, 50).content(),
				found -> found.size() >= 2);
		assertThat(entries).allSatisfy(entry -> assertThat(entry.summary() + entry.actor()).doesNotContain(DENOUNCER));
	}

	private Petition assignedToSpecialist() {
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciationWithAScan(), Actor.ANONYMOUS);
		var specialist = accounts.findByUsername("specialist").orElseThrow().id();
		return petitions.assign(denunciation.code(), specialist, PetitionFixtures.officer(accounts, "unithead"));
	}

	private long identityReads(Petition petition) {
		return identityReadEntries(petition).size();
	}

	private List<AuditEntry> identityReadEntries(Petition petition) {
		return audit.entries(new AuditFilter("Petition", petition.code(), null, null, null, null),
				AuditScope.wholeTrail(), 0, 50).content().stream()
			.filter(entry -> entry.action().equals("petition.identity.read")).toList();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
