package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.ListStatements.assertFlat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

/**
 * The petitions' lists (the officers' queue, the export, the petitioner's own) read their lines in
 * one query however many there are, a denunciation's identity left out; the queue is read a page at
 * a time. A new officer's own queue starts empty, so that the rows a test adds are the rows it shows.
 */
@WebTest
@Import({ MutableClock.Configuration.class, StatementLog.Configuration.class }) // StatementCountTests' context
class PetitionListsTests {

	static final String PASSWORD = "Cuaso2026x";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Test
	void theOfficersQueuePageAndApiAndTheExport() {
		String officer = newSpecialist();
		List<String> assigned = new ArrayList<>();
		Runnable more = () -> assigned.add(assignedTo(officer, assigned.size() % 2 == 0
				? PetitionFixtures.aFeedback() : PetitionFixtures.aDenunciation()));
		assertFlat("GET /work/petitions?mine=true", () -> get("/work/petitions?mine=true", officer), more);
		assertFlat("GET /api/v1/petitions?mine=true", () -> get("/api/v1/petitions?mine=true", officer), more);
		assertFlat("GET /work/petitions/export.csv", () -> get("/work/petitions/export.csv", officer), more);

		String queue = utf8(get("/api/v1/petitions?mine=true", officer));
		assertThat(JsonPath.<List<String>>read(queue, "$[*].code")).as("the officer's queue")
			.containsExactlyInAnyOrderElementsOf(assigned);
		assertThat(JsonPath.<List<Boolean>>read(queue, "$[?(@.kind == 'DENUNCIATION')].redacted")).isNotEmpty()
			.containsOnly(true);
		assertThat(queue).as("a denouncer's name").doesNotContain("Lê Thị Tố Giác").contains("Trần Thị Phản Ánh");
		assertThat(get("/work/petitions?mine=true", officer)).bodyText().contains(assigned.get(0))
			.doesNotContain("Lê Thị Tố Giác");
	}

	@Test
	void thePetitionersOwnPageAndApi() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		Runnable more = () -> petitions.receive(PetitionFixtures.aFeedback().withAccount(citizen), Actor.ANONYMOUS);
		assertFlat("GET /my/petitions", () -> get("/my/petitions", DemoAccounts.CITIZEN, DemoAccounts.PASSWORD), more);
		assertFlat("GET /api/v1/my/petitions",
				() -> get("/api/v1/my/petitions", DemoAccounts.CITIZEN, DemoAccounts.PASSWORD), more);
	}

	/**
	 * Page after page by the Link header: every petition once, soonest due first; a received
	 * petition is due by the sooner of its acceptance and forwarding times, an accepted one by its
	 * resolution's.
	 */
	@Test
	void theQueueIsReadAPageAtATimeSoonestDueFirst() {
		String officer = newSpecialist();
		CurrentUser leader = PetitionFixtures.officer(accounts, "leader");
		List<String> assigned = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assigned.add(assignedTo(officer, i % 2 == 0 ? PetitionFixtures.aComplaint() : PetitionFixtures.aFeedback()));
		}
		petitions.accept(assigned.get(1), leader);

		List<String> codes = new ArrayList<>();
		List<LocalDateTime> dueTimes = new ArrayList<>();
		String uri = "/api/v1/petitions?mine=true&size=2";
		int pages = 0;
		while (uri != null) {
			MvcTestResult page = get(uri, officer);
			assertThat(page).hasStatusOk();
			String body = utf8(page);
			codes.addAll(JsonPath.read(body, "$[*].code"));
			JsonPath.<List<String>>read(body, "$[*].dueAt").forEach(due -> dueTimes.add(LocalDateTime.parse(due)));
			String link = page.getResponse().getHeader(HttpHeaders.LINK);
			uri = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(assigned);
		assertThat(dueTimes).isSorted();
		assertThat(dueTimes.get(codes.indexOf(assigned.get(1)))).as("the accepted petition's resolution is due")
			.isEqualTo(petitions.track(assigned.get(1)).orElseThrow().resolutionDueAt());
		Petition received = petitions.track(assigned.get(0)).orElseThrow();
		assertThat(dueTimes.get(codes.indexOf(assigned.get(0)))).isEqualTo(received.nextDueAt())
			.isIn(received.acceptanceDueAt(), received.forwardingDueAt());
		assertThat(get("/api/v1/petitions?size=0", officer)).hasStatus(400).bodyText().contains("1 đến 200 đơn");
		assertThat(get("/work/petitions?after=khong-phai-vi-tri", officer)).hasStatus(400);
	}

	/** A specialist of the home agency, new, so that their queue holds only what a test assigns them. */
	private String newSpecialist() {
		Agency home = organization.homeAgency().orElseThrow();
		String username = "cv" + Long.toString(System.nanoTime(), 36);
		organization.createOfficer(new OfficerRegistration(home.id(), organization.units(home.id()).get(0).id(),
				"Chuyên viên " + username, "Chuyên viên", username, null, null, PASSWORD, Set.of(Role.SPECIALIST)));
		return username;
	}

	private String assignedTo(String officer, PetitionSubmission submission) {
		CurrentUser leader = PetitionFixtures.officer(accounts, "leader");
		Petition petition = petitions.receive(submission, Actor.ANONYMOUS);
		petitions.assign(petition.code(), accounts.findByUsername(officer).orElseThrow().id(), leader);
		return petition.code();
	}

	private MvcTestResult get(String uri, String officer) {
		return get(uri, officer, PASSWORD);
	}

	private MvcTestResult get(String uri, String username, String password) {
		return mvc.get().uri(uri).with(httpBasic(username, password)).exchange();
	}

	private static String utf8(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}
}
