package vn.motcua.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;

/** What the notification tests share: an online submission of the demo catalog, and a free port. */
final class NotificationTesting {

	/** "Cấp thẻ Kiểm tra viên điện lực": offered online to citizens, four mandatory documents. */
	static final String ONLINE_PROCEDURE = "1.013043.000.00.00.H55";

	private NotificationTesting() {
	}

	static OnlineSubmission anOnlineSubmission() {
		return new OnlineSubmission(ONLINE_PROCEDURE, "Quảng Ngãi", ResultDelivery.AT_DESK, null, null,
				List.of(new UploadedFile(0, "don-de-nghi.pdf", pdf()), new UploadedFile(1, "cccd.png", png()),
						new UploadedFile(2, "van-bang.pdf", pdf()), new UploadedFile(3, "anh-3x4.png", png())));
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The settings with another rate limit, the rest as configured. */
	static NotificationProperties with(NotificationProperties properties, NotificationProperties.RateLimit rateLimit) {
		return new NotificationProperties(properties.worker(), properties.retry(), rateLimit, properties.mail(),
				properties.sms(), properties.stepWarning(), properties.appointmentReminder(), properties.retention());
	}

	/** The settings with another retention, the rest as configured. */
	static NotificationProperties with(NotificationProperties properties, NotificationProperties.Retention retention) {
		return new NotificationProperties(properties.worker(), properties.retry(), properties.rateLimit(),
				properties.mail(), properties.sms(), properties.stepWarning(), properties.appointmentReminder(), retention);
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
	}
}
