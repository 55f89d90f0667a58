package vn.motcua.organization;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The organization service keeps each agency's unit tree in order and free of cycles, and refuses bad input. */
@WebTest
@RecordApplicationEvents
class OrganizationManagementTests {

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTreeKeepsTheOrderInWhichUnitsWereAddedAtEveryLevel() {
		Agency agency = anAgency();
		Unit office = unit(agency, null, "Văn phòng");
		Unit market = unit(agency, null, "Chi cục");
		Unit team2 = unit(agency, market, "Đội 2");
		Unit trade = unit(agency, null, "Phòng Thương mại");
		Unit team1 = unit(agency, market, "Đội 1");

		List<UnitNode> tree = organization.unitTree(agency.id());

		assertThat(tree).extracting(node -> node.unit().id()).containsExactly(office.id(), market.id(), trade.id());
		assertThat(tree.get(1).children()).extracting(node -> node.unit().id()).containsExactly(team2.id(), team1.id());
		assertThat(tree.get(0).children()).isEmpty();
	}

	@Test
	void anAgencyIsFoundByItsCodeAndListedAsSoonAsItIsCreatedAndAfterAnEditWithItsNewName() {
		String code = unique("T.");
		assertThat(organization.agencyByCode(code)).as("not yet created").isEmpty();
		assertThat(organization.agencies()).as("the list, kept a minute from here").extracting(Agency::code)
			.doesNotContain(code);

		Agency agency = organization.createAgency(code, "Sở Thử", "Quảng Ngãi");
		assertThat(organization.agencyByCode(code)).as("an unknown code is not remembered").contains(agency);
		assertThat(organization.agencies()).contains(agency);

		organization.updateAgency(agency.id(), "Sở Thử Nghiệm", "Quảng Ngãi");
		assertThat(organization.agencyByCode(code)).get().extracting(Agency::name).isEqualTo("Sở Thử Nghiệm");
		assertThat(organization.agencies()).filteredOn(listed -> listed.id().equals(agency.id())).singleElement()
			.extracting(Agency::name).isEqualTo("Sở Thử Nghiệm");
	}

	@Test
	void movingAUnitTakesItsSubUnitsAlong() {
		Agency agency = anAgency();
		Unit market = unit(agency, null, "Chi cục");
		Unit team = unit(agency, market, "Đội 1");
		Unit office = unit(agency, null, "Văn phòng");

		organization.changeUnit(market.id(), "Chi cục", UnitKind.SUB_DEPARTMENT, office.id());

		List<UnitNode> tree = organization.unitTree(agency.id());
		assertThat(tree).singleElement().satisfies(root -> {
			assertThat(root.unit().id()).isEqualTo(office.id());
			assertThat(root.children()).singleElement().satisfies(moved -> {
				assertThat(moved.unit().id()).isEqualTo(market.id());
				assertThat(moved.children()).extracting(node -> node.unit().id()).containsExactly(team.id());
			});
		});
	}

	@Test
	void refusesToMoveAUnitUnderItselfOrAnythingBelowIt() {
		Agency agency = anAgency();
		Unit market = unit(agency, null, "Chi cục");
		Unit team = unit(agency, market, "Đội 1");
		Unit squad = unit(agency, team, "Tổ 1");

		for (Unit parent : List.of(market, team, squad)) {
			assertRefused(() -> organization.changeUnit(market.id(), "Chi cục", UnitKind.SUB_DEPARTMENT, parent.id()),
					"parentId", "organization.unit.parent.cycle");
		}
		assertThat(organization.unit(market.id())).isEqualTo(market);
	}

	@Test
	void refusesAParentOrAnOfficerUnitOfAnotherAgency() {
		Agency agency = anAgency();
		Unit foreign = unit(anAgency(), null, "Văn phòng");
		Unit office = unit(agency, null, "Văn phòng");

		assertRefused(() -> organization.addUnit(agency.id(), foreign.id(), "Đội", UnitKind.TEAM), "parentId",
				"organization.unit.other-agency");
		assertRefused(() -> organization.changeUnit(office.id(), "Văn phòng", UnitKind.OFFICE, foreign.id()),
				"parentId", "organization.unit.other-agency");
		assertRefused(() -> organization.createOfficer(registration(agency, foreign, unique("u"), Set.of(Role.SPECIALIST))),
				"unitId", "organization.unit.other-agency");
		assertThat(organization.units(agency.id())).containsExactly(office);
		assertThat(organization.officers(agency.id())).isEmpty();
	}

