package vn.motcua.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the reception log (sổ tiếp công dân), with the fields of Mẫu 06-TCD (legal-rules
 * §8.3): the serial number (STT), the date, each citizen's name and address, how many came, the
 * content, prior handling by competent bodies, the requests, the result and handling, whether the
 * citizens signed, and the receiving official; and the day the citizen must have an answer.
 */
@Table("reception_record")
public record ReceptionRecord(@Id UUID id, @Version @Nullable Long version, String agencyCode, int serial, LocalDate receivedOn, String citizens,
		int persons, String content, @Nullable String priorHandling, @Nullable String requests,
		@Nullable String resultSummary, boolean citizensSigned, String officerName, LocalDateTime answerDueAt,
		boolean directorSession, Instant recordedAt) {
}
