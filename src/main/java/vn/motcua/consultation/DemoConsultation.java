package vn.motcua.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.Attachment;
import vn.motcua.document.AttachmentStore;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;

/**
 * The demo agency's one public draft open for comment, with a small PDF, opened on the first start
 * for the minimum period in force. Loaded after the demo agency, and only while the agency has no
 * consultation, so a restart loads nothing twice. The PDF is a file of the build, not rendered here:
 * rendering it loaded the whole PDF stack and its fonts into a fresh start that serves no PDF yet
 * (1,200 more classes and 24 MB more live heap after warm-up; bench/README.md, thirty-sixth session).
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(1)
class DemoConsultation implements ApplicationRunner {

	static final String TITLE = "Dự thảo Kế hoạch phát triển hệ thống chợ trên địa bàn tỉnh giai đoạn 2026-2030";

	private static final String DRAFT_FILE = "consultation/du-thao-ke-hoach-cho.pdf";

	private static final Logger log = LoggerFactory.getLogger(DemoConsultation.class);

	private final OrganizationManagement organization;
	private final ConsultationRepository consultations;
	private final ConsultationPeriods periods;
	private final AttachmentStore attachments;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DemoConsultation(OrganizationManagement organization, ConsultationRepository consultations,
			ConsultationPeriods periods, AttachmentStore attachments, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.organization = organization;
		this.consultations = consultations;
		this.periods = periods;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Agency agency = organization.homeAgency().orElseThrow(() -> new IllegalStateException("No home agency"));
		if (jdbc.sql("SELECT COUNT(*) FROM consultation WHERE agency_id = ?").param(agency.id()).query(Long.class)
			.single() > 0) {
			log.info("Demo consultation not loaded: agency {} has consultations", agency.code());
			return;
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		int minimum = periods.inForceOn(today).minimumDays(DraftDocumentType.PLAN);
		Consultation consultation = Consultation.prepare(agency.id(), agency.code(), new DraftContent(TITLE,
				DraftDocumentType.PLAN, "Kế hoạch bố trí, nâng cấp và chuyển đổi mô hình quản lý chợ; "
						+ "xin ý kiến người dân, tiểu thương và doanh nghiệp.",
				"Phòng Quản lý Thương mại", ConsultationAudience.PUBLIC, today, today.plusDays(minimum)),
				Actor.SYSTEM.name(), now);
		consultation.addDraftFile(draftFile());
		consultation.open(periods, now);
		consultations.save(consultation);
		for (String change : List.of("prepared", "opened")) {
			events.publishEvent(new ConsultationChanged(Actor.SYSTEM, now, consultation.id(), agency.code(),
					consultation.status(), change));
		}
		log.info("Demo consultation loaded: open for comment until {}", consultation.closesOn());
	}

	private DraftFile draftFile() {
		ClassPathResource file = new ClassPathResource(DRAFT_FILE);
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the demo draft " + DRAFT_FILE, e);
		}
		Attachment stored = attachments.store(file.getFilename(), content);
		return new DraftFile(stored.id(), stored.fileName(), stored.contentType(), stored.size());
	}
}
