package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a published question hides (citizen IDs, phone numbers, e-mail addresses) and what it keeps. */
@Tag("rule")
class PersonalDataTests {

	private static String mask(String text) {
		return PersonalData.mask(text, "[đã ẩn]");
	}

	@Test
	void theReviewersQuestionKeepsItsWordsAndLosesItsNumbers() {
		assertThat(mask("CCCD 051090001234, SĐT 0987654321, email a@b.vn"))
			.isEqualTo("CCCD [đã ẩn], SĐT [đã ẩn], email [đã ẩn]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "051090001234", "051090001", "0987654321", "0987 654 321", "0987.654.321", "0987-654-321",
			"098 765 4321", "+84987654321", "+84 987 654 321", "+84-987-654-321", "02438251234", "024.3825.1234",
			"024 3825 1234", "0255 3822 123", "+84 24 3825 1234", "a@b.vn", "nguyen.van.an+hoi@example.com.vn",
			"Nguyễn_An-01@mail.gov.vn" })
	void personalDataIsHiddenAloneOrInASentence(String data) {
		assertThat(mask(data)).isEqualTo("[đã ẩn]");
		assertThat(mask("Tôi (" + data + ") hỏi.")).isEqualTo("Tôi ([đã ẩn]) hỏi.");
		assertThat(mask("Liên hệ: " + data + ", cảm ơn")).isEqualTo("Liên hệ: [đã ẩn], cảm ơn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "06/12/2026", "2026-12-06", "06.12.2026", "000.00.31.H55-261206-0001",
			"1.013043.000.00.00.H55", "1.200.000 đồng", "12.000.000.000 đồng", "150000000 đồng", "150000000đ",
			"150000000 VND", "1,5 triệu", "Nghị định 61/2018/NĐ-CP", "Quyết định 766/QĐ-TTg", "Điều 111.3",
			"07:30 đến 11:30", "số 12345678", "mã 0905-123", "0987 654", "1234567890", "12345678901",
			"05109000123456", "@example.vn", "người@", "000.00.CC.H55" })
	void datesCodesAndAmountsAreKept(String text) {
		assertThat(mask(text)).isEqualTo(text);
		assertThat(mask("Ngày " + text + ", xin hỏi.")).isEqualTo("Ngày " + text + ", xin hỏi.");
	}

	@Test
	void everyPieceIsHiddenAndTheRestOfTheTextKept() {
		assertThat(mask("Hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, lệ phí 1.200.000 đồng; gọi 0905123456 "
				+ "hoặc 0905 765 432, CMND 051090001."))
			.isEqualTo("Hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, lệ phí 1.200.000 đồng; gọi [đã ẩn] "
					+ "hoặc [đã ẩn], CMND [đã ẩn].");
	}

	@Test
	void theReplacementIsTakenLiterally() {
		assertThat(PersonalData.mask("SĐT 0987654321", "$1 \\")).isEqualTo("SĐT $1 \\");
		assertThat(PersonalData.mask("SĐT 0987654321 và 0912345678", " ")).isEqualTo("SĐT   và  ");
	}

	@Test
	void aTextWithoutPersonalDataIsUnchanged() {
		String text = "Bộ phận một cửa làm việc sáng thứ Bảy không? Tôi muốn nộp hồ sơ cấp phép bán lẻ rượu.";
		assertThat(mask(text)).isEqualTo(text);
	}

	@Test
	void aContactKeepsEnoughToTellWhichItIsNotToReachThePerson() {
		assertThat(PersonalData.maskContact("0905123456")).isEqualTo("0905***456");
		assertThat(PersonalData.maskContact("hoa.nguyen@example.vn")).isEqualTo("h***@example.vn");
		assertThat(PersonalData.maskContact("051090001234")).isEqualTo("0510***234");
		assertThat(PersonalData.maskContact("1234567")).isEqualTo("***");
	}
	/**
	 * What the people's inspection board reads of a citizen's text: each contact the way a contact field
	 * is masked for it, in the forms Vietnamese citizens write them, and an ID number not at all.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0912 345 678          | 0912***678
			0912345678            | 0912***678
			0912.345.678          | 0912***678
			+84 912 345 678       | +84 ***678
			+84912345678          | +849***678
			+84-912-345-678       | +84-***678
			024.382.5123          | 024.***123
			028.3829.1234         | 028.***234
			0255 3822 123         | 0255***123
			an.nguyen@example.vn  | a***@example.vn
			Hoa_Le-01@mail.gov.vn | H***@mail.gov.vn
			051090001234          | ***
			051090001             | ***
			""")
	void theBoardReadsContactsInACitizensTextMaskedAsContactFields(String typed, String read) {
		assertThat(PersonalData.maskContactsIn(typed)).isEqualTo(read);
		assertThat(PersonalData.maskContactsIn("Xin gọi " + typed + ", cảm ơn.")).isEqualTo("Xin gọi " + read + ", cảm ơn.");
	}

	@Test
	void theBoardReadsTheRestOfTheTextAsWritten() {
		String text = "Hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, lệ phí 1.200.000 đồng, Nghị định 61/2018/NĐ-CP; "
				+ "CCCD 051090001234, SĐT 0987 654 321, email an@example.vn.";
		assertThat(PersonalData.maskContactsIn(text)).isEqualTo("Hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, "
				+ "lệ phí 1.200.000 đồng, Nghị định 61/2018/NĐ-CP; CCCD ***, SĐT 0987***321, email a***@example.vn.");
	}

	@Test
	void whatIsHiddenIsFoundAsTypedAndNothingElse() {
		String text = "Hồ sơ 000.00.31.H55-261206-0001 nộp ngày 06/12/2026, lệ phí 1.200.000 đồng; "
				+ "CCCD 051090001234, SĐT 0987 654 321, email an@example.vn.";
		assertThat(PersonalData.foundIn(text)).containsExactly("an@example.vn", "0987 654 321", "051090001234");
		assertThat(PersonalData.piecesIn(text)).as("each with what it is, for a publisher to confirm").containsExactly(
				new PersonalData.Piece(PersonalData.Kind.EMAIL, "an@example.vn"),
				new PersonalData.Piece(PersonalData.Kind.PHONE, "0987 654 321"),
				new PersonalData.Piece(PersonalData.Kind.ID_NUMBER, "051090001234"));
		assertThat(PersonalData.foundIn("Hồ sơ nộp ngày 06/12/2026")).isEmpty();
	}
}
