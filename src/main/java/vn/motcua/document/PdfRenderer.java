package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.document.internal.LiberationSerif;
import vn.motcua.document.internal.QrCodeExpressions;

/**
 * Renders official forms to PDF: a Thymeleaf template under {@code templates/pdf/} (its labels from
 * the bundles, in the given language) becomes XHTML, then a PDF with Liberation Serif embedded, so
 * that Vietnamese prints, and reads back, exactly. Templates use {@code pdf/fragments} for the
 * national form's header, stylesheet and signature blocks.
 */
@Component
public class PdfRenderer {

	/** The variable through which templates draw QR codes: {@code ${qrCodes.dataUri(url, 240)}}. */
	public static final String QR_CODES = "qrCodes";

	private static final String PRODUCER = "MotCua";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param template the template's name, such as {@code pdf/receipt-slip}
	 * @param model the template's variables
	 * @param locale the language of the labels; official slips are Vietnamese
	 * @return the PDF
	 */
	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		var variables = new HashMap<String, Object>(model);
		variables.put(QR_CODES, new QrCodeExpressions());
		String html = templates.process(template, new Context(locale, variables));
		var pdf = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer(PRODUCER);
		for (LiberationSerif font : LiberationSerif.values()) {
			builder.useFont(font::open, LiberationSerif.FAMILY, font.weight(),
					font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
		}
		// jsoup turns whatever HTML the template produced into a well-formed DOM, which the renderer needs
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "classpath:/templates/pdf/");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render " + template + " to PDF", e);
		}
		return pdf.toByteArray();
	}
}
