package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
