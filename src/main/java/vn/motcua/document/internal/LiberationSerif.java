package vn.motcua.document.internal;

import java.io.InputStream;

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
		InputStream in = LiberationSerif.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("The font " + resource + " is missing: is openpdf-fonts-extra on the classpath?");
		}
		return in;
	}
}
