package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * With a controlled clock, an amendment effective tomorrow shows the old version today and the new
 * one tomorrow, on the public page and in the API; and a version id taken today (as a dossier
 * started today will keep it) still resolves to today's content after the switch.
 */
@WebTest
@Import(MutableClock.Configuration.class)
@RecordApplicationEvents
class CatalogVersioningTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	CatalogManagement catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anAmendmentEffectiveTomorrowTakesOverTomorrowAndADossierKeepsTodaysVersion() {
		String code = CatalogFixtures.uniqueCode();
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		ProcedureVersion first = announced(code, "Cấp phép thử nghiệm bản gốc", today);
		UUID keptByDossier = catalog.versionInForce(code, clock.instant()).orElseThrow().id();

		ProcedureVersion draft = catalog.startDraft(code);
		catalog.updateDraft(draft.id(), CatalogFixtures.renamed(draft.content(), "Cấp phép thử nghiệm bản sửa đổi"));
		catalog.announce(draft.id(), ChangeKind.AMEND, new Decision("2/QĐ-TEST", today, "Chủ tịch"), today.plusDays(1));

		assertThat(catalog.currentVersion(code).id()).isEqualTo(first.id());
		assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).bodyJson()
			.extractingPath("$.content.name").isEqualTo("Cấp phép thử nghiệm bản gốc");
		assertThat(mvc.get().uri("/procedures/{code}", code)).bodyText().contains("Cấp phép thử nghiệm bản gốc")
			.doesNotContain("Cấp phép thử nghiệm bản sửa đổi")
			.contains("Bản sửa đổi, bổ sung có hiệu lực từ ngày " + DAY.format(today.plusDays(1)));

		clock.advance(Duration.ofDays(1));

		assertThat(catalog.currentVersion(code).number()).isEqualTo(2);
		assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).bodyJson()
			.extractingPath("$.content.name").isEqualTo("Cấp phép thử nghiệm bản sửa đổi");
		assertThat(mvc.get().uri("/procedures/{code}", code)).bodyText().contains("Cấp phép thử nghiệm bản sửa đổi");
		assertThat(catalog.version(keptByDossier).content().name()).isEqualTo("Cấp phép thử nghiệm bản gốc");
		assertThat(mvc.get().uri("/api/v1/procedures/{code}/versions", code)).bodyJson()
			.extractingPath("$.length()").isEqualTo(2);
		assertThat(events.stream(CatalogChanged.class).filter(event -> event.action().equals("version.announced")))
			.hasSize(2).allSatisfy(event -> assertThat(event.summary()).contains(code));
	}

	@Test
	void anAbolishedProcedureLeavesThePublicCatalogueAtItsEffectiveDate() {
		String code = CatalogFixtures.uniqueCode();
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		announced(code, "Thủ tục sắp bãi bỏ", today);
		catalog.abolish(code, new Decision("3/QĐ-TEST", today, "Chủ tịch"), today.plusDays(1));

		assertThat(catalog.versionInForce(code, clock.instant())).isPresent();
		clock.advance(Duration.ofDays(1));
		assertThat(catalog.versionInForce(code, clock.instant())).isEmpty();
		assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).hasStatus(404);
		assertThat(catalog.history(code)).hasSize(2);
	}

	private ProcedureVersion announced(String code, String name, LocalDate effectiveFrom) {
		ProcedureVersion draft = catalog.createDraft(code, CatalogFixtures.aCompleteProcedure(name));
		return catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("1/QĐ-TEST", effectiveFrom, "Chủ tịch"),
				effectiveFrom);
	}
}
