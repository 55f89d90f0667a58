package vn.motcua.reporting.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One bar of a server-drawn SVG chart: its label, the figure printed beside it, and its length as a
 * share (0–80) of the chart's width, the longest bar taking 80 % so that the figure fits after it.
 */
record Bar(String label, String figure, double length, int y) {

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
	double figureX() {
		return length + 1;
	}

	static int height(List<Bar> bars) {
		return Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT);
	}
}
