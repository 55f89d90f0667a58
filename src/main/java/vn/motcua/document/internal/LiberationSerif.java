package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Liberation Serif, the font of our PDFs: metric-compatible with Times New Roman (the font the
 * national rules for administrative documents prescribe) and with every Vietnamese letter. It
 * comes from the {@code openpdf-fonts-extra} jar.
 */
public enum LiberationSerif {

	REGULAR("Regular", 400, false), BOLD("Bold", 700, false), ITALIC("Italic", 400, true),
	BOLD_ITALIC("BoldItalic", 700, true);

	/** The family name that the PDF stylesheet asks for. */
	public static final String FAMILY = "Liberation Serif";

	private final String resource;
	private final int weight;
	private final boolean italic;
	/** The file's bytes, read once: every PDF embeds its own subset, but inflating the jar entry per PDF was waste. */
	private byte @Nullable [] bytes;
	/** Parsed fonts given back after use, a few kept: more only while more documents are made at once. */
	private final BlockingQueue<TrueTypeFont> parsed = new ArrayBlockingQueue<>(4);

	LiberationSerif(String style, int weight, boolean italic) {
		this.resource = "/liberation/LiberationSerif-" + style + ".ttf";
		this.weight = weight;
		this.italic = italic;
	}

	public int weight() {
		return weight;
	}

	public boolean italic() {
		return italic;
	}

	/** The TrueType file; the caller closes it. */
	public InputStream open() {
		return new ByteArrayInputStream(bytes());
	}

	/**
	 * The font parsed, for one document at a time to embed ({@code PDType0Font.load(document,
	 * font.font(), true)}); close it after the document is saved, as saving reads it again to subset it.
	 * Parsing the file for each verification stamp was about 4 % of a whole lifecycle's CPU; PDFBox's
	 * fonts are not made for use by two documents at once, hence one borrower at a time.
	 */
	public Parsed parsed() {
		TrueTypeFont font = parsed.poll();
		if (font == null) {
			try {
				font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot parse the font " + resource, e);
			}
		}
		return new Parsed(font);
	}

	/** A parsed font lent to one document; closing it gives it back. */
	public final class Parsed implements AutoCloseable {

		private final TrueTypeFont font;

		private Parsed(TrueTypeFont font) {
			this.font = font;
		}

		public TrueTypeFont font() {
			return font;
		}

		@Override
		public void close() throws IOException {
			if (!parsed.offer(font)) {
				font.close();
			}
		}
	}

	private synchronized byte[] bytes() {
		if (bytes == null) {
			try (InputStream in = LiberationSerif.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(
							"The font " + resource + " is missing: is openpdf-fonts-extra on the classpath?");
				}
				bytes = in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the font " + resource, e);
			}
		}
		return bytes;
	}
}
