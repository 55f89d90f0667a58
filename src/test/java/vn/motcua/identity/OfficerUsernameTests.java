package vn.motcua.identity;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer's user name never looks like a citizen ID, a tax code or an e-mail address. */
@Tag("rule")
class OfficerUsernameTests {

	@ParameterizedTest
	@ValueSource(strings = { "desk", "nguyen.van.a", "tran_thi-b2", "abc" })
	void accepts(String username) {
		assertThat(OfficerUsername.isValid(username)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ab", "051090000001", "4300123456", "a@b.vn", "Nguyen", "nguyễn", "an nguyen",
			".desk", "a123456789012345678901234567890123456789012345678901" })
	void refuses(String username) {
		assertThat(OfficerUsername.isValid(username)).isFalse();
	}
}
