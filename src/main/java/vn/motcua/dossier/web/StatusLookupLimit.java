package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/** The per-client limit of status look-ups, shared by the page and the API. */
@Component
class StatusLookupLimit {

	private final RateLimits limits;

	StatusLookupLimit(RateLimits limits) {
		this.limits = limits;
	}

	void check(HttpServletRequest request) {
		if (!limits.tryAcquire("status-lookup", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
	}
}
