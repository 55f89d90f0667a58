package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Two officers act on one dossier at once: the one who saves second is told, in their language,
 * that the dossier changed meanwhile (409), and nothing of their step is saved. The other officer's
 * change is made, for real, between the step's read of the dossier and its write.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ConcurrentChangeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theApiAnswersAConflictAndKeepsTheOtherOfficersChange() {
		String code = received();
		stoppedMeanwhile(code);

		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code).contentType(MediaType.APPLICATION_JSON)
			.content("{}").header("Accept-Language", "vi").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("người khác cập nhật");
		Dossier stored = dossiers.findByCode(code).orElseThrow();
		assertThat(stored.status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(stored.handovers()).isEmpty();
	}

	@Test
	void thePageSaysInVietnameseThatTheDossierChangedMeanwhile() {
		String code = received();
		stoppedMeanwhile(code);

		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).with(csrf()))
			.hasStatus(409).bodyText().contains("Dữ liệu vừa thay đổi").contains("người khác cập nhật");
		assertThat(dossiers.findByCode(code).orElseThrow().status()).isEqualTo(DossierStatus.STOPPED);
	}

	/** When the step next reads the clock (after loading the dossier), another officer stops it and saves. */
	private void stoppedMeanwhile(String code) {
		clock.onNextReadingBy(DossierProcessing.class, () -> CompletableFuture.runAsync(
				() -> transactions.executeWithoutResult(status -> {
					Dossier meanwhile = dossiers.findByCode(code).orElseThrow();
					meanwhile.stop("Trùng hồ sơ", clock.instant(), new Actor("leader"));
					dossiers.save(meanwhile);
				})).join());
	}

	private String received() {
		return new ReturnedDossiers(mvc, intake, accounts).received(DemoAccounts.CITIZEN);
	}
}
