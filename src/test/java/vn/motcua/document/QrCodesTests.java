package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** QR codes decode back to what they hold. */
@Tag("rule")
class QrCodesTests {

	@Test
	void aPngDecodesBackToItsText() throws IOException {
		String url = "https://motcua.example.vn/tra-cuu/000.00.31.H55-251122-0001?lang=vi";
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 200)));

		assertThat(image.getWidth()).isEqualTo(200);
		assertThat(decode(image)).isEqualTo(url);
	}

	@Test
	void vietnameseTextSurvivesInUtf8() throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png("Hồ sơ đã tiếp nhận", 240)));

		assertThat(decode(image)).isEqualTo("Hồ sơ đã tiếp nhận");
	}

	@Test
	void theDataUriHoldsThePng() throws IOException {
		String uri = QrCodes.dataUri("MotCua", 120);

		assertThat(uri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo("MotCua");
	}

	@Test
	void refusesAnEmptyTextOrSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("", 100));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("x", 0));
	}

	static String decode(BufferedImage image) {
		try {
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
			return new QRCodeReader().decode(bitmap).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException e) {
			throw new AssertionError("No QR code could be read from the image", e);
		}
	}
}
