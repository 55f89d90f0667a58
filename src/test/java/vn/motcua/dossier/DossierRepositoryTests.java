package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A dossier with its applicant, documents and history survives a round trip through the database. */
@SpringBootTest
class DossierRepositoryTests {

	@Autowired
	DossierRepository dossiers;

	@Test
	void storesAndLoadsADossierWhole() {
		Dossier dossier = DossierFixtures.aSubmittedDossier();
		dossier.accept(DossierFixtures.SUBMITTED_AT, LocalDateTime.of(2026, 12, 7, 9, 0), "ND118-2025.1",
				DossierFixtures.DESK);
		dossiers.save(dossier);

		Dossier loaded = dossiers.findByCode(dossier.code()).orElseThrow();
		assertThat(loaded).usingRecursiveComparison().ignoringFields("version", "events").isEqualTo(dossier);
		assertThat(loaded.applicant().name()).isEqualTo("Nguyễn Văn An");
		assertThat(loaded.history()).extracting(StatusChange::status)
			.containsExactly(DossierStatus.SUBMITTED, DossierStatus.RECEIVED);
	}
}
