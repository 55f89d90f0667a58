package vn.motcua.demo;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Registration;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyContact;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

/**
 * The demo agency: Sở Công Thương tỉnh Quảng Ngãi after the 2025 merger (seed 004: five units and
 * the Market Surveillance sub-department with two units and six teams). Its code is made up for
 * the demo. Loaded in one transaction when the agency does not exist yet, so a restart loads
 * nothing twice and a failure leaves nothing half-loaded.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

	/** The password of every demo account, listed in README. */
	static final String PASSWORD = "Demo@12345";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final DemoProperties properties;

	DemoData(OrganizationManagement organization, AccountManagement accounts, DemoProperties properties) {
		this.organization = organization;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organization.agencyByCode(properties.agencyCode()).isPresent()) {
			log.info("Demo data already loaded (agency {}), nothing to do", properties.agencyCode());
			return;
		}
		Agency agency = organization.createAgency(properties.agencyCode(), "Sở Công Thương tỉnh Quảng Ngãi",
				"Quảng Ngãi");
		UUID id = agency.id();
		// marked as sample data: a demo must not send anyone to a real address or number
		organization.changeContact(new AgencyContact(id, null, "Số 1 đường Mẫu, tỉnh Quảng Ngãi (dữ liệu mẫu)",
				"Quầy của Sở, Trung tâm Phục vụ hành chính công tỉnh (dữ liệu mẫu)", "0255 0000 000", "motcua@example.vn",
				null, null));
		Unit office = organization.addUnit(id, null, "Văn phòng Sở", UnitKind.OFFICE);
		organization.addUnit(id, null, "Phòng Kế hoạch - Tài chính - Tổng hợp", UnitKind.SPECIALIST_UNIT);
		Unit industry = organization.addUnit(id, null, "Phòng Quản lý Công nghiệp", UnitKind.SPECIALIST_UNIT);
		organization.addUnit(id, null, "Phòng Quản lý Năng lượng", UnitKind.SPECIALIST_UNIT);
		Unit trade = organization.addUnit(id, null, "Phòng Quản lý Thương mại", UnitKind.SPECIALIST_UNIT);
		Unit market = organization.addUnit(id, null, "Chi cục Quản lý thị trường", UnitKind.SUB_DEPARTMENT);
		organization.addUnit(id, market.id(), "Phòng Tổng hợp - Hành chính", UnitKind.SPECIALIST_UNIT);
		Unit inspection = organization.addUnit(id, market.id(), "Phòng Nghiệp vụ - Thanh tra", UnitKind.SPECIALIST_UNIT);
		for (int team = 1; team <= 6; team++) {
			organization.addUnit(id, market.id(), "Đội Quản lý thị trường số " + team, UnitKind.TEAM);
		}

		officer(agency, office, "Lê Thị Hồng", "Công chức Bộ phận Một cửa", "desk", Role.RECEPTION_OFFICER);
		officer(agency, trade, "Phạm Văn Minh", "Chuyên viên", "specialist", Role.SPECIALIST);
		officer(agency, trade, "Võ Thị Lan", "Trưởng phòng", "unithead", Role.UNIT_HEAD);
		officer(agency, office, "Nguyễn Đức Thành", "Phó Giám đốc Sở", "leader", Role.AGENCY_LEADER);
		officer(agency, office, "Đặng Thị Mai", "Văn thư", "records", Role.RECORDS_OFFICER);
		officer(agency, inspection, "Huỳnh Văn Tâm", "Trưởng Ban thanh tra nhân dân", "inspector",
				Role.PEOPLES_INSPECTOR);
		officer(agency, industry, "Trần Quốc Bảo", "Quản trị hệ thống", "admin", Role.ADMINISTRATOR);

		accounts.register(new Registration(AccountKind.CITIZEN, "Nguyễn Văn An", "051090000001", "0905000001",
				"an.nguyen@example.vn", PASSWORD));
		accounts.register(new Registration(AccountKind.CITIZEN, "Trần Thị Bình", "051095000002", "0905000002",
				"binh.tran@example.vn", PASSWORD));
		accounts.register(new Registration(AccountKind.BUSINESS, "Công ty TNHH Xăng dầu Sông Trà", "4300123456",
				"02553000003", "lienhe@xangdausongtra.example.vn", PASSWORD));
		log.info("Demo data loaded: agency {} with {} units, 7 officers, 3 applicants", properties.agencyCode(),
				organization.units(id).size());
	}

	/**
	 * An officer whose password is taken as their own: the demo's password is published (README) so that anyone may
	 * try each role, which an officer made to choose a new one at the first sign-in would take from the next visitor.
	 */
	private void officer(Agency agency, Unit unit, String name, String position, String username, Role role) {
		organization.createOfficer(new OfficerRegistration(agency.id(), unit.id(), name, position, username, null,
				username + "@sct.example.vn", PASSWORD, Set.of(role), PasswordChosenBy.HOLDER));
	}
}
