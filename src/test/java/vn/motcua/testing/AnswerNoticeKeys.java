package vn.motcua.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The reading key a petition's answer notice carries, for tests that check where it must not appear. */
public final class AnswerNoticeKeys {

	private AnswerNoticeKeys() {
	}

	/** The key in the link of the petition's text message, read from the queue's table as the worker reads it. */
	public static String readingKey(JdbcClient jdbc, String code) {
		String sms = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND channel = 'SMS'")
			.param(code).query(String.class).single();
		return sms.substring(sms.indexOf("&key=") + "&key=".length());
	}
}
