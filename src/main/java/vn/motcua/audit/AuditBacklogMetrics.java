package vn.motcua.audit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.motcua.shared.Backlog;

/**
 * The entries waiting for the audit chain, as metrics ({@code motcua_audit_pending_entries},
 * {@code motcua_audit_pending_oldest_seconds}): the chaining runs every two seconds, so both stay
 * near zero; growing, they say the chaining stopped or fails (docs/operations.md, "Audit").
 */
@Component
class AuditBacklogMetrics implements MeterBinder {

	private final AuditEntries entries;
	private final Clock clock;

	AuditBacklogMetrics(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Backlog.register(registry, "motcua.audit.pending", "entries", "State changes waiting for the audit chain",
				entries::pendingBacklog, clock);
	}
}
