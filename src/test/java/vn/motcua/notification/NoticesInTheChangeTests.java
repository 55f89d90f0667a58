package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.StoredPublications;
import vn.motcua.testing.WebTest;

/**
 * A dossier's notices are queued in the transaction of the change they announce (decision 0015):
 * with it when it commits, never when it is rolled back, and without a publication in the event
 * publication registry; what the former outbox listeners left is queued at start-up, once.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class NoticesInTheChangeTests {

	@Autowired
	DossierIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommittedChangeHasItsNoticesWhenItsTransactionEnds() {
		String code = submitted();
		DossierStatusChanged accepted = accepted(code);

		transactions.executeWithoutResult(status -> events.publishEvent(accepted));

		// no waiting: the messages were written before the commit returned
		assertThat(queued(code, Notice.DOSSIER_ACCEPTED)).isEqualTo(2); // e-mail and SMS
	}

	/** Messages pile up by the million: time-ordered keys keep new ones on the last pages of their index. */
	@Test
	void queuedMessagesHaveTimeOrderedKeys() {
		String code = submitted();
		DossierStatusChanged accepted = accepted(code);

		transactions.executeWithoutResult(status -> events.publishEvent(accepted));

		assertThat(jdbc.sql("SELECT id FROM notification_message WHERE record_code = ?").param(code).query(UUID.class).list())
			.isNotEmpty()
			.extracting(UUID::version)
			.containsOnly(7);
	}

	/**
	 * Besides the change's audit entry and the commit: the dossier's contact, the account's (without its
	 * roles), the preferences and the two messages. The notice's templates were kept from the notice
	 * before (read for both channels at once, at most once a minute).
	 */
	@Test
	void aNoticeByEmailAndSmsCostsFiveRoundTripsInTheChange() {
		DossierStatusChanged earlier = accepted(submitted());
		transactions.executeWithoutResult(status -> events.publishEvent(earlier));
		DossierStatusChanged accepted = accepted(submitted());

		List<String> statements = StatementLog
			.record(() -> transactions.execute(status -> {
				events.publishEvent(accepted);
				return null;
			}))
			.stream()
			.map(StatementLog.Executed::sql)
			.toList();

		assertThat(statements).hasSize(7);
		assertThat(statements).filteredOn(sql -> !sql.startsWith("INSERT INTO audit_pending") && !sql.equals("COMMIT"))
			.hasSize(5);
		assertThat(statements).filteredOn(sql -> sql.contains("notification_template")).isEmpty();
		assertThat(statements).filteredOn(sql -> sql.contains("account_role")).isEmpty();
	}

	/** The templates are kept a minute, but an administrator's edit on this instance is used at once. */
	@Test
	void theNextNoticeUsesATemplateSavedOrResetJustBefore(@Autowired NotificationManagement notifications) {
		String first = submitted();
		transactions.executeWithoutResult(status -> events.publishEvent(accepted(first)));
		try {
			notifications.saveTemplate(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi", "Đã nhận {code}",
					"Mẫu sửa lúc thử: {code}");
			String edited = submitted();
			transactions.executeWithoutResult(status -> events.publishEvent(accepted(edited)));
			assertThat(emailBody(edited)).isEqualTo("Mẫu sửa lúc thử: " + edited);
		}
		finally {
			notifications.resetTemplate(Notice.DOSSIER_ACCEPTED, NotificationChannel.EMAIL, "vi");
		}
		String reset = submitted();
		transactions.executeWithoutResult(status -> events.publishEvent(accepted(reset)));
		assertThat(emailBody(reset)).startsWith("Kính gửi").contains(reset).doesNotContain("Mẫu sửa");
	}

	/**
	 * Templates at their length limits, filled with the longest values (the applicant's and the
	 * procedure's names at their limits, a reason at the dossier's note limit), outgrow the message's
	 * columns, and the SMS the gateway's maximum: the message still lands, cut to them with the code and
	 * the link whole, and the change that queues it commits.
	 */
	@Test
	void aNoticeFilledWithTheLongestValuesLandsAndTheChangeCommits(@Autowired NotificationManagement notifications) {
		String code = submitted();
		jdbc.sql("UPDATE dossier SET applicant_name = ?, procedure_name = ? WHERE code = ?")
			.params("Nguyễn Văn An ".repeat(30).substring(0, 300), "Cấp giấy phép ".repeat(40).substring(0, 500), code)
			.update();
		String subject = atLength("Hồ sơ {code} ({procedure}) của {applicant}: ", NotificationTemplate.MAX_SUBJECT_LENGTH);
		String text = "Kính gửi {applicant}, hồ sơ {code} ({procedure}) cần bổ sung: {reason}. Bổ sung: {link}. ";
		int smsLimit = 459; // motcua.notification.sms.max-length's default
		try {
			notifications.saveTemplate(Notice.SUPPLEMENT_REQUESTED, NotificationChannel.EMAIL, "vi", subject,
					atLength(text, NotificationTemplate.MAX_BODY_LENGTH));
			// the SMS template's own words, with the code and link, as long as the SMS may be
			notifications.saveTemplate(Notice.SUPPLEMENT_REQUESTED, NotificationChannel.SMS, "vi", null,
					atLength(text, smsLimit - 45 - 25));
			transactions.executeWithoutResult(status -> events.publishEvent(supplementRequested(code,
					"Thiếu bản sao giấy phép. ".repeat(100).substring(0, Dossier.MAX_NOTE_LENGTH))));
		}
		finally {
			for (NotificationChannel channel : NotificationChannel.values()) {
				notifications.resetTemplate(Notice.SUPPLEMENT_REQUESTED, channel, "vi");
			}
		}

		var messages = jdbc.sql("SELECT subject, body FROM notification_message WHERE record_code = ? AND notice = ?")
			.params(code, Notice.SUPPLEMENT_REQUESTED.name())
			.query((rs, row) -> new String[] { rs.getString("subject"), rs.getString("body") }).list();
		assertThat(messages).hasSize(2).allSatisfy(message -> {
			assertThat(message[1]).hasSizeLessThanOrEqualTo(NotificationTemplate.MAX_BODY_LENGTH)
				.contains("hồ sơ " + code + " (").contains("Bổ sung: http").contains("/my/dossiers/" + code + ". ");
		});
		assertThat(messages).extracting(message -> message[0]).filteredOn(java.util.Objects::nonNull).singleElement()
			.satisfies(emailSubject -> assertThat(emailSubject)
				.hasSizeLessThanOrEqualTo(NotificationTemplate.MAX_SUBJECT_LENGTH).startsWith("Hồ sơ " + code));
		assertThat(messages).filteredOn(message -> message[0] == null).singleElement()
			.satisfies(sms -> assertThat(sms[1]).as("the SMS").hasSizeLessThanOrEqualTo(smsLimit)
				.contains("cần bổ sung: Thiếu").contains("/my/dossiers/" + code));
	}

	/** The text followed by words up to the length. */
	private static String atLength(String text, int length) {
		return (text + "Lời dặn của cơ quan. ".repeat(length / 10)).substring(0, length).strip();
	}

	@Test
	void aChangeRolledBackQueuesNothing() {
		String code = submitted();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(accepted(code));
			status.setRollbackOnly();
		});

		assertThat(queued(code, Notice.DOSSIER_ACCEPTED)).isZero();
	}

	@Test
	void noPublicationIsStoredForANotice() {
		String code = submitted();
		var publications = new StoredPublications(events, transactions, jdbc);
		for (String former : FormerNoticeListeners.FORMER_LISTENERS) {
			assertThat(publications.storedFor(former, accepted(code), code)).isZero();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE 'notification.%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void whatAFormerListenerLeftIsQueuedOnceAtStartUp(@Autowired EventPublicationRegistry registry,
			@Autowired FormerNoticeListeners formerListeners) {
		String code = submitted();
		DossierStatusChanged accepted = accepted(code);
		var former = PublicationTargetIdentifier.of("notification.dossier-status");
		transactions.executeWithoutResult(status -> registry.store(accepted, Stream.of(former)));
		// what the registry's own resubmission on restart does when no listener has the id
		transactions.executeWithoutResult(status -> registry.markFailed(accepted, former));

		assertThat(formerListeners.queue()).isPositive();
		formerListeners.queue();

		assertThat(queued(code, Notice.DOSSIER_ACCEPTED)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + code + "%").query(Long.class).single()).isZero();
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code();
	}

	private DossierStatusChanged accepted(String code) {
		UUID id = jdbc.sql("SELECT id FROM dossier WHERE code = ?").param(code).query(UUID.class).single();
		return new DossierStatusChanged(new Actor("desk"), Instant.now(), id, code, "000.00.31.H55",
				NotificationTesting.ONLINE_PROCEDURE, DossierStatus.SUBMITTED, DossierStatus.RECEIVED, null);
	}

	private DossierStatusChanged supplementRequested(String code, String reason) {
		UUID id = jdbc.sql("SELECT id FROM dossier WHERE code = ?").param(code).query(UUID.class).single();
		return new DossierStatusChanged(new Actor("desk"), Instant.now(), id, code, "000.00.31.H55",
				NotificationTesting.ONLINE_PROCEDURE, DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED, reason);
	}

	private String emailBody(String code) {
		return jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND notice = ? AND channel = ?")
			.params(code, Notice.DOSSIER_ACCEPTED.name(), NotificationChannel.EMAIL.name()).query(String.class).single();
	}

	private long queued(String code, Notice notice) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE record_code = ? AND notice = ?")
			.params(code, notice.name()).query(Long.class).single();
	}
}
