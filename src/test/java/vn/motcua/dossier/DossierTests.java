package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierFixtures.DESK;
import static vn.motcua.dossier.DossierFixtures.SUBMITTED_AT;
import static vn.motcua.dossier.DossierFixtures.aSubmittedDossier;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The decisions at receipt, as the dossier guards them. */
@Tag("rule")
class DossierTests {

	static final LocalDateTime APPOINTMENT = LocalDateTime.of(2026, 12, 7, 9, 0);

	@Test
	void aRegisteredDossierIsSubmittedWithItsHistoryStarted() {
		Dossier dossier = aSubmittedDossier();
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(dossier.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED);
		assertThat(dossier.events()).singleElement().isInstanceOfSatisfying(DossierStatusChanged.class,
				event -> assertThat(event.previous()).isNull());
	}

	/** Dossiers pile up by the million: time-ordered keys keep new ones on the last pages of their indexes. */
	@Test
	void aRegisteredDossierHasAKeyOrderedByTimeAfterTheOneBefore() {
		Dossier first = aSubmittedDossier();
		Dossier second = aSubmittedDossier();
		assertThat(first.id().version()).isEqualTo(7);
		assertThat(second.id().toString()).isGreaterThan(first.id().toString());
	}

	@Test
	void acceptingStartsTheClockAndSetsTheAppointment() {
		Dossier dossier = aSubmittedDossier();
		dossier.accept(SUBMITTED_AT.plusSeconds(3600), APPOINTMENT, "ND118-2025.1", DESK);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.receivedAt()).isEqualTo(SUBMITTED_AT.plusSeconds(3600));
		assertThat(dossier.appointmentAt()).isEqualTo(APPOINTMENT);
		assertThat(dossier.ruleSet()).isEqualTo("ND118-2025.1");
		assertThat(dossier.events()).last().isInstanceOfSatisfying(DossierStatusChanged.class, event -> {
			assertThat(event.previous()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(event.status()).isEqualTo(DossierStatus.RECEIVED);
			assertThat(event.actor()).isEqualTo(DESK);
		});
	}

	@Test
	void anIncompleteDossierNamesEveryMissingItemAndComesBackWhenCompleted() {
		Dossier dossier = aSubmittedDossier();
		dossier.requestCompletion(List.of("Bản sao Giấy chứng nhận đăng ký doanh nghiệp", "Sơ đồ địa điểm kinh doanh"),
				SUBMITTED_AT, DESK);
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
		assertThat(dossier.history()).last().extracting(StatusChange::note)
			.isEqualTo("Bản sao Giấy chứng nhận đăng ký doanh nghiệp; Sơ đồ địa điểm kinh doanh");

		dossier.complete(List.of(DossierDocument.file(1, "Sơ đồ", "f0e1d2c3-0000-4000-8000-000000000001", "b".repeat(64), "so-do.png", "image/png", 10)),
				SUBMITTED_AT.plusSeconds(86_400), DossierFixtures.CITIZEN);
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(dossier.documents()).hasSize(2);
	}

	@Test
	void aRefusalAtReceiptGivesItsReasonAndEndsTheDossier() {
		Dossier dossier = aSubmittedDossier();
		assertThatThrownBy(() -> dossier.refuseAtReceipt(" ", SUBMITTED_AT, DESK))
			.isInstanceOf(IllegalArgumentException.class);
		dossier.refuseAtReceipt("Không thuộc thẩm quyền của Sở Công Thương", SUBMITTED_AT, DESK);
		assertThat(dossier.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
		assertThat(dossier.status().isFinal()).isTrue();
	}

	@Test
	void decisionsAtReceiptAreRefusedOnceTheDossierIsReceivedOrRefused() {
		Dossier received = aSubmittedDossier();
		received.accept(SUBMITTED_AT, APPOINTMENT, "ND118-2025.1", DESK);
		assertThatThrownBy(() -> received.accept(SUBMITTED_AT, APPOINTMENT, "ND118-2025.1", DESK))
			.isInstanceOf(IllegalDossierTransitionException.class);
		assertThatThrownBy(() -> received.requestCompletion(List.of("x"), SUBMITTED_AT, DESK))
			.isInstanceOf(IllegalDossierTransitionException.class);
		assertThatThrownBy(() -> received.refuseAtReceipt("x", SUBMITTED_AT, DESK))
			.isInstanceOf(IllegalDossierTransitionException.class);

		Dossier refused = aSubmittedDossier();
		refused.refuseAtReceipt("Không đủ điều kiện", SUBMITTED_AT, DESK);
		assertThatThrownBy(() -> refused.accept(SUBMITTED_AT, APPOINTMENT, "ND118-2025.1", DESK))
			.isInstanceOf(IllegalDossierTransitionException.class);
	}

	@Test
	void aRequestToSupplementMustNameWhatIsMissing() {
		assertThatThrownBy(() -> aSubmittedDossier().requestCompletion(List.of(), SUBMITTED_AT, DESK))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
