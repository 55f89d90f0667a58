package vn.motcua.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A returned dossier becomes ratable even when the catalogue no longer knows the procedure version
 * it was handled under: its sector is then unknown, and the record is kept all the same. Its
 * handlers are named as the organization knows them, in a fixed number of queries.
 */
@WebTest
class RatableDossierRecordTests {

	@Autowired
	RatableDossiers ratableDossiers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

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

	@Test
	void everyHandlerIsNamedWithTheirUnitAndMoreHandlersCostNoMoreQueries() {
		List<String> demoOfficers = List.of("desk", "specialist", "unithead", "leader", "records");
		List<String> handlers = new ArrayList<>(demoOfficers);
		handlers.add("no-such-user");
		handlers.add("051090000001"); // the demo citizen: an account of no officer

		List<StatementLog.Executed> many = StatementLog.record(() -> ratableDossiers.require(returned(handlers)));
		List<StatementLog.Executed> one = StatementLog.record(() -> ratableDossiers.require(returned(List.of("desk"))));

		assertThat(queries(many)).as("queries for seven handlers against one").isEqualTo(queries(one));
		RatableDossier ratable = ratableDossiers.require(returned(handlers));
		assertThat(ratable.handlers()).extracting(RatableDossier.Handler::username).containsExactlyElementsOf(handlers);
		for (RatableDossier.Handler handler : ratable.handlers().subList(0, demoOfficers.size())) {
			Officer officer = organization
				.officerOfAccount(accounts.findByUsername(handler.username()).orElseThrow().id())
				.orElseThrow();
			assertThat(handler.fullName()).isEqualTo(officer.fullName());
			assertThat(handler.unitId()).isEqualTo(officer.unitId());
			assertThat(handler.unitName()).isEqualTo(organization.unit(officer.unitId()).name());
		}
		RatableDossier.Handler unknown = ratable.handlers().get(demoOfficers.size());
		assertThat(unknown.fullName()).isEqualTo("no-such-user");
		assertThat(unknown.unitId()).isNull();
		RatableDossier.Handler citizen = ratable.handlers().get(demoOfficers.size() + 1);
		assertThat(citizen.fullName()).isEqualTo(accounts.findByUsername("051090000001").orElseThrow().displayName());
		assertThat(citizen.unitName()).isNull();
	}

	private static DossierHandling returned(List<String> handlers) {
		UUID dossierId = UUID.randomUUID();
		return new DossierHandling(dossierId, "T-" + dossierId, "000.00.31.H55", null, "1.000001", "Thủ tục thử",
				UUID.randomUUID(), DossierStatus.RETURNED, Instant.parse("2026-11-20T03:00:00Z"), handlers);
	}

	private static long queries(List<StatementLog.Executed> executed) {
		return executed.stream().filter(StatementLog.Executed::isQuery).count();
	}
}
