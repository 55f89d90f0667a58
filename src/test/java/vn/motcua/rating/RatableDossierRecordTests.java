package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierStatus;

/**
 * A returned dossier becomes ratable even when the catalogue no longer knows the procedure version
 * it was handled under: its sector is then unknown, and the record is kept all the same.
 */
@SpringBootTest
class RatableDossierRecordTests {

	@Autowired
	RatableDossiers ratableDossiers;

	@Test
	void aDossierOfAnUnknownProcedureVersionIsRecordedWithoutASector() {
		UUID dossierId = UUID.randomUUID();
		var handling = new DossierHandling(dossierId, "T-" + dossierId, "000.00.31.H55", null, "1.000001",
				"Thủ tục thử", UUID.randomUUID(), DossierStatus.RETURNED, Instant.parse("2026-11-20T03:00:00Z"),
				List.of());

		RatableDossier ratable = ratableDossiers.require(handling);

		assertThat(ratable.dossierId()).isEqualTo(dossierId);
		assertThat(ratable.sectorCode()).isNull();
		assertThat(ratable.procedureCode()).isEqualTo("1.000001");
	}
}
