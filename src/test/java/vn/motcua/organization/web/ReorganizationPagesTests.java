package vn.motcua.organization.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.Role;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.UnitsToReorganize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The agency's administrator merges units and splits one from the agency's pages, and sees the
 * lineage on the unit tree page; an administrator of another agency, and any other role, gets 403 and
 * changes nothing.
 */
class ReorganizationPagesTests extends AdminPagesTestSupport {

	private final String today = LocalDate.now(VietnamTime.ZONE).toString();

	@Test
	void theAdministratorMergesUnitsAndSeesTheLineage() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		Officer officer = units.officerInKonTum("Y Thị Hợp", Role.SPECIALIST);
		String agencyPage = agencyPath(units.agency());
		assertThat(mvc.get().uri(agencyPage + "/merge").with(admin())).hasStatusOk().bodyText()
			.contains("Sáp nhập đơn vị", units.konTum().name());

		MvcTestResult merged = mvc.post().uri(agencyPage + "/merge").with(admin()).with(csrf())
			.param("mergedIds", units.konTumId().toString()).param("successorId", units.quangNgaiId().toString())
			.param("effectiveOn", today).exchange();

		assertThat(merged).hasStatus3xxRedirection().hasRedirectedUrl(agencyPage + "#lineage-heading").flash()
			.containsEntry("notice", "organization.notice.merge-done");
		assertThat(organization.unit(units.konTumId()).inService()).isFalse();
		assertThat(organization.officer(officer.id()).unitId()).isEqualTo(units.quangNgaiId());
		assertThat(mvc.get().uri(agencyPage).with(admin())).hasStatusOk().bodyText()
			.contains("Sáp nhập và chia tách", "Đơn vị đã sáp nhập hoặc chia tách", "1 cán bộ");
		assertThat(mvc.get().uri(agencyPage + "/units/" + units.konTumId()).with(admin())).hasStatusOk().bodyText()
			.contains("Đã thôi hoạt động từ ngày").doesNotContain("Chia tách đơn vị này");
		assertThat(mvc.get().uri("/admin/audit").param("recordId", units.konTumId().toString()).with(admin()))
			.hasStatusOk().bodyText().contains("unit.merge");
	}

	@Test
	void aMergeThatBreaksARuleIsShownBesideItsField() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);

		assertThat(mvc.post().uri(agencyPath(units.agency()) + "/merge").with(admin()).with(csrf())
			.param("mergedIds", units.konTumId().toString()).param("successorId", units.konTumId().toString())
			.param("effectiveOn", today)).hasStatusOk().bodyText()
			.contains("Đơn vị kế thừa không thể là một trong các đơn vị được sáp nhập.");
		assertThat(organization.unit(units.konTumId()).inService()).isTrue();
	}

	@Test
	void theAdministratorSplitsAUnitSayingWhereEachOfficerGoes() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		Unit energy = organization.addUnit(units.agency().id(), null, "Phòng Năng lượng", UnitKind.SPECIALIST_UNIT);
		Officer officer = units.officerInKonTum("A Văn Tách", Role.SPECIALIST);
		String splitPage = agencyPath(units.agency()) + "/units/" + units.konTumId() + "/split";
		assertThat(mvc.get().uri(splitPage).with(admin())).hasStatusOk().bodyText().contains("A Văn Tách");

		assertThat(mvc.post().uri(splitPage).with(admin()).with(csrf())
			.param("successorIds", units.quangNgaiId().toString(), energy.id().toString())
			.param("officerTo[" + officer.id() + "]", energy.id().toString())
			.param("openWorkTo", energy.id().toString()).param("processStepsTo", units.quangNgaiId().toString())
			.param("effectiveOn", today)).hasStatus3xxRedirection();

		assertThat(organization.officer(officer.id()).unitId()).isEqualTo(energy.id());
		assertThat(organization.unit(units.konTumId()).inService()).isFalse();
	}

	@Test
	void anAdministratorOfAnotherAgencyAndOtherRolesAreRefused() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		String otherAdministrator = AnotherAgency.create(organization).officer(Role.ADMINISTRATOR);
		String agencyPage = agencyPath(units.agency());
		String splitPage = agencyPage + "/units/" + units.konTumId() + "/split";

		for (String username : new String[] { otherAdministrator, "specialist", "051090000001" }) {
			assertThat(mvc.get().uri(agencyPage + "/merge").with(signedIn(username))).hasStatus(403);
			assertThat(mvc.get().uri(splitPage).with(signedIn(username))).hasStatus(403);
			assertThat(mvc.post().uri(agencyPage + "/merge").with(signedIn(username)).with(csrf())
				.param("mergedIds", units.konTumId().toString()).param("successorId", units.quangNgaiId().toString())
				.param("effectiveOn", today)).hasStatus(403);
			assertThat(mvc.post().uri(splitPage).with(signedIn(username)).with(csrf())
				.param("successorIds", units.quangNgaiId().toString()).param("effectiveOn", today)).hasStatus(403);
		}
		assertThat(organization.unit(units.konTumId()).inService()).isTrue();
	}
}
