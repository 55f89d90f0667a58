package vn.motcua.reporting.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One bar of a server-drawn SVG chart: its label, the figure printed beside it, and its length as a
 * share (0–80) of the chart's width, the longest bar taking 80 % so that the figure fits after it.
 */
public record Bar(String label, String figure, double length, int y) {

	/** Pixels per bar; the template sizes the chart to (bars + 1) rows. */
	static final int ROW_HEIGHT = 34;

	static <T> List<Bar> of(List<T> items, Function<T, String> label, ToDoubleFunction<T> value,
			Function<T, String> figure) {
		double max = items.stream().mapToDouble(value).max().orElse(0);
		return java.util.stream.IntStream.range(0, items.size()).mapToObj(index -> {
			T item = items.get(index);
			double length = max <= 0 ? 0 : Math.round(value.applyAsDouble(item) / max * 800) / 10.0;
			return new Bar(label.apply(item), figure.apply(item), length, index * ROW_HEIGHT);
		}).toList();
	}

	/** Where the figure starts, after the bar. */
	public double figureX() {
		return length + 1;
	}
}
