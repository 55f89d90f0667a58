package vn.motcua.notification;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each applicant's channels and language; {@link NotificationPreferences#DEFAULT} until they choose. */
@Component
class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NotificationPreferences of(UUID accountId) {
		return jdbc.sql("SELECT email_enabled, sms_enabled, language FROM notification_preference WHERE account_id = ?")
			.param(accountId)
			.query((rs, row) -> new NotificationPreferences(rs.getBoolean("email_enabled"), rs.getBoolean("sms_enabled"),
					rs.getString("language")))
			.optional()
			.orElse(NotificationPreferences.DEFAULT);
	}

	void save(UUID accountId, NotificationPreferences preferences, Instant now) {
		jdbc.sql("DELETE FROM notification_preference WHERE account_id = ?").param(accountId).update();
		jdbc.sql("""
				INSERT INTO notification_preference (account_id, email_enabled, sms_enabled, language, updated_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(accountId, preferences.email(), preferences.sms(), preferences.language(), MessageQueue.utc(now))
			.update();
	}
}
