package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;
import vn.motcua.testing.StoredPublications;

/**
 * The status notice listener is stored in the event publication registry only for a change that has
 * a notice: the start of processing would otherwise cost a publication written, marked and deleted
 * in every lifecycle, for no message.
 */
@SpringBootTest
class DossierNoticesListenerTests {

	StoredPublications publications;

	@Autowired
	DossierNoticesListenerTests(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.publications = new StoredPublications(events, transactions, jdbc);
	}

	@Test
	void onlyAChangeWithANoticeIsStoredForTheListener() {
		assertThat(publicationsFor(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS)).isZero();
		assertThat(publicationsFor(DossierStatus.IN_PROGRESS, DossierStatus.IN_PROGRESS)).isZero();
		assertThat(publicationsFor(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED)).isZero();
		assertThat(publicationsFor(null, DossierStatus.SUBMITTED)).isOne();
		assertThat(publicationsFor(DossierStatus.SUBMITTED, DossierStatus.RECEIVED)).isOne();
		assertThat(publicationsFor(DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED)).isOne();
		assertThat(publicationsFor(DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED)).isOne();
		assertThat(publicationsFor(DossierStatus.PROCESSED, DossierStatus.RETURNED)).isOne();
	}

	long publicationsFor(DossierStatus previous, DossierStatus status) {
		String code = "T-" + UUID.randomUUID();
		return publications.storedFor("notification.dossier-status", new DossierStatusChanged(Actor.SYSTEM,
				Instant.now(), UUID.randomUUID(), code, "000.00.31.H55", "1.0", previous, status, null), code);
	}
}
