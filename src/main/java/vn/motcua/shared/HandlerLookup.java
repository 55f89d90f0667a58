package vn.motcua.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * first variable or wildcard), so a mapping none of whose beginnings starts the path is passed over
 * at once; the others are tested by Spring as before, so which handler answers does not change.
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

	static final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

		/** The empty beginning, which starts every path: the mapping is always tested. */
		private static final String[] ANY = { "" };

		/** The literal beginnings of each mapping's patterns, worked out on first use. */
		private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

		/** The path being looked up, when it may be compared with beginnings as it is. */
		private final ThreadLocal<String> comparablePath = new ThreadLocal<>();

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			comparablePath.set(comparable(lookupPath) ? lookupPath : null);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				comparablePath.remove();
			}
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = comparablePath.get();
			if (path != null
					&& !startsWithAny(path, beginnings.computeIfAbsent(info, LiteralPrefixHandlerMapping::beginnings))) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			beginnings.remove(mapping);
		}

		/**
		 * A pattern matches the decoded path, segment by segment, without matrix variables: a path
		 * with an escape ({@code %}) or a matrix variable ({@code ;}) is tested in full.
		 */
		static boolean comparable(String path) {
			return path.indexOf('%') < 0 && path.indexOf(';') < 0;
		}

		private static boolean startsWithAny(String path, String[] beginnings) {
			for (String beginning : beginnings) {
				if (path.startsWith(beginning)) {
					return true;
				}
			}
			return false;
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
}
