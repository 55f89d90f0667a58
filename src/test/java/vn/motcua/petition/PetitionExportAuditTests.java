package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.PagedResponses.utf8;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;
import vn.motcua.testing.Workbooks;

/**
 * The petitions' export holds the petitioners' names, addresses and phones: each download, CSV or
 * Excel, is one sensitive read in the audit trail naming the officer, the period and how many
 * petitions it held (never a petitioner's data); a refused export leaves none. Each test's officer is new,
 * so that the entries under their name are the ones the test made.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class PetitionExportAuditTests {

	private static final String READ = "petition.export.read";
	private static final String MAY = "?from=2019-05-01&to=2019-05-31";
	private static final List<String> EXPORTS = List.of("/work/petitions/export.csv", "/work/petitions/export.xlsx");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	/** A petition received in the period, so that the export holds a petitioner at least. */
	@BeforeEach
	void aPetitionReceivedInMay() {
		clock.set(PetitionFixtures.at("2019-05-20T09:00"));
		petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS);
		clock.reset();
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theCsvIsOneReadNamingTheOfficerThePeriodAndHowMany() {
		String officer = newOfficer(Role.SPECIALIST);

		MvcTestResult csv = get("/work/petitions/export.csv" + MAY, officer);

		assertThat(csv).hasStatusOk();
		assertOneRead(officer, utf8(csv).lines().count() - 1);
	}

	@Test
	void theWorkbookIsOneReadNamingTheOfficerThePeriodAndHowMany() throws IOException {
		String officer = newOfficer(Role.UNIT_HEAD);

		MvcTestResult download = get("/work/petitions/export.xlsx" + MAY, officer);

		try (XSSFWorkbook workbook = Workbooks.of(download)) {
			assertOneRead(officer, workbook.getSheetAt(0).getLastRowNum());
		}
	}

	/** A wrong role and a period that is none are refused before anything is read. */
	@Test
	void aRefusedExportLeavesNoEntry() {
		String officer = newOfficer(Role.SPECIALIST);

		for (String export : EXPORTS) {
			assertThat(get(export + MAY, "records")).as("a role without the petitions").hasStatus(403);
			assertThat(get(export + "?from=2019-05-31&to=2019-05-01", officer)).as("an end before the start")
				.hasStatus(400);
			assertThat(get(export + "?from=khong-phai-ngay", officer)).as("not a date").hasStatus(400);
		}

		assertThat(reads("records")).isEmpty();
		assertThat(reads(officer)).isEmpty();
		assertThat(get(EXPORTS.get(0) + MAY, officer)).as("the same officer's export in order").hasStatusOk();
		assertThat(reads(officer)).hasSize(1);
	}

	private void assertOneRead(String officer, long lines) {
		assertThat(lines).as("the petition received in May").isPositive();
		List<AuditEntry> reads = reads(officer);
		assertThat(reads).hasSize(1);
		AuditEntry read = reads.get(0);
		assertThat(read.actor()).isEqualTo(officer);
		assertThat(read.recordType()).isEqualTo("Petition");
		assertThat(read.recordId()).as("the period").isEqualTo("2019-05-01/2019-05-31");
		assertThat(read.summary())
			.isEqualTo("Export of the " + lines + " petitions received from 2019-05-01 to 2019-05-31, "
					+ "with their petitioners' names and contacts");
	}

	private List<AuditEntry> reads(String actor) {
		return audit.entries(new AuditFilter("Petition", null, actor, READ, null, null),
				AuditScope.wholeTrail(), 0, 50).content();
	}

	/** An officer of the home agency, new, so that no other test's export is theirs. */
	private String newOfficer(Role role) {
		Agency home = organization.homeAgency().orElseThrow();
		String username = "xk" + Long.toString(System.nanoTime(), 36);
		organization.createOfficer(new OfficerRegistration(home.id(), organization.units(home.id()).get(0).id(),
				"Cán bộ " + username, "Chuyên viên", username, null, null, DemoAccounts.PASSWORD, Set.of(role),
				PasswordChosenBy.HOLDER));
		return username;
	}

	private MvcTestResult get(String uri, String username) {
		return mvc.get().uri(uri).with(httpBasic(username, DemoAccounts.PASSWORD)).exchange();
	}
}
