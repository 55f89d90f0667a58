package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.shared.RateLimits;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.WebTest;

/**
 * Wrong passwords from one client address, on the form and the API together, are limited: past the allowance
 * the address signs in no more, even with a right password, while other addresses sign in as before.
 */
@WebTest
class SignInLimitTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RateLimits limits;

	@Autowired
	RateLimits.Settings settings;

	@Test
	void anAddressPastItsWrongPasswordsSignsInNoMoreOnTheFormOrTheApiWhileAnotherDoes() {
		String address = anAddress();
		String citizen = Citizens.register(accounts, "Phạm Thị Dung");
		allButOneWrongPasswordGivenFrom(address);

		assertThat(signIn(citizen, "Sai-mat-khau-1", address)).as("the last wrong password is still only wrong")
			.hasRedirectedUrl("/login?error=bad-credentials");

		assertThat(signIn(citizen, Citizens.PASSWORD, address)).as("the right password, refused before it is checked")
			.hasRedirectedUrl("/login?error=too-many");
		assertThat(mvc.get().uri("/login?error=too-many")).hasStatusOk().bodyText()
			.contains("Có quá nhiều lần nhập sai mật khẩu từ địa chỉ mạng của bạn");
		assertThat(mvc.get().uri("/login?error=too-many&lang=en")).hasStatusOk()
			.bodyText().contains("Too many wrong passwords were typed from your network address");
		MvcTestResult api = mvc.get().uri("/api/v1/me").with(httpBasic(citizen, Citizens.PASSWORD))
			.with(ClientAddresses.from(address)).exchange();
		assertThat(api).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "60").bodyJson().extractingPath("$.detail")
			.asString().startsWith("Có quá nhiều lần đăng nhập sai mật khẩu từ địa chỉ mạng này");

		assertThat(signIn(citizen, Citizens.PASSWORD, anAddress())).as("from another address").hasRedirectedUrl("/home");
	}

	@Test
	void wrongPasswordsOverTheApiCountAgainstTheAddressToo() {
		String address = anAddress();
		String citizen = Citizens.register(accounts, "Võ Văn Em");
		allButOneWrongPasswordGivenFrom(address);

		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(citizen, "Sai-mat-khau-1"))
			.with(ClientAddresses.from(address))).hasStatus(401);

		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(citizen, Citizens.PASSWORD))
			.with(ClientAddresses.from(address))).hasStatus(429);
		assertThat(signIn(citizen, Citizens.PASSWORD, address)).hasRedirectedUrl("/login?error=too-many");
	}

	@Test
	void rightPasswordsTakeNothingFromTheAllowance() {
		String address = anAddress();
		String citizen = Citizens.register(accounts, "Đặng Thị Giang");
		allButOneWrongPasswordGivenFrom(address);

		for (int signIn = 0; signIn < 3; signIn++) {
			assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(citizen, Citizens.PASSWORD))
				.with(ClientAddresses.from(address))).hasStatusOk();
		}
		assertThat(signIn(citizen, Citizens.PASSWORD, address)).hasRedirectedUrl("/home");
	}

	/** The address's allowance as earlier wrong passwords from it (on other accounts) would have left it. */
	private void allButOneWrongPasswordGivenFrom(String address) {
		int capacity = settings.limits().get(SignInLimit.LIMIT).capacity();
		for (int wrong = 1; wrong < capacity; wrong++) {
			assertThat(limits.tryAcquire(SignInLimit.LIMIT, address)).isTrue();
		}
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
			.with(ClientAddresses.from(address)).exchange();
	}

	/** A new address of the documentation range 198.51.100.0/24, which no other test uses. */
	private static String anAddress() {
		return "198.51.100." + ADDRESSES.incrementAndGet();
	}
}
