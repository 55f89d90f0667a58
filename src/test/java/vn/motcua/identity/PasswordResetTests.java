package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * A forgotten password: the link goes to the account's own e-mail address and phone, chooses a new
 * password once and only before it expires, lifts a lock of wrong passwords, is withheld from the
 * administrators' view of messages, and the pages never say whether an account exists.
 */
@WebTest
class PasswordResetTests {

	static final String PASSWORD = Citizens.PASSWORD;
	static final String NEW_PASSWORD = "Mat-khau-moi-2027";
	static final Pattern LINK = Pattern.compile("http\\S*(/password-reset/new\\?account=[^&\\s]+&expires=\\d+&key=[\\w-]+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcClient jdbc;

	@Value("${motcua.identity.max-failed-attempts}")
	int maxFailedAttempts;

	private final RequestPostProcessor client = fromAnAddressOfItsOwn();

	@Test
	void theLinkSentToTheAccountsEmailAndPhoneChoosesANewPasswordOnce() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");

		assertThat(ask(idNumber)).hasRedirectedUrl("/password-reset?sent");

		List<Sent> sent = sentTo(idNumber);
		assertThat(sent).extracting(Sent::channel).containsExactlyInAnyOrder("EMAIL", "SMS");
		assertThat(sent).extracting(Sent::recipient).contains("cd." + idNumber + "@example.vn");
		String link = linkIn(sent.get(0).body());
		assertThat(linkIn(sent.get(1).body())).as("one link on both channels").isEqualTo(link);
		assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Đặt mật khẩu mới");

		assertThat(choose(link, "ngan1", "ngan1")).hasStatusOk().bodyText().contains("Mật khẩu quá ngắn");
		assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD + "x")).hasStatusOk().bodyText()
			.contains("Hai lần nhập mật khẩu không khớp nhau");
		assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/login?reset");

		assertThat(Citizens.signIn(mvc, idNumber, PASSWORD)).hasRedirectedUrl("/login?error=bad-credentials");
		assertThat(Citizens.signIn(mvc, idNumber, NEW_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(sentTo(idNumber, "PASSWORD_CHANGED")).as("the holder is told on both channels")
			.extracting(Sent::channel).containsExactlyInAnyOrder("EMAIL", "SMS");
		assertThat(mvc.get().uri(link)).as("used once").hasStatus(410).bodyText().contains("không còn dùng được");
		assertThat(choose(link, "Mat-khau-khac-2028", "Mat-khau-khac-2028")).as("nor sent again").hasStatus(410);
		assertThat(Citizens.signIn(mvc, idNumber, NEW_PASSWORD)).hasRedirectedUrl("/home");
		String accountId = accounts.findByUsername(idNumber).orElseThrow().id().toString();
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", accountId)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson().extractingPath("$.content[*].action").asArray()
			.contains("account.password-reset-requested", "account.password-reset-by-link");
	}

	@Test
	void anUnknownAccountIsAnsweredAlikeAndSentNothing() {
		long before = resetMessages();

		assertThat(ask("079" + digits(9))).hasRedirectedUrl("/password-reset?sent");

		assertThat(resetMessages()).isEqualTo(before);
		assertThat(mvc.get().uri("/password-reset?sent")).bodyText().contains("Nếu thông tin trên khớp với một tài khoản");
		assertThat(mvc.post().uri("/password-reset").param("identifier", " ").with(csrf()).with(client)).hasStatusOk()
			.bodyText().contains("Vui lòng nhập số CCCD");
		assertThat(mvc.post().uri("/password-reset").param("identifier", "0".repeat(201)).with(csrf()).with(client))
			.hasStatusOk().bodyText().contains("dài tối đa 200 ký tự");
	}

	@Test
	void anExpiredOrAlteredLinkOpensNothing() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		UUID account = accounts.findByUsername(idNumber).orElseThrow().id();

		String expired = resets.linkPath(account, Instant.now().minusSeconds(1));
		String valid = resets.linkPath(account, Instant.now().plusSeconds(600));
		String altered = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");

		assertThat(mvc.get().uri(expired)).hasStatus(410);
		assertThat(mvc.get().uri(altered)).hasStatus(410);
		assertThat(choose(altered, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(410);
		assertThat(mvc.get().uri(valid)).hasStatusOk();
		assertThat(Citizens.signIn(mvc, idNumber, PASSWORD)).as("unchanged").hasRedirectedUrl("/home");
	}

	@Test
	void aNewPasswordLiftsTheLockOfWrongPasswords() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		for (int attempt = 1; attempt <= maxFailedAttempts; attempt++) {
			Citizens.signIn(mvc, idNumber, "Sai-mat-khau-1");
		}
		assertThat(Citizens.signIn(mvc, idNumber, PASSWORD)).hasRedirectedUrl("/login?error=locked");

		ask(idNumber);
		assertThat(choose(linkIn(sentTo(idNumber).get(0).body()), NEW_PASSWORD, NEW_PASSWORD))
			.hasRedirectedUrl("/login?reset");

		assertThat(Citizens.signIn(mvc, idNumber, NEW_PASSWORD)).hasRedirectedUrl("/home");
	}

	@Test
	void theAdministratorsViewWithholdsTheKeyAndOneClientMayNotAskWithoutEnd() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		ask(idNumber);
		String key = linkIn(sentTo(idNumber).get(0).body()).replaceFirst(".*key=", "");
		assertThat(mvc.get().uri("/api/v1/admin/notifications/messages").param("code", idNumber)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk().bodyText()
			.contains("key=***").doesNotContain(key);

		for (int request = 2; request <= 10; request++) {
			assertThat(ask("079" + digits(9))).hasRedirectedUrl("/password-reset?sent");
		}
		assertThat(ask(idNumber)).as("the eleventh in an hour").hasStatus(429);
	}

	record Sent(String channel, String recipient, String body) {
	}

	private List<Sent> sentTo(String username) {
		return sentTo(username, "PASSWORD_RESET");
	}

	private List<Sent> sentTo(String username, String notice) {
		return jdbc.sql("SELECT channel, recipient, body FROM notification_message WHERE record_code = ? AND notice = ?")
			.params(username, notice)
			.query((rs, row) -> new Sent(rs.getString("channel"), rs.getString("recipient"), rs.getString("body")))
			.list();
	}

	private long resetMessages() {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE notice = 'PASSWORD_RESET'").query(Long.class).single();
	}

	private static String linkIn(String body) {
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link in %s", body).isTrue();
		return link.group(1);
	}

	private MvcTestResult ask(String identifier) {
		return mvc.post().uri("/password-reset").param("identifier", identifier).with(csrf()).with(client).exchange();
	}

	private MvcTestResult choose(String link, String password, String confirmation) {
		return mvc.post().uri(link).param("newPassword", password).param("newPasswordConfirmation", confirmation)
			.with(csrf()).exchange();
	}

	private static String digits(int count) {
		return RegistrationTests.randomDigits(count);
	}

	/** The rate limit counts per address: each test asks from its own, so that no other test spends its allowance. */
	private static RequestPostProcessor fromAnAddressOfItsOwn() {
		String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
				+ "." + ThreadLocalRandom.current().nextInt(1, 255);
		return ClientAddresses.from(address);
	}
}
