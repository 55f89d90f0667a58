package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Parsed fonts are lent to one document at a time and parsed again only when all are lent out. */
@Tag("rule")
class LiberationSerifTests {

	@Test
	void aFontGivenBackIsLentAgainAndTwoBorrowersNeverShareOne() throws IOException {
		TrueTypeFont first;
		TrueTypeFont second;
		try (var one = LiberationSerif.ITALIC.parsed(); var other = LiberationSerif.ITALIC.parsed()) {
			first = one.font();
			second = other.font();
			assertThat(first).isNotSameAs(second);
			assertThat(first.getName()).isEqualTo("LiberationSerif-Italic");
		}
		try (var again = LiberationSerif.ITALIC.parsed()) {
			assertThat(again.font()).isIn(first, second);
		}
	}
}
