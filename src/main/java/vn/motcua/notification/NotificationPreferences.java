package vn.motcua.notification;

/** The channels an applicant wants notices on, and the language of the notices. */
public record NotificationPreferences(boolean email, boolean sms, String language) {

	public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, true, "vi");

	/** These channels in that language. */
	public NotificationPreferences in(String language) {
		return new NotificationPreferences(email, sms, language);
	}

	public boolean wants(NotificationChannel channel) {
		return channel == NotificationChannel.EMAIL ? email : sms;
	}
}
