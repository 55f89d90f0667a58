package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.shared.Actor;

@Tag("rule")
class ChainHashTests {

	static final UUID ID = UUID.fromString("3f1c2b6e-8d4a-4c1e-9b2f-6a7d8e9f0a1b");
	static final String AGENCY = "000.00.31.H55";

	/** An entry of no agency: encoded and hashed as every entry was before entries had one. */
	static AuditEntry anEntry() {
		return anEntryOf(null);
	}

	@Test
	void encodesEveryFieldAsANetstringOfItsUtf8BytesWithInstantsInIsoUtcToTheMicrosecond() {
		assertThat(ChainHash.canonical(anEntry())).isEqualTo("15:motcua-audit-v1,1:7,"
				+ "36:3f1c2b6e-8d4a-4c1e-9b2f-6a7d8e9f0a1b,27:2026-01-02T03:04:05.123456Z,20:2026-01-02T03:04:06Z,"
				+ "5:admin,15:account.created,7:Account,2:42,18:Tạo tài khoản,64:" + "0".repeat(64) + ",");
	}

	@Test
	void hashIsTheLowerCaseHexSha256OfTheEncoding() {
		// computed independently: printf '%s' "<the encoding above>" | sha256sum
		assertThat(anEntry().hash()).isEqualTo("a7b47d4fbda2f94de62215823a9b6ddd784c61864bb59385d0fb7664de8d8473");
		assertThat(anEntry().isIntact()).isTrue();
	}

	@Test
	void genesisPreviousHashIsSixtyFourZeros() {
		assertThat(AuditEntry.GENESIS_HASH).hasSize(64).matches("0+");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void changingAnyFieldChangesTheHash(String field, UnaryOperator<AuditEntry> change) {
		AuditEntry original = anEntry();
		AuditEntry changed = change.apply(original);

		assertThat(ChainHash.of(changed)).isNotEqualTo(original.hash());
		assertThat(changed.isIntact()).isFalse();
	}

	static Stream<Arguments> changes() {
		return Stream.of(
				change("sequence", e -> new AuditEntry(8, e.id(), e.occurredAt(), e.recordedAt(), e.actor(), e.action(),
						e.recordType(), e.recordId(), e.summary(), e.previousHash(), e.hash(), e.agencyCode())),
				change("id", e -> new AuditEntry(e.sequence(), UUID.randomUUID(), e.occurredAt(), e.recordedAt(),
						e.actor(), e.action(), e.recordType(), e.recordId(), e.summary(), e.previousHash(), e.hash(),
						e.agencyCode())),
				change("occurredAt", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt().plusNanos(1000),
						e.recordedAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.summary(),
						e.previousHash(), e.hash(), e.agencyCode())),
				change("recordedAt", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(),
						e.recordedAt().plusSeconds(1), e.actor(), e.action(), e.recordType(), e.recordId(), e.summary(),
						e.previousHash(), e.hash(), e.agencyCode())),
				change("actor", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), "admin2",
						e.action(), e.recordType(), e.recordId(), e.summary(), e.previousHash(), e.hash(), e.agencyCode())),
				change("action", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), e.actor(),
						"account.updated", e.recordType(), e.recordId(), e.summary(), e.previousHash(), e.hash(),
						e.agencyCode())),
				change("recordType", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(),
						e.actor(), e.action(), "Unit", e.recordId(), e.summary(), e.previousHash(), e.hash(),
						e.agencyCode())),
				change("recordId", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), e.actor(),
						e.action(), e.recordType(), "43", e.summary(), e.previousHash(), e.hash(), e.agencyCode())),
				change("summary", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), e.actor(),
						e.action(), e.recordType(), e.recordId(), "Tạo tài khoan", e.previousHash(), e.hash(),
						e.agencyCode())),
				change("previousHash", e -> new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(),
						e.actor(), e.action(), e.recordType(), e.recordId(), e.summary(), "1".repeat(64), e.hash(),
						e.agencyCode())),
				change("agencyCode given to an entry of none", e -> withAgency(e, AGENCY)));
	}

	/** Decision 0051: an entry of one agency's work hashes its agency's code, after the summary. */
	@Test
	void anEntryOfAnAgencyEncodesItsCodeUnderTheSecondVersion() {
		assertThat(ChainHash.canonical(anEntryOf(AGENCY))).isEqualTo("15:motcua-audit-v2,1:7,"
				+ "36:3f1c2b6e-8d4a-4c1e-9b2f-6a7d8e9f0a1b,27:2026-01-02T03:04:05.123456Z,20:2026-01-02T03:04:06Z,"
				+ "5:admin,15:account.created,7:Account,2:42,18:Tạo tài khoản,13:000.00.31.H55,64:" + "0".repeat(64)
				+ ",");
		assertThat(anEntryOf(AGENCY).isIntact()).isTrue();
	}

	/** Moving an entry out of its board's sight, or into another's, breaks it. */
	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "000.00.21.H55", "000.00.31.h55" })
	void changingOrRemovingTheAgencyChangesTheHash(@Nullable String otherAgency) {
		AuditEntry original = anEntryOf(AGENCY);

		assertThat(withAgency(original, otherAgency).isIntact()).isFalse();
	}

	private static AuditEntry anEntryOf(@Nullable String agencyCode) {
		var event = new SensitiveRead(new Actor("admin"), Instant.parse("2026-01-02T03:04:05.123456789Z"),
				"account.created", "Account", "42", "Tạo tài khoản", agencyCode);
		return AuditEntry.chained(7, ID, event, Instant.parse("2026-01-02T03:04:06Z"), AuditEntry.GENESIS_HASH);
	}

	private static AuditEntry withAgency(AuditEntry e, @Nullable String agencyCode) {
		return new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), e.actor(), e.action(),
				e.recordType(), e.recordId(), e.summary(), e.previousHash(), e.hash(), agencyCode);
	}

	@Test
	void movingTextFromOneFieldToTheNextChangesTheHash() {
		AuditEntry e = anEntry();
		AuditEntry shifted = new AuditEntry(e.sequence(), e.id(), e.occurredAt(), e.recordedAt(), "admina",
				"ccount.created", e.recordType(), e.recordId(), e.summary(), e.previousHash(), "", null);

		assertThat(ChainHash.of(shifted)).isNotEqualTo(e.hash());
	}

	private static Arguments change(String field, UnaryOperator<AuditEntry> change) {
		return Arguments.of(field, change);
	}
}
