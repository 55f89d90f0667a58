package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.motcua.document.VisibleSignature;

/**
 * The visible box of a signature: a one-page PDF holding a signature field whose appearance shows
 * the caller's lines in a frame. PDFBox copies its field into the signed document.
 */
public final class SignatureAppearance {

	private static final float FONT_SIZE = 9;
	private static final float LEADING = 11;
	private static final float PADDING = 4;

	private SignatureAppearance() {
	}

	public static InputStream template(PDDocument signed, VisibleSignature box) throws IOException {
		PDRectangle mediaBox = signed.getPage(box.page() - 1).getMediaBox();
		var rectangle = new PDRectangle(box.x(), mediaBox.getHeight() - box.y() - box.height(), box.width(), box.height());
		try (var font = LiberationSerif.REGULAR.parsed(); var template = new PDDocument();
				var out = new ByteArrayOutputStream()) {
			template.addPage(new PDPage(mediaBox));
			var form = new PDAcroForm(template);
			template.getDocumentCatalog().setAcroForm(form);
			form.setSignaturesExist(true);
			form.setAppendOnly(true);
			form.getCOSObject().setDirect(true);
			var field = new PDSignatureField(form);
			form.getFields().add(field);
			PDAnnotationWidget widget = field.getWidgets().get(0);
			widget.setRectangle(rectangle);
			widget.setAppearance(appearance(template, PDType0Font.load(template, font.font(), true), box));
			template.save(out);
			return new ByteArrayInputStream(out.toByteArray());
		}
	}

	private static PDAppearanceDictionary appearance(PDDocument template, PDFont font, VisibleSignature box)
			throws IOException {
		var xobject = new PDFormXObject(new PDStream(template));
		xobject.setResources(new PDResources());
		xobject.setFormType(1);
		xobject.setBBox(new PDRectangle(box.width(), box.height()));
		var stream = new PDAppearanceStream(xobject.getCOSObject());
		try (var content = new PDPageContentStream(template, stream)) {
			draw(content, font, box);
		}
		var appearance = new PDAppearanceDictionary();
		appearance.getCOSObject().setDirect(true);
		appearance.setNormalAppearance(stream);
		return appearance;
	}

	private static void draw(PDPageContentStream content, PDFont font, VisibleSignature box) throws IOException {
		content.setLineWidth(0.75f);
		content.addRect(0.5f, 0.5f, box.width() - 1, box.height() - 1);
		content.stroke();
		content.beginText();
		content.setFont(font, FONT_SIZE);
		content.setLeading(LEADING);
		content.newLineAtOffset(PADDING, box.height() - PADDING - FONT_SIZE);
		for (String line : box.lines()) {
			content.showText(line);
			content.newLine();
		}
		content.endText();
	}
}
