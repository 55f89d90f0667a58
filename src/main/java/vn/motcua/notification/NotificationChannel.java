package vn.motcua.notification;

/** How a message reaches its recipient. */
public enum NotificationChannel {
	EMAIL,
	SMS
}
