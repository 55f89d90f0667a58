package vn.motcua.testing;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

/**
 * Two new units of the demo's home agency, named after the 2025 reorganisation (the Kon Tum unit is
 * merged into the Quảng Ngãi one), so that merging or splitting them changes no other test's units;
 * officers are added to the Kon Tum unit as the administrator would.
 */
public record UnitsToReorganize(OrganizationManagement organization, Agency agency, Unit konTum, Unit quangNgai) {

	public static UnitsToReorganize create(OrganizationManagement organization) {
		Agency agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		String suffix = " " + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		Unit konTum = organization.addUnit(agency.id(), null, "Phòng Thương mại Kon Tum" + suffix,
				UnitKind.SPECIALIST_UNIT);
		Unit quangNgai = organization.addUnit(agency.id(), null, "Phòng Thương mại Quảng Ngãi" + suffix,
				UnitKind.SPECIALIST_UNIT);
		return new UnitsToReorganize(organization, agency, konTum, quangNgai);
	}

	/** A new officer of the Kon Tum unit holding the roles, signed in with {@link DemoAccounts#PASSWORD}. */
	public Officer officerInKonTum(String fullName, Role... roles) {
		StringBuilder username = new StringBuilder("kt");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		return organization.createOfficer(new OfficerRegistration(agency.id(), konTum.id(), fullName, "Chuyên viên",
				username.toString(), null, null, DemoAccounts.PASSWORD, Set.of(roles), PasswordChosenBy.HOLDER));
	}

	public UUID konTumId() {
		return konTum.id();
	}

	public UUID quangNgaiId() {
		return quangNgai.id();
	}
}
