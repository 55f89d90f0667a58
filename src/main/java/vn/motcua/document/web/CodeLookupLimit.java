package vn.motcua.document.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * A verification by dossier code reveals who signed that dossier's result, so it shares the
 * per-client limit of status look-ups: nobody can walk through every code this way either.
 */
@Component
class CodeLookupLimit {

	private final RateLimits limits;

	CodeLookupLimit(RateLimits limits) {
		this.limits = limits;
	}

	void check(@Nullable String code, HttpServletRequest request) {
		if (code != null && !code.isBlank() && !limits.tryAcquire("status-lookup", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
	}
}
