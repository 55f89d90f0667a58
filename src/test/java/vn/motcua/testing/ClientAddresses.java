package vn.motcua.testing;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests from a client address of a test class's own. What the public may send (petitions, bookings,
 * look-ups) is limited per address and minute, and every test class of a context shares the default
 * address: a class that sends many requests takes the others' share unless it sends from its own.
 */
public final class ClientAddresses {

	private ClientAddresses() {
	}

	/** Sends the request from that address (documentation ranges, 192.0.2.0/24 or 2001:db8::/32, keep clear of real ones). */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
