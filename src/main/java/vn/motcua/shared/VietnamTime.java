package vn.motcua.shared;

import java.time.ZoneId;

/** Vietnam's civil time, the time of every deadline and every printed date, whatever the server's. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}
}
