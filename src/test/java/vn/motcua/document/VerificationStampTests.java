package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stamp on a result's last page: a QR code that a reader decodes to the verification address, and the caption. */
@Tag("rule")
class VerificationStampTests {

	static final String URL = "https://motcua.example.vn/verify?code=000.00.31.H55-261202-0042";

	@Test
	void theStampedCodeReadsBackAsTheVerificationAddress() throws IOException {
		byte[] stamped = new VerificationStamp().stamp(twoBlankPages(), URL, "Kiểm tra văn bản tại " + URL);

		try (PDDocument document = Loader.loadPDF(stamped)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			BufferedImage last = new PDFRenderer(document).renderImageWithDPI(1, 200, ImageType.GRAY);
			BufferedImage corner = last.getSubimage(last.getWidth() / 2, last.getHeight() / 2, last.getWidth() / 2,
					last.getHeight() / 2);
			assertThat(QrCodesTests.decode(corner)).as("the bottom right corner, framed as a phone frames it")
				.isEqualTo(URL);
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.GRAY);
			assertThat(isBlank(first)).as("only the last page is stamped").isTrue();
			var text = new PDFTextStripper();
			text.setStartPage(2);
			assertThat(text.getText(document)).contains("Kiểm tra văn bản tại");
		}
	}

	/** The parsed font is reused: each stamp, made alone or beside others, embeds its own caption's glyphs. */
	@Test
	void stampsMadeAtOnceEachCarryTheirOwnCaption() throws Exception {
		var stamp = new VerificationStamp();
		List<String> captions = IntStream.range(0, 24)
			.mapToObj(i -> (i % 2 == 0 ? "Kiểm tra văn bản số " : "Tra cứu kết quả đã ký số ") + i + " tại " + URL)
			.toList();
		byte[] blank = twoBlankPages();
		List<byte[]> stamped = captions.parallelStream().map(caption -> stamp.stamp(blank, URL, caption)).toList();

		for (int i = 0; i < captions.size(); i++) {
			try (PDDocument document = Loader.loadPDF(stamped.get(i))) {
				assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(captions.get(i));
			}
		}
	}

	private static byte[] twoBlankPages() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.addPage(new PDPage(PDRectangle.A4));
			var bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	private static boolean isBlank(BufferedImage image) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFF) < 128) {
					return false;
				}
			}
		}
		return true;
	}
}
