package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.DossierApologized;
import vn.motcua.testing.WebTest;

/**
 * The application's JSON writes times as the API promises, and what the event publication registry
 * stores with it (or stored before, in UTC) reads back as the same instant and the same local time.
 */
@WebTest
class ApiTimeMapperTests {

	static final Instant OCCURRED = Instant.parse("2026-03-31T16:30:00.123456Z");
	static final LocalDateTime NEW_APPOINTMENT = LocalDateTime.parse("2026-04-07T09:00");

	@Autowired
	JsonMapper json;
	@Autowired
	EventSerializer events;

	final DossierApologized apology = new DossierApologized(OCCURRED, UUID.randomUUID(), "000.00.31.H55-260331-0001",
			"Chờ ý kiến của Sở Xây dựng", NEW_APPOINTMENT);

	@Test
	void theApplicationsMapperWritesEveryTimeInVietnamsTimeWithItsOffset() {
		assertThat(json.writeValueAsString(apology)).contains("\"occurredAt\":\"2026-03-31T23:30:00.123456+07:00\"")
			.contains("\"newAppointmentAt\":\"2026-04-07T09:00:00+07:00\"");
	}

	@Test
	void anEventStoredByThePublicationRegistryReadsBackUnchanged() {
		Object stored = events.serialize(apology);

		assertThat(stored.toString()).contains("+07:00");
		assertThat(events.deserialize(stored, DossierApologized.class)).isEqualTo(apology);
	}

	@Test
	void anEventStoredBeforeInUtcReadsBackAsTheSameInstant() {
		String storedBefore = json.writeValueAsString(apology)
			.replace("2026-03-31T23:30:00.123456+07:00", "2026-03-31T16:30:00.123456Z")
			.replace("2026-04-07T09:00:00+07:00", "2026-04-07T09:00:00");

		assertThat(events.deserialize(storedBefore, DossierApologized.class)).isEqualTo(apology);
	}
}
