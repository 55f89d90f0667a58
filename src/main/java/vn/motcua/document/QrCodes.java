package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for printed forms that lead to a web page (a dossier's public status): PNG images, or the
 * bare modules for drawing the code as vector squares ({@link VerificationStamp}).
 * PDF templates call {@code ${qrCodes.dataUri(url, 240)}} (see {@link PdfRenderer#QR_CODES}).
 */
public final class QrCodes {

	/** Medium error correction survives a folded or smudged paper slip and keeps the code small. */
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);

	private QrCodes() {
	}

	/**
	 * @param text what the code holds, usually a URL
	 * @param size the image's width and height in pixels
	 * @return a PNG image
	 */
	public static byte[] png(String text, int size) {
		if (size <= 0) {
			throw new IllegalArgumentException("A QR code needs a positive size");
		}
		try {
			var png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix(text, size), "PNG", png);
			return png.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The code's modules, with its quiet zone: one bit per module when {@code size} is 0, for drawing
	 * the code as vector squares (a signed result's stamp), or scaled up to {@code size} pixels.
	 */
	static BitMatrix matrix(String text, int size) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("A QR code needs a text");
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("The text is too long for a QR code", e);
		}
	}

	/** The PNG of {@link #png(String, int)} as a {@code data:} URI, for an {@code img} element. */
	public static String dataUri(String text, int size) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
	}
}
