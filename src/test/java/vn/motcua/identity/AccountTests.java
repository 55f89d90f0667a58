package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The account's own lockout rule. */
@Tag("rule")
class AccountTests {

	static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));
	static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

	@Test
	void locksAtTheLimitAndUnlocksWhenTheLockRunsOut() {
		Account account = Account.applicant(AccountKind.CITIZEN, "051090000009", "Ngô Văn Dũng", "0905000009",
				"dung@example.vn", "{noop}x", NOW);
		account.recordFailedSignIn(NOW, POLICY);
		account.recordFailedSignIn(NOW, POLICY);
		assertThat(account.isLockedAt(NOW)).isFalse();

		account.recordFailedSignIn(NOW, POLICY);
		assertThat(account.isLockedAt(NOW)).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		Account account = Account.applicant(AccountKind.CITIZEN, "051090000008", "Ngô Văn Em", "0905000008",
				"em@example.vn", "{noop}x", NOW);
		for (int i = 0; i < 3; i++) {
			account.recordFailedSignIn(NOW, POLICY);
		}
		account.recordFailedSignIn(NOW.plus(Duration.ofMinutes(10)), POLICY);
		assertThat(account.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void officersAreNeverCreatedWithTheApplicantRole() {
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> RoleGrant.officer(Role.APPLICANT, java.util.UUID.randomUUID()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
