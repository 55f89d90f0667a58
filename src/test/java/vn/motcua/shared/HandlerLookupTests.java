package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import vn.motcua.shared.HandlerLookup.LiteralPrefixHandlerMapping;
import vn.motcua.testing.WebTest;

/**
 * The handler look-up that passes over mappings by their patterns' literal beginnings answers every
 * request with the handler Spring's own look-up chooses, and tests far fewer mappings' conditions.
 */
@WebTest
class HandlerLookupTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	/** Spring's own look-up over the same mappings. */
	RequestMappingHandlerMapping springLookup;

	@BeforeEach
	void springsOwnLookup() {
		springLookup = new RequestMappingHandlerMapping();
		springLookup.setApplicationContext(context);
		mapping.getHandlerMethods().forEach((info, handler) -> springLookup.registerMapping(info, handler.getBean(), handler.getMethod()));
	}

	@Test
	void theApplicationUsesIt() {
		assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
	}

	@Test
	void everyMappedPathFindsTheHandlerSpringWouldChoose() throws Exception {
		List<String[]> requests = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = concrete(pattern.getPatternString());
				requests.add(new String[] { method, path });
				requests.add(new String[] { "GET", path });
				requests.add(new String[] { "POST", path });
				requests.add(new String[] { method, path + "/x" });
				requests.add(new String[] { method, path.replace("a", "%61") });
			}
		}
		requests.add(new String[] { "GET", "/no/such/page" });
		requests.add(new String[] { "GET", "/api/v1/dossiers/X;v=1/status" });
		assertThat(requests).hasSizeGreaterThan(500);

		for (String[] request : requests) {
			assertThat(handler(mapping, request[0], request[1]))
				.as("%s %s", request[0], request[1])
				.isEqualTo(handler(springLookup, request[0], request[1]));
		}
	}

	@Test
	void aStatusLookUpTestsOnlyTheMappingsItsPathCanMatch() throws Exception {
		int spring = methodReadsToFind(springLookup, "/api/v1/dossiers/000.00.31.H55-261202-0001/status");
		int ours = methodReadsToFind(mapping, "/api/v1/dossiers/000.00.31.H55-261202-0001/status");

		assertThat(ours).as("request method reads by the look-up (Spring's own: %d)", spring).isLessThan(spring / 10);
	}

	@Test
	void aPathWithAVariableIsTestedOnlyAgainstTheMappingsWhoseBeginningStartsIt() {
		var tested = new AtomicInteger();
		var counting = new LiteralPrefixHandlerMapping() {

			@Override
			protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
				tested.incrementAndGet();
				return super.getMatchingMapping(info, request);
			}
		};
		counting.setApplicationContext(context);
		mapping.getHandlerMethods().forEach((info, handler) -> counting.registerMapping(info, handler.getBean(), handler.getMethod()));
		String path = "/api/v1/dossiers/000.00.31.H55-261202-0001/status";
		long candidates = mapping.getHandlerMethods().keySet().stream()
			.filter(info -> Arrays.stream(LiteralPrefixHandlerMapping.beginnings(info)).anyMatch(path::startsWith))
			.count();

		assertThat(handler(counting, "GET", path)).isEqualTo(handler(springLookup, "GET", path)).isNotEqualTo("no handler");
		assertThat(tested).as("mappings tested, of %d", mapping.getHandlerMethods().size()).hasValue((int) candidates);
		assertThat(candidates).isLessThan(mapping.getHandlerMethods().size() / 10);
	}

	@Test
	void aMappingRegisteredAfterTheFirstLookUpIsFound() throws Exception {
		var later = new LiteralPrefixHandlerMapping();
		later.setApplicationContext(context);
		var probe = new Probe();
		later.registerMapping(RequestMappingInfo.paths("/probe/{any}/**").options(mapping.getBuilderConfiguration()).build(),
				probe, Probe.class.getDeclaredMethod("general"));
		assertThat(handler(later, "GET", "/probe/x/y")).isEqualTo(Probe.class.getDeclaredMethod("general"));

		later.registerMapping(RequestMappingInfo.paths("/probe/{any}/y").options(mapping.getBuilderConfiguration()).build(),
				probe, Probe.class.getDeclaredMethod("specific"));

		assertThat(handler(later, "GET", "/probe/x/y")).isEqualTo(Probe.class.getDeclaredMethod("specific"));
	}

	/** Two handlers for {@link #aMappingRegisteredAfterTheFirstLookUpIsFound}. */
	static class Probe {

		void general() {
		}

		void specific() {
		}
	}

	@Test
	void aMappingIsIndexedUnderNoBeginningAnotherOfItsBeginningsStarts() {
		assertThat(HandlerLookup.Beginnings.shortest(new String[] { "/a/", "/a/b/", "/c", "/a/" })).containsExactly("/a/", "/c");
	}

	@Test
	void aBeginningEndsAtTheFirstVariableWildcardOrEscapedCharacter() {
		assertThat(LiteralPrefixHandlerMapping.literalBeginning("/api/v1/dossiers/{code}/status")).isEqualTo("/api/v1/dossiers/");
		assertThat(LiteralPrefixHandlerMapping.literalBeginning("/webjars/**")).isEqualTo("/webjars/");
		assertThat(LiteralPrefixHandlerMapping.literalBeginning("/thủ-tục")).isEqualTo("/th");
		assertThat(LiteralPrefixHandlerMapping.literalBeginning("/login")).isEqualTo("/login");
		assertThat(LiteralPrefixHandlerMapping.comparable("/a%2Fb")).isFalse();
		assertThat(LiteralPrefixHandlerMapping.comparable("/a;b=c")).isFalse();
		assertThat(LiteralPrefixHandlerMapping.comparable("/api/v1/dossiers/X/status")).isTrue();
	}

	/** A path the pattern matches: each variable or wildcard replaced by a value. */
	static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "x/y").replaceAll("\\{[^}]+}", "v1").replace("**", "x/y").replace("*", "x");
	}

	/** The handler method chosen, or the kind of refusal (no match, wrong method, media type). */
	static Object handler(RequestMappingHandlerMapping lookup, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = lookup.getHandler(request);
			return chain == null ? "no handler" : ((HandlerMethod) chain.getHandler()).getMethod();
		}
		catch (Exception e) {
			return e.getClass();
		}
	}

	static int methodReadsToFind(RequestMappingHandlerMapping lookup, String path) throws Exception {
		var reads = new AtomicInteger();
		MockHttpServletRequest mock = new MockHttpServletRequest("GET", path);
		ServletRequestPathUtils.parseAndCache(mock);
		HttpServletRequest request = new HttpServletRequestWrapper(mock) {

			@Override
			public String getMethod() {
				reads.incrementAndGet();
				return super.getMethod();
			}
		};
		assertThat(lookup.getHandler(request)).isNotNull();
		return reads.get();
	}
}
