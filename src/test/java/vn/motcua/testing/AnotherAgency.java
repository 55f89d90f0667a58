package vn.motcua.testing;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitKind;

/**
 * A new agency of the province, Sở Xây dựng, besides the demo's home agency (Sở Công Thương), with one
 * unit, whose officers a test adds as the administrator would: each holding their roles in this agency
 * only, signed in by the returned user name and {@link DemoAccounts#PASSWORD}, taken as their own (not one they
 * must replace first).
 */
public final class AnotherAgency {

	private final OrganizationManagement organization;
	private final Agency agency;
	private final UUID unitId;

	private AnotherAgency(OrganizationManagement organization, Agency agency, UUID unitId) {
		this.organization = organization;
		this.agency = agency;
		this.unitId = unitId;
	}

	public static AnotherAgency create(OrganizationManagement organization) {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return of(organization, organization.createAgency("000.00.21.H55-" + suffix,
				"Sở Xây dựng tỉnh Quảng Ngãi", "Quảng Ngãi"));
	}

	/** An agency made otherwise (one kept as an older release kept it, say), given a unit as {@link #create} does. */
	public static AnotherAgency of(OrganizationManagement organization, Agency agency) {
		var unit = organization.addUnit(agency.id(), null, "Phòng Quản lý thương mại", UnitKind.SPECIALIST_UNIT);
		return new AnotherAgency(organization, agency, unit.id());
	}

	public Agency agency() {
		return agency;
	}

	/** A new officer of the agency holding the roles there; their user name. */
	public String officer(Role... roles) {
		StringBuilder username = new StringBuilder("ct");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		organization.createOfficer(new OfficerRegistration(agency.id(), unitId, "Phan Văn Thương", "Trưởng phòng",
				username.toString(), null, null, DemoAccounts.PASSWORD, Set.of(roles), PasswordChosenBy.HOLDER));
		return username.toString();
	}

	/** A new officer of the agency holding the roles there, signed in. */
	public CurrentUser signedIn(AccountManagement accounts, Role... roles) {
		return DemoAccounts.signedIn(accounts, officer(roles));
	}
}
