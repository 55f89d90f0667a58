package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountChanged;
import vn.motcua.testing.WebTest;

/**
 * What a removed listener left is handed over once; a publication its handler fails on stays for
 * the next start instead of stopping this one.
 */
@WebTest
class FormerListenersTests {

	@Autowired
	FormerListeners formerListeners;
	@Autowired
	EventPublicationRegistry registry;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicationTheHandlerFailsOnStaysAndTheOthersAreHandled() {
		String listener = "test.former-" + UUID.randomUUID();
		AccountChanged failing = aChange();
		AccountChanged handled = aChange();
		transactions.executeWithoutResult(status -> {
			registry.store(failing, Stream.of(PublicationTargetIdentifier.of(listener)));
			registry.store(handled, Stream.of(PublicationTargetIdentifier.of(listener)));
		});
		List<Object> received = new ArrayList<>();

		int count = formerListeners.handle(listener::equals, event -> {
			if (event.equals(failing)) {
				throw new IllegalStateException("cannot handle it now");
			}
			received.add(event);
		});

		assertThat(count).isOne();
		assertThat(received).containsExactly(handled);
		assertThat(publicationsOf(listener)).isOne();
		assertThat(formerListeners.handle(listener::equals, received::add)).isOne();
		assertThat(received).containsExactly(handled, failing);
		assertThat(publicationsOf(listener)).isZero();
	}

	AccountChanged aChange() {
		return new AccountChanged(new Actor("admin"), Instant.now(), "account.updated", UUID.randomUUID(), "probe");
	}

	long publicationsOf(String listener) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id = ? AND completion_date IS NULL")
			.param(listener).query(Long.class).single();
	}
}
