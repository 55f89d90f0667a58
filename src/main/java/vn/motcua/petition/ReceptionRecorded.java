package vn.motcua.petition;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** A line was written in the reception log; the audit trail records it (without the citizens' names). */
public record ReceptionRecorded(Actor actor, Instant occurredAt, String agencyCode, int serial)
		implements AuditableEvent {

	@Override
	public String action() {
		return "reception.recorded";
	}

	@Override
	public String recordType() {
		return "ReceptionRecord";
	}

	@Override
	public String recordId() {
		return agencyCode + "/" + serial;
	}

	@Override
	public String summary() {
		return "Reception log line " + serial + " written";
	}
}
