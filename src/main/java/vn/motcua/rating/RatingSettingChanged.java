package vn.motcua.rating;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An agency started or stopped asking applicants for the nine indicators. */
public record RatingSettingChanged(Actor actor, Instant occurredAt, String agencyCode, boolean asksIndicators)
		implements AuditableEvent {

	@Override
	public String action() {
		return "rating.setting.changed";
	}

	@Override
	public String recordType() {
		return "Agency";
	}

	@Override
	public String recordId() {
		return agencyCode;
	}

	@Override
	public String summary() {
		return "Agency " + agencyCode + (asksIndicators ? " asks" : " does not ask") + " for the nine indicators";
	}
}
