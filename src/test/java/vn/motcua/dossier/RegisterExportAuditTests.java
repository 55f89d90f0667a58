package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.ApplicantKind;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The register's exports hold the applicants' names, addresses and phones: each download, CSV or
 * Excel, is one sensitive read in the audit trail naming the officer, the period, the filter and how
 * many dossiers it held, never the search's text (an applicant's name, as often as not); a refused
 * export leaves none. Each test's officer is new, so that the entries under their name are the test's.
 */
@WebTest
class RegisterExportAuditTests {

	private static final String READ = "dossier.register.export.read";
	private static final String SEARCH = "Nguyễn Thị Tìm";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierRegister register;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	AuditTrail audit;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierCodeSequence sequence;

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void eachExportIsOneReadNamingTheOfficerThePeriodAndHowMany(String format) {
		String officer = newOfficer(Role.RECEPTION_OFFICER);
		String agency = organization.homeAgency().orElseThrow().code();
		aDossierFoundBySearch(agency);
		int count = register.count(new RegisterFilter(Set.of(agency), LocalDate.parse("2026-11-01"),
				LocalDate.parse("2026-11-30"), DossierStatus.SUBMITTED, null, SEARCH));

		assertThat(count).as("the dossier found").isPositive();

		assertThat(export(officer, "2026-11-01", "2026-11-30", format)).hasStatusOk();

		List<AuditEntry> reads = reads(officer);
		assertThat(reads).hasSize(1);
		assertThat(reads.get(0).recordType()).isEqualTo("Dossier");
		assertThat(reads.get(0).recordId()).as("the period").isEqualTo("2026-11-01/2026-11-30");
		assertThat(reads.get(0).agencyCode()).as("the register's one agency, for its board").isEqualTo(agency);
		assertThat(reads.get(0).summary()).as("the search's text left out")
			.isEqualTo("Export of the register's " + count + " dossiers registered from 2026-11-01 to 2026-11-30 at "
					+ agency + ", status SUBMITTED, found by a search, with their applicants' names and contacts");
	}

	/** A wrong role and a reversed period are refused before anything is read. */
	@Test
	void aRefusedExportLeavesNoEntry() {
		String officer = newOfficer(Role.RECEPTION_OFFICER);
		String specialist = newOfficer(Role.SPECIALIST);

		for (String format : List.of("csv", "xlsx")) {
			assertThat(export(specialist, "2026-11-01", "2026-11-30", format)).as("a role without the register")
				.hasStatus(403);
			assertThat(export(officer, "2026-11-30", "2026-11-01", format)).as("a reversed period").hasStatus(400);
		}

		assertThat(reads(specialist)).isEmpty();
		assertThat(reads(officer)).isEmpty();
		assertThat(export(officer, "2026-11-01", "2026-11-30", "csv")).as("the same officer's export in order")
			.hasStatusOk();
		assertThat(reads(officer)).hasSize(1);
	}

	private MvcTestResult export(String officer, String from, String to, String format) {
		return mvc.get().uri("/desk/register").param("from", from).param("to", to).param("status", "SUBMITTED")
			.param("text", SEARCH).param("format", format).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}

	/** An applicant the search finds, of a dossier registered on 23 November 2026. */
	private void aDossierFoundBySearch(String agency) {
		Submission template = DossierFixtures.anOnlineSubmission();
		Submission submission = new Submission(template.procedure(), template.channel(), 1,
				new Applicant(ApplicantKind.CITIZEN, SEARCH, "051090000001", "Quảng Ngãi", "0905000001", null),
				template.accountId(), template.delivery(), null, null, template.documents());
		dossiers.save(Dossier.register(sequence.next(agency, LocalDate.of(2026, 11, 23)), submission,
				DossierFixtures.SUBMITTED_AT, DossierFixtures.CITIZEN));
	}

	private List<AuditEntry> reads(String actor) {
		return audit.entries(new AuditFilter("Dossier", null, actor, READ, null, null),
				AuditScope.wholeTrail(), 0, 50).content();
	}

	/** An officer of the home agency, new, so that no other test's export is theirs. */
	private String newOfficer(Role role) {
		Agency home = organization.homeAgency().orElseThrow();
		String username = "sx" + Long.toString(System.nanoTime(), 36);
		organization.createOfficer(new OfficerRegistration(home.id(), organization.units(home.id()).get(0).id(),
				"Cán bộ " + username, "Chuyên viên", username, null, null, DemoAccounts.PASSWORD, Set.of(role),
				PasswordChosenBy.HOLDER));
		return username;
	}
}
