package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;
import vn.motcua.testing.StoredPublications;
import vn.motcua.testing.WebTest;

/**
 * The ratable-dossier listener is stored in the event publication registry only for a return: every
 * other status change of a lifecycle would cost a publication written, marked and deleted for
 * nothing. Each event is published in a transaction that is rolled back, and the registry's rows are
 * read inside it.
 */
@WebTest
class RatableListenerTests {

	StoredPublications publications;

	@Autowired
	RatableListenerTests(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.publications = new StoredPublications(events, transactions, jdbc);
	}

	@Test
	void onlyAReturnIsStoredForTheListener() {
		assertThat(publicationsFor(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)).isZero();
		assertThat(publicationsFor(DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED)).isZero();
		assertThat(publicationsFor(DossierStatus.RETURNED, DossierStatus.RETURNED)).isZero();
		assertThat(publicationsFor(null, DossierStatus.SUBMITTED)).isZero();
		assertThat(publicationsFor(DossierStatus.PROCESSED, DossierStatus.RETURNED)).isOne();
	}

	long publicationsFor(DossierStatus previous, DossierStatus status) {
		String code = "T-" + UUID.randomUUID();
		return publications.storedFor("rating.ratable", new DossierStatusChanged(Actor.SYSTEM, Instant.now(),
				UUID.randomUUID(), code, "000.00.31.H55", "1.0", previous, status, null), code);
	}
}
