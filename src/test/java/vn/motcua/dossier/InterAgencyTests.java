package vn.motcua.dossier;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitKind;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** A dossier handed to a co-agency and back: only the co-agency acts meanwhile, and its time is its own. */
@WebTest
@Import(MutableClock.Configuration.class)
class InterAgencyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void handedToACoAgencyAndBackWithTheTimeAttributedToEach() throws Exception {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Agency construction = organization.createAgency("000.00.20.H55-" + suffix, "Sở Xây dựng tỉnh Quảng Ngãi", "Quảng Ngãi");
		var unit = organization.addUnit(construction.id(), null, "Phòng Quản lý xây dựng", UnitKind.SPECIALIST_UNIT);
		StringBuilder username = new StringBuilder("xaydung");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		organization.createOfficer(new OfficerRegistration(construction.id(), unit.id(), "Trương Văn Lực", "Chuyên viên",
				username.toString(), null, null, DemoAccounts.PASSWORD, Set.of(Role.SPECIALIST),
				PasswordChosenBy.HOLDER));

		String code = received();
		move("desk", code, "forward", "{}");
		assertThat(mvc.get().uri("/api/v1/work/dossiers/{code}/agency-times", code)
			.with(httpBasic(username.toString(), DemoAccounts.PASSWORD))).as("not yet an agency that held it").hasStatus(403);
		assertThat(move("unithead", code, "transfer", "{\"agencyCode\":\"khong-co\",\"request\":\"Xin ý kiến\"}"))
			.hasStatus(400);
		assertThat(move("unithead", code, "transfer", "{\"agencyCode\":\"000.00.31.H55\",\"request\":\"Xin ý kiến\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("cơ quan phối hợp khác");
		assertThat(move("unithead", code, "transfer", "{\"agencyCode\":\"" + construction.code()
				+ "\",\"request\":\"Xin ý kiến về điều kiện công trình\"}")).hasStatusOk();
		assertThat(move("unithead", code, "forward", "{}")).as("away at the co-agency").hasStatus(403);
		assertThat(queue(username.toString(), code)).contains(code);
		assertThat(queue("unithead", code)).doesNotContain(code);

		clock.advance(Duration.ofDays(1));
		assertThat(move("specialist", code, "transfer/return", "{\"reason\":\"Không phải cán bộ Sở Xây dựng\"}"))
			.hasStatus(403);
		assertThat(move(username.toString(), code, "transfer/return", "{\"reason\":\"Đủ điều kiện về xây dựng\"}"))
			.hasStatusOk();
		assertThat(move("unithead", code, "forward", "{}")).hasStatusOk();

		String tracking = DossierSlipsTests.text(mvc.get().uri("/desk/dossiers/{code}/slips/tracking", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange().getResponse().getContentAsByteArray());
		assertThat(tracking).contains("Sở Xây dựng tỉnh").contains("Liên thông: Xin ý kiến").contains("Đủ điều");

		assertThat(mvc.get().uri("/api/v1/work/dossiers/{code}/agency-times", code)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$['" + construction.code() + "']").isEqualTo("PT8H");
				assertThat(json).extractingPath("$['000.00.31.H55']").isEqualTo("PT0S");
			});
		assertThat(mvc.get().uri("/api/v1/work/dossiers/{code}/agency-times", code)
			.with(httpBasic(username.toString(), DemoAccounts.PASSWORD))).as("the co-agency held it").hasStatusOk();
	}

	private String received() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
		mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.exchange();
		return code;
	}

	private String queue(String officer, String code) {
		try {
			return mvc.get().uri("/api/v1/work/queue?q={code}", code).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private MvcTestResult move(String officer, String code, String action, String json) {
		return mvc.post().uri("/api/v1/work/dossiers/{code}/" + action, code).contentType(MediaType.APPLICATION_JSON)
			.content(json).with(httpBasic(officer, DemoAccounts.PASSWORD)).exchange();
	}
}
