package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Registration;
import vn.motcua.testing.WebTest;

/** End to end through the whole application: a module's state change reaches the audit trail. */
@WebTest
class AccountRegistrationAuditTests {

	@Autowired
	AccountManagement accounts;
	@Autowired
	AuditTrail trail;

	@Test
	void registeringAnAccountEndsUpInTheAuditTrail() {
		String idNumber = "0790" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		UUID accountId = accounts.register(new Registration(AccountKind.CITIZEN, "Nguyễn Văn Kiểm", idNumber, phone,
				"kiem." + UUID.randomUUID() + "@example.vn", "Kiemtra2026abc"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					trail.entries(new AuditFilter("Account", accountId.toString(), null, null, null, null),
							AuditScope.wholeTrail(), 0, 10).content())
				.singleElement()
				.satisfies(entry -> {
					assertThat(entry.action()).isEqualTo("account.registered");
					assertThat(entry.actor()).isEqualTo(idNumber);
					assertThat(entry.summary()).contains(idNumber);
				}));
		assertThat(trail.verify().valid()).isTrue();
	}
}
