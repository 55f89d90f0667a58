package vn.motcua.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;

/**
 * The demo agency's two publications, one public and one to its officers, published on the first
 * start for their category's minimum period in force. Text only, so that loading them costs two
 * inserts and no file rendering. Loaded after the demo agency, and only while the agency has no
 * publication, so a restart loads nothing twice.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(1)
class DemoDisclosures implements ApplicationRunner {

	static final String PUBLIC_TITLE = "Công khai dự toán ngân sách nhà nước năm 2026 của Sở Công Thương";
	static final String STAFF_TITLE = "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosures.class);

	private final OrganizationManagement organization;
	private final DisclosureRepository disclosures;
	private final DisclosureRules rules;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DemoDisclosures(OrganizationManagement organization, DisclosureRepository disclosures, DisclosureRules rules,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.organization = organization;
		this.disclosures = disclosures;
		this.rules = rules;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Agency agency = organization.homeAgency().orElseThrow(() -> new IllegalStateException("No home agency"));
		if (jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE agency_id = ?").param(agency.id()).query(Long.class)
			.single() > 0) {
			log.info("Demo publications not loaded: agency {} has publications", agency.code());
			return;
		}
		publish(agency, PUBLIC_TITLE, "BUDGET", DisclosureAudience.PUBLIC,
				"Sở Công Thương công khai dự toán thu, chi ngân sách nhà nước năm 2026 được giao: chi thường xuyên, "
						+ "chi sự nghiệp và các nhiệm vụ chi đặc thù, kèm thuyết minh.");
		publish(agency, STAFF_TITLE, "TRAINING", DisclosureAudience.STAFF,
				"Kế hoạch cử cán bộ, công chức tham gia các lớp bồi dưỡng kiến thức quản lý nhà nước, chuyển đổi số "
						+ "và ngoại ngữ năm 2026. Cán bộ, công chức xem và xác nhận đã xem.");
		log.info("Demo publications loaded: one public, one to the officers");
	}

	private void publish(Agency agency, String title, String category, DisclosureAudience audience, String body) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		int minimum = rules.inForceOn(today).category(category).orElseThrow().minimumDays();
		Disclosure disclosure = Disclosure.prepare(agency.id(), agency.code(), new DisclosureContent(title, category,
				audience, body, today, today.plusDays(minimum - 1L)), Actor.SYSTEM.name(), now);
		disclosure.publish(rules, Actor.SYSTEM.name(), now);
		disclosures.save(disclosure);
		for (String change : List.of("prepared", "published")) {
			events.publishEvent(new DisclosureChanged(Actor.SYSTEM, now, disclosure.id(), agency.code(),
					disclosure.status(), change));
		}
	}
}