	/**
	 * An agency whose code was kept in lower case before codes were upper-cased (decision 0046) is found by
	 * its code in any case, and no new agency takes that code in another case; of two such codes that differ
	 * only in case, each is found by itself.
	 */
	@Test
	void anAgencyKeptInLowerCaseIsFoundInEveryCaseAndItsCodeIsTakenInEveryCase() {
		String lower = unique("t.h");
		UUID kept = keptBefore(lower);
		assertThat(organization.agencyByCode(lower.toUpperCase(Locale.ROOT))).get().extracting(Agency::id).isEqualTo(kept);
		assertRefused(() -> organization.createAgency(lower.toUpperCase(Locale.ROOT), "Sở khác", "Huế"), "code",
				"organization.agency.code.duplicate");

		String mixed = lower.substring(0, 2) + lower.substring(2).toUpperCase(Locale.ROOT);
		UUID twin = keptBefore(mixed);
		assertThat(organization.agencyByCode(lower)).get().extracting(Agency::id).isEqualTo(kept);
		assertThat(organization.agencyByCode(mixed)).get().extracting(Agency::id).isEqualTo(twin);
	}

	private UUID keptBefore(String code) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO agency (id, version, code, name, province) VALUES (?, 1, ?, 'Sở cũ', 'Huế')")
			.params(id, code).update();
		return id;
	}

	@Test
	void refusesBlankNamesAndADuplicateCode() {
		Agency agency = anAgency();
		Unit office = unit(agency, null, "Văn phòng");

		assertRefused(() -> organization.createAgency(unique("C."), " ", "Huế"), "name", "organization.name.required");
		assertRefused(() -> organization.createAgency(agency.code(), "Sở khác", "Huế"), "code",
				"organization.agency.code.duplicate");
		assertRefused(() -> organization.createAgency("000 00", "Sở khác", "Huế"), "code", "organization.agency.code.invalid");
		assertRefused(() -> organization.updateAgency(agency.id(), "Tên", ""), "province", "organization.province.required");
		assertRefused(() -> organization.addUnit(agency.id(), null, "\t", UnitKind.OFFICE), "name",
				"organization.name.required");
		assertRefused(() -> organization.changeUnit(office.id(), "", UnitKind.OFFICE, null), "name",
				"organization.name.required");
		assertThat(organization.agency(agency.id())).isEqualTo(agency);
		assertThat(organization.units(agency.id())).containsExactly(office);
	}

	@Test
	void refusesAMalformedUsernameAndRolesThatAreNoOfficersRoles() {
		Agency agency = anAgency();
		Unit office = unit(agency, null, "Văn phòng");

		assertRefused(() -> organization.createOfficer(registration(agency, office, "Nguyen Van A", Set.of(Role.SPECIALIST))),
				"username", "identity.username.invalid");
		assertRefused(() -> organization.createOfficer(registration(agency, office, "051090000009", Set.of(Role.SPECIALIST))),
				"username", "identity.username.invalid");
		assertRefused(() -> organization.createOfficer(registration(agency, office, unique("u"), Set.of())), "roles",
				"organization.roles.required");
		assertRefused(() -> organization.createOfficer(registration(agency, office, unique("u"), Set.of(Role.APPLICANT))),
				"roles", "organization.officer.roles.officer-only");
		assertThat(organization.officers(agency.id())).isEmpty();
	}

	/** With the agency's code, whose People's Inspection Board reads the entries (decision 0051). */
	@Test
	void everyChangeIsPublishedForTheAuditTrail() {
		Agency agency = anAgency();
		Unit office = unit(agency, null, "Văn phòng");
		organization.changeUnit(office.id(), "Văn phòng Sở", UnitKind.OFFICE, null);
		Officer officer = organization.createOfficer(registration(agency, office, unique("u"), Set.of(Role.SPECIALIST)));

		assertThat(events.stream(OrganizationChanged.class))
			.extracting(OrganizationChanged::action, OrganizationChanged::recordId, OrganizationChanged::agencyCode)
			.contains(tuple("agency.created", agency.id().toString(), agency.code()),
					tuple("unit.created", office.id().toString(), agency.code()),
					tuple("unit.updated", office.id().toString(), agency.code()),
					tuple("officer.created", officer.id().toString(), agency.code()));
	}

	private Agency anAgency() {
		return organization.createAgency(unique("S."), "Sở thử nghiệm", "Quảng Ngãi");
	}

	private Unit unit(Agency agency, @Nullable Unit parent, String name) {
		return organization.addUnit(agency.id(), parent == null ? null : parent.id(), name, UnitKind.SPECIALIST_UNIT);
	}

	private static OfficerRegistration registration(Agency agency, Unit unit, String username, Set<Role> roles) {
		return new OfficerRegistration(agency.id(), unit.id(), "Cán bộ thử", "Chuyên viên", username, null, null,
				"Cuaso2026x", roles, PasswordChosenBy.SOMEONE_ELSE);
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
	}

	private static void assertRefused(Runnable change, String field, String messageKey) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidFieldException.class, violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.messageKey()).isEqualTo(messageKey);
		});
	}
}
