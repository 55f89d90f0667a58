package vn.motcua.document;

import java.util.List;

/**
 * A signature's box on a page. The caller writes its lines (in the document's language), such as
 * the signer's name and the time of signing, as the national layout for electronic documents asks.
 *
 * @param page the page, from 1
 * @param x the left edge, in points from the page's left edge
 * @param y the top edge, in points from the page's top edge
 * @param width the box's width in points
 * @param height the box's height in points
 * @param lines the text lines shown in the box
 */
public record VisibleSignature(int page, float x, float y, float width, float height, List<String> lines) {

	public VisibleSignature {
		if (page < 1 || width <= 0 || height <= 0) {
			throw new IllegalArgumentException("A signature box needs a page from 1 and a positive size");
		}
		lines = List.copyOf(lines);
	}
}
