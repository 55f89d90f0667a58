package vn.motcua.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler without testing every mapping's conditions. Spring MVC finds a path
 * without variables in a map, but a path with one ({@code /api/v1/dossiers/{code}/status}, every
 * step of the work API) is tested against all the application's mappings, each by its method,
 * media types and pattern, through the request's chain of wrappers: a quarter of a status look-up's
 * CPU. A pattern can only match a path that starts with the pattern's literal beginning (up to its
 * first variable or wildcard), so the mappings are indexed by their beginnings and a path is tested
 * only against those whose beginning starts it. Which handler answers does not change: the
 * candidates are tested and ranked by Spring's own conditions and comparator, and whatever is not a
 * single best match (no match, a tie, a CORS pre-flight, a path without variables) is left to
 * Spring's own look-up.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

	@Bean
	WebMvcRegistrations literalPrefixHandlerLookup() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralPrefixHandlerMapping();
			}
		};
	}

	static class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

		/** The empty beginning, which starts every path: the mapping is always tested. */
		private static final String[] ANY = { "" };

		/** The mappings by their beginnings, built on first use and again after a mapping changes. */
		private volatile @Nullable Beginnings index;

		/**
		 * How many times the mappings changed: an index built from the mappings as they were before a
		 * change, even if published after it, is built again.
		 */
		private final AtomicLong changes = new AtomicLong();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			Beginnings beginnings = beginnings();
			if (!comparable(lookupPath) || beginnings.directPaths.contains(lookupPath)
					|| CorsUtils.isPreFlightRequest(request)) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			List<Map.Entry<RequestMappingInfo, HandlerMethod>> matches = new ArrayList<>(2);
			beginnings.candidates(lookupPath, (info, handler) -> {
				RequestMappingInfo match = getMatchingMapping(info, request);
				if (match != null) {
					matches.add(Map.entry(match, handler));
				}
			});
			if (matches.isEmpty() || !sortedWithOneBest(matches, request)) {
				// none: Spring's own look-up answers 404, 405 or 415 from all the mappings; a tie: it names the pair
				return super.lookupHandlerMethod(lookupPath, request);
			}
			Map.Entry<RequestMappingInfo, HandlerMethod> best = matches.get(0);
			request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.getValue());
			handleMatch(best.getKey(), lookupPath, request);
			return best.getValue();
		}

		/** Sorts the matches best first, by Spring's comparator; false when the first two are as good. */
		private boolean sortedWithOneBest(List<Map.Entry<RequestMappingInfo, HandlerMethod>> matches,
				HttpServletRequest request) {
			if (matches.size() < 2) {
				return true;
			}
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			matches.sort((one, other) -> comparator.compare(one.getKey(), other.getKey()));
			return comparator.compare(matches.get(0).getKey(), matches.get(1).getKey()) != 0;
		}

		@Override
		protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			changes.incrementAndGet();
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
			super.registerMapping(mapping, handler, method);
			changes.incrementAndGet();
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			changes.incrementAndGet();
		}

		private Beginnings beginnings() {
			Beginnings current = index;
			long seen = changes.get();
			if (current == null || current.changes != seen) {
				current = new Beginnings(getHandlerMethods(), this::getDirectPaths, seen);
				index = current;
			}
			return current;
		}

		/**
		 * A pattern matches the decoded path, segment by segment, without matrix variables: a path
		 * with an escape ({@code %}) or a matrix variable ({@code ;}) is left to Spring's look-up.
		 */
		static boolean comparable(String path) {
			return path.indexOf('%') < 0 && path.indexOf(';') < 0;
		}

		static String[] beginnings(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null) {
				return ANY;
			}
			Set<PathPattern> patterns = condition.getPatterns();
			if (patterns.isEmpty()) {
				return ANY;
			}
			return patterns.stream().map(pattern -> literalBeginning(pattern.getPatternString())).toArray(String[]::new);
		}

		/**
		 * The pattern's text up to its first variable or wildcard, cut before any character a URL
		 * would carry escaped (so that the raw path can be compared with it).
		 */
		static String literalBeginning(String pattern) {
			int end = 0;
			while (end < pattern.length() && isPlainUrlCharacter(pattern.charAt(end))) {
				end++;
			}
			return pattern.substring(0, end);
		}

		private static boolean isPlainUrlCharacter(char c) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-'
					|| c == '.' || c == '_' || c == '~';
		}
	}

	/**
	 * The mappings grouped by literal beginning. A path's candidates are found by looking up each of
	 * its beginnings that some mapping has (one map read per distinct length of beginning, about
	 * twenty), not by comparing the path with every mapping.
	 */
	static final class Beginnings {

		private final Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> byBeginning = new HashMap<>();

		/** The distinct lengths of the beginnings, shortest first. */
		private final int[] lengths;

		/** The paths without variables, which Spring's own look-up finds in a map. */
		final Set<String> directPaths = new HashSet<>();

		/** The number of changes to the mappings before they were read for this index. */
		final long changes;

		Beginnings(Map<RequestMappingInfo, HandlerMethod> mappings,
				Function<RequestMappingInfo, Set<String>> directPathsOf, long changes) {
			this.changes = changes;
			mappings.forEach((info, handler) -> {
				directPaths.addAll(directPathsOf.apply(info));
				for (String beginning : shortest(LiteralPrefixHandlerMapping.beginnings(info))) {
					byBeginning.computeIfAbsent(beginning, any -> new ArrayList<>()).add(Map.entry(info, handler));
				}
			});
			lengths = byBeginning.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
		}

		/**
		 * A mapping's beginnings without those another of them begins: a path that starts with the
		 * longer one starts with the shorter, and the mapping is to be tested once.
		 */
		static Set<String> shortest(String[] beginnings) {
			Set<String> kept = new LinkedHashSet<>();
			for (String beginning : beginnings) {
				if (Arrays.stream(beginnings).noneMatch(other -> other.length() < beginning.length() && beginning.startsWith(other))) {
					kept.add(beginning);
				}
			}
			return kept;
		}

		/** Each mapping with a beginning that starts the path, once. */
		void candidates(String path, BiConsumer<RequestMappingInfo, HandlerMethod> each) {
			for (int length : lengths) {
				if (length > path.length()) {
					return;
				}
				var mappings = byBeginning.get(path.substring(0, length));
				if (mappings != null) {
					mappings.forEach(mapping -> each.accept(mapping.getKey(), mapping.getValue()));
				}
			}
		}
	}
}
