package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.testing.ErrorSummaries;
import vn.motcua.testing.WebTest;

/** Registration of citizens and businesses: good data opens an account, bad data opens none. */
@WebTest
class RegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void aCitizenRegistersAndSignsIn() {
		MultiValueMap<String, String> form = validCitizen();
		String idNumber = form.getFirst("idNumber");

		assertThat(post(form, "vi")).hasStatus3xxRedirection().hasRedirectedUrl("/login?registered");

		assertThat(mvc.post().uri("/login").param("username", idNumber).param("password", "Mat-khau-2026").with(csrf()))
			.hasStatus3xxRedirection().hasRedirectedUrl("/home");
	}

	@Test
	void aBusinessRegistersWithABranchTaxCode() {
		MultiValueMap<String, String> form = validCitizen();
		form.set("kind", "BUSINESS");
		form.set("idNumber", randomDigits(10) + "-001");
		assertThat(post(form, "vi")).hasStatus3xxRedirection();
		assertThat(countAccounts(form.getFirst("idNumber"))).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			idNumber | 12345                | Số CCCD phải gồm đúng 12 chữ số                 | A citizen ID has exactly 12 digits
			idNumber | 05109000000A         | Số CCCD phải gồm đúng 12 chữ số                 | A citizen ID has exactly 12 digits
			phone    | 12345                | Số điện thoại không hợp lệ                      | This phone number is not valid
			email    | an.nguyen@           | Địa chỉ e-mail không hợp lệ                     | This e-mail address is not valid
			email    | khong-phai-email     | Địa chỉ e-mail không hợp lệ                     | This e-mail address is not valid
			password | ngan1                | Mật khẩu quá ngắn                               | The password is too short
			password | chiconchulaikhong    | Mật khẩu phải có cả chữ cái và chữ số           | The password must contain both letters and digits
			password | password123          | Mật khẩu này quá phổ biến                       | This password is too common
			fullName | ''                   | Vui lòng nhập họ và tên                         | Please enter your full name
			""")
	void badInputAnswersAFieldMessageInTheChosenLanguageAndCreatesNothing(String field, String value,
			String vietnamese, String english) {
		for (String language : new String[] { "vi", "en" }) {
			MultiValueMap<String, String> form = validCitizen();
			form.set(field, value);
			if (field.equals("password")) {
				form.set("passwordConfirmation", value);
			}

			assertThat(post(form, language)).hasStatusOk().bodyText()
				.contains(language.equals("vi") ? vietnamese : english)
				.contains("aria-invalid=\"true\"");
			assertThat(countAccounts(form.getFirst("idNumber"))).isZero();
		}
	}

	@Test
	void aTaxCodeIsRefusedForACitizenAndACitizenIdForABusiness() {
		MultiValueMap<String, String> citizen = validCitizen();
		citizen.set("idNumber", randomDigits(10));
		assertThat(post(citizen, "vi")).bodyText().contains("Số CCCD phải gồm đúng 12 chữ số");

		MultiValueMap<String, String> business = validCitizen();
		business.set("kind", "BUSINESS");
		assertThat(post(business, "en")).bodyText().contains("a tax code has 10 digits");
		assertThat(countAccounts(business.getFirst("idNumber"))).isZero();
	}

	@Test
	void aPasswordWithTheApplicantsOwnIdNumberIsRefused() {
		MultiValueMap<String, String> form = validCitizen();
		String password = "x" + form.getFirst("idNumber");
		form.set("password", password);
		form.set("passwordConfirmation", password);
		assertThat(post(form, "vi")).bodyText().contains("không được chứa số CCCD");
	}

	@Test
	void aSecondAccountWithTheSameIdNumberIsRefused() {
		MultiValueMap<String, String> first = validCitizen();
		assertThat(post(first, "vi")).hasStatus3xxRedirection();

		MultiValueMap<String, String> second = validCitizen();
		second.set("idNumber", first.getFirst("idNumber"));
		assertThat(post(second, "vi")).hasStatusOk().bodyText().contains("đã được đăng ký");
		assertThat(countAccounts(first.getFirst("idNumber"))).isEqualTo(1);
	}

	@Test
	void anEmailAddressOfAnotherAccountIsRefusedAtItsFieldAsEveryFieldIs() throws Exception {
		MultiValueMap<String, String> first = validCitizen();
		assertThat(post(first, "vi")).hasStatus3xxRedirection();
		MultiValueMap<String, String> second = validCitizen();
		second.set("email", first.getFirst("email"));

		MvcTestResult refused = post(second, "en");
		assertThat(refused).bodyText().contains("This e-mail address is already used by another account.");
		assertThat(ErrorSummaries.linkTargets(refused)).extracting(target -> target.id()).containsExactly("email");
		assertThatExceptionOfType(InvalidFieldException.class).as("the API's and the error page's refusal of one field")
			.isThrownBy(() -> accounts.register(new Registration(AccountKind.CITIZEN, "Nguyễn Thị Hạnh",
					second.getFirst("idNumber"), second.getFirst("phone"), first.getFirst("email"), "Mat-khau-2026")))
			.satisfies(e -> assertThat(e.field()).isEqualTo("email"));
		assertThat(countAccounts(second.getFirst("idNumber"))).isZero();
	}

	@Test
	void mismatchedPasswordsAreRefused() {
		MultiValueMap<String, String> form = validCitizen();
		form.set("passwordConfirmation", "Khac-mat-khau-99");
		assertThat(post(form, "vi")).bodyText().contains("không khớp");
		assertThat(countAccounts(form.getFirst("idNumber"))).isZero();
	}

	private MvcTestResult post(MultiValueMap<String, String> form, String language) {
		return mvc.post().uri("/register").params(form).locale(Locale.forLanguageTag(language))
			.param("lang", language).with(csrf()).exchange();
	}

	private int countAccounts(String idNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE id_number = ?").param(idNumber).query(Integer.class).single();
	}

	static MultiValueMap<String, String> validCitizen() {
		String idNumber = randomDigits(12);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("kind", "CITIZEN");
		form.add("fullName", "Nguyễn Thị Hạnh");
		form.add("idNumber", idNumber);
		form.add("phone", "09" + randomDigits(8));
		form.add("email", "hanh." + idNumber + "@example.vn");
		form.add("password", "Mat-khau-2026");
		form.add("passwordConfirmation", "Mat-khau-2026");
		return form;
	}

	static String randomDigits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}
}
