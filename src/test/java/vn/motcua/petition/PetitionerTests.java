package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The petitioner shows who they are, to read their answer, by the phone number or e-mail address they gave. */
class PetitionerTests {

	final Petitioner petitioner = new Petitioner("Lê Thị Tố Giác", "12 Hùng Vương", "0905 123 456",
			"to.giac@example.vn");

	@Test
	void theEmailAddressInAnyCaseOrThePhoneNumberAsTypedOrWrittenInternationally() {
		assertThat(petitioner.reachedAt(" TO.GIAC@Example.vn ")).isTrue();
		assertThat(petitioner.reachedAt("0905123456")).isTrue();
		assertThat(petitioner.reachedAt("0905.123.456")).isTrue();
		assertThat(petitioner.reachedAt("+84 905 123 456")).isTrue();
	}

	@Test
	void anotherNumberOrAddressOrAPartOfTheNumberIsNotThePetitioner() {
		assertThat(petitioner.reachedAt("0905123457")).isFalse();
		assertThat(petitioner.reachedAt("905123456")).isFalse();
		assertThat(petitioner.reachedAt("123456")).isFalse();
		assertThat(petitioner.reachedAt("khac@example.vn")).isFalse();
		assertThat(new Petitioner("Nguyễn Hỏi", null, null, "hoi@example.vn").reachedAt("")).isFalse();
		assertThat(Petitioner.NONE.reachedAt("0905123456")).isFalse();
	}
}
