package vn.motcua.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.google.zxing.common.BitMatrix;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import vn.motcua.document.internal.LiberationSerif;

/**
 * Puts a QR code to the public verification page, with its address written beside it, in the
 * bottom margin of a result's last page, before the result is signed: so the stamp is part of
 * what the signature covers, and whoever holds a printout can check it without the file.
 */
@Component
public class VerificationStamp {

	/** 20 mm: large enough for a phone to read off paper, small enough for a bottom margin. */
	private static final float QR_SIZE = 20 * 72 / 25.4f;

	private static final float MARGIN = 18;

	private static final float FONT_SIZE = 7;

	/**
	 * @param pdf the document to stamp
	 * @param url the verification page's address for this document
	 * @param caption the line printed beside the code (it may hold Vietnamese)
	 * @return the stamped document
	 */
	public byte[] stamp(byte[] pdf, String url, String caption) {
		try (var font = LiberationSerif.REGULAR.parsed(); PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(document.getNumberOfPages() - 1);
			PDRectangle box = page.getCropBox();
			PDType0Font text = PDType0Font.load(document, font.font(), true);
			float x = box.getLowerLeftX() + box.getWidth() - MARGIN - QR_SIZE;
			float y = box.getLowerLeftY() + MARGIN;
			try (var content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
				draw(QrCodes.matrix(url, 0), content, x, y);
				content.beginText();
				content.setFont(text, FONT_SIZE);
				float captionWidth = text.getStringWidth(caption) / 1000 * FONT_SIZE;
				content.newLineAtOffset(x - 4 - captionWidth, y + QR_SIZE / 2);
				content.showText(caption);
				content.endText();
			}
			var stamped = new ByteArrayOutputStream();
			document.save(stamped);
			return stamped.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot stamp the PDF", e);
		}
	}

	/**
	 * The code as filled squares in the page's own content, one rectangle per run of dark modules in
	 * a row: sharp at any print size, and no image to encode and compress (which cost a third of the
	 * signing step when the code was a PNG).
	 */
	private static void draw(BitMatrix modules, PDPageContentStream content, float x, float y) throws IOException {
		float module = QR_SIZE / modules.getWidth();
		content.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < modules.getHeight(); row++) {
			float top = y + QR_SIZE - (row + 1) * module;
			int column = 0;
			while (column < modules.getWidth()) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules.getWidth() && modules.get(column, row)) {
					column++;
				}
				content.addRect(x + start * module, top, (column - start) * module, module);
			}
		}
		content.fill();
	}
}
