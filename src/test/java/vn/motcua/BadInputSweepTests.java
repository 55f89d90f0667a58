package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.motcua.identity.Role;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Every endpoint the application maps, found at run time (a new module's too), answers bad input with
 * a message in the caller's language and never with a server error: each is called, as someone its
 * access rule admits, (a) with no parameters and no body and (b) with a value of the wrong type for
 * each parameter, path variable or form field that is not text, and (c) for a POST, as a plain form
 * (urlencoded, not the multipart an upload needs, nor the JSON an API takes). An API answers an RFC 9457 problem
 * whose detail differs between Vietnamese and English; a page answers HTML in the language asked for,
 * and a 400, 405 or 415 page (or the form shown again) says what was wrong. An endpoint that cannot be called this way must be named in
 * {@link #NOT_SWEPT} with the reason, so that the sweep cannot pass by skipping it silently.
 */
@WebTest
class BadInputSweepTests {

	/** Endpoints the sweep does not call, by method and path pattern, with the reason. */
	static final Map<String, String> NOT_SWEPT = Map.of();

	/** Letters only Vietnamese uses: a Vietnamese text of any length holds at least one. */
	private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final Set<Class<?>> NOT_TEXT = Set.of(int.class, Integer.class, long.class, Long.class,
			boolean.class, Boolean.class, java.util.UUID.class, java.time.LocalDate.class,
			java.time.LocalDateTime.class, java.time.Instant.class, java.time.YearMonth.class,
			java.math.BigDecimal.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebInvocationPrivilegeEvaluator access;

	@Autowired
	UserDetailsService users;

	@TestFactory
	Stream<DynamicTest> everyEndpointAnswersBadInputInTheCallersLanguage() {
		return endpoints().values().stream().filter(endpoint -> endpoint.skipped == null)
			.flatMap(endpoint -> endpoint.calls().stream().map(call -> DynamicTest.dynamicTest(call.toString(),
					() -> check(endpoint, call))));
	}

	/** What the sweep could not call is exactly what {@link #NOT_SWEPT} names. */
	@Test
	void theSweepSkipsOnlyTheEndpointsItNames() {
		Map<String, String> skipped = new TreeMap<>();
		endpoints().forEach((key, endpoint) -> {
			if (endpoint.skipped != null) {
				skipped.put(key, endpoint.skipped);
			}
		});
		assertThat(skipped).as("endpoints the sweep could not call").isEqualTo(new TreeMap<>(NOT_SWEPT));
		assertThat(endpoints()).as("the sweep finds the application's endpoints").hasSizeGreaterThan(100);
	}

	private Map<String, Endpoint> endpoints() {
		Map<String, Endpoint> endpoints = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("vn.motcua")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				HttpMethod method = method(info);
				String key = method.name() + " " + pattern;
				endpoints.put(key, endpoint(method, pattern, handler));
			}
		});
		return endpoints;
	}

	private static HttpMethod method(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().stream().findFirst()
			.map(method -> HttpMethod.valueOf(method.name())).orElse(HttpMethod.GET);
	}

	private Endpoint endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
		Map<String, Class<?>> pathVariables = new LinkedHashMap<>();
		Map<String, Class<?>> parameters = new LinkedHashMap<>();
		boolean body = false;
		boolean multipart = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Parameter declared = parameter.getParameter();
			Class<?> type = parameter.getParameterType();
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				pathVariables.put(name(path.value(), path.name(), declared), type);
			}
			else if (param != null) {
				multipart |= org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type);
				parameters.put(name(param.value(), param.name(), declared), type);
			}
			else if (parameter.hasParameterAnnotation(RequestPart.class)
					|| org.springframework.web.multipart.MultipartRequest.class.isAssignableFrom(type)) {
				multipart = true;
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = true;
			}
			else if (isFormObject(type)) {
				parameters.putAll(fields(type));
			}
		}
		Matcher variables = PATH_VARIABLE.matcher(pattern);
		while (variables.find()) {
			if (variables.group(2) != null) {
				return Endpoint.skipped(method, pattern, "path variable with a pattern");
			}
		}
		Authentication caller = caller(method, fill(pattern, pathVariables, null));
		if (caller == null) {
			return Endpoint.skipped(method, pattern, "no role is admitted");
		}
		return new Endpoint(method, pattern, pathVariables, parameters, body, multipart, caller, null);
	}

	private static String name(String value, String name, Parameter declared) {
		return !value.isEmpty() ? value : !name.isEmpty() ? name : declared.getName();
	}

	/** A form or query object bound from the request's parameters (not one the framework supplies). */
	private static boolean isFormObject(Class<?> type) {
		return type.getPackageName().startsWith("vn.motcua") && !type.isEnum()
				&& !type.getSimpleName().equals("CurrentUser");
	}

	/** The fields of a form or query object that are not text, by the parameter that binds them. */
	private static Map<String, Class<?>> fields(Class<?> type) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				fields.put(component.getName(), component.getType());
			}
		}
		else {
			for (var property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					fields.put(property.getName(), property.getPropertyType());
				}
			}
		}
		return fields;
	}

	/** Anyone first, then each role in turn: the first the access rules admit to the path. */
	private @Nullable Authentication caller(HttpMethod method, String uri) {
		Authentication anonymous = new AnonymousAuthenticationToken("sweep", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		if (access.isAllowed("", uri, method.name(), anonymous)) {
			return anonymous;
		}
		for (Role role : Role.values()) {
			UserDetails user = users.loadUserByUsername(DemoAccounts.BY_ROLE.get(role));
			var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			if (access.isAllowed("", uri, method.name(), signedIn)) {
				return signedIn;
			}
		}
		return null;
	}

	/** The path with each variable a value of its type, or the one named given a value not of its type. */
	private static String fill(String pattern, Map<String, Class<?>> types, @Nullable String wrong) {
		Matcher variables = PATH_VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = name.equals(wrong) ? "not-a-value" : valid(types.getOrDefault(name, String.class));
			variables.appendReplacement(uri, Matcher.quoteReplacement(value));
		}
		variables.appendTail(uri);
		return uri.toString();
	}

	private static String valid(Class<?> type) {
		if (type == java.util.UUID.class) {
			return "00000000-0000-7000-8000-000000000000";
		}
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		return NOT_TEXT.contains(type) ? "1" : "KHONG-CO";
	}

	private void check(Endpoint endpoint, Call call) throws Exception {
		MockHttpServletResponse vietnamese = perform(endpoint, call, "vi");
		MockHttpServletResponse english = perform(endpoint, call, "en");
		for (MockHttpServletResponse answer : List.of(vietnamese, english)) {
			assertThat(answer.getStatus()).as("%s: no server error", call).isLessThan(500);
			if (call.wrong != null && !endpoint.isApi()) {
				assertThat(answer.getStatus()).as("%s: a value not of its type is refused", call).isNotEqualTo(302);
			}
		}
		// each language's answer is judged alone: an endpoint with state (an administrator's job, say) may
		// take the first call and refuse the second, as one already running
		checkRefusal(endpoint, call, vietnamese, true);
		checkRefusal(endpoint, call, english, false);
		if (endpoint.isApi() && vietnamese.getStatus() >= 400 && vietnamese.getStatus() == english.getStatus()) {
			assertThat(detail(english)).as("%s: the detail in English", call).isNotEqualTo(detail(vietnamese));
		}
	}

	private static void checkRefusal(Endpoint endpoint, Call call, MockHttpServletResponse answer, boolean vietnamese)
			throws Exception {
		if (answer.getStatus() < 400) {
			return;
		}
		String language = vietnamese ? "Vietnamese" : "English";
		if (endpoint.isApi()) {
			assertThat(answer.getContentType()).as("%s: a problem detail", call)
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			String detail = detail(answer);
			if (vietnamese) {
				assertThat(detail).as("%s: the detail in %s", call, language).containsPattern(VIETNAMESE);
			}
			else {
				assertThat(detail).as("%s: the detail in %s", call, language).doesNotContainPattern(VIETNAMESE);
			}
			return;
		}
		String page = answer.getContentAsString();
		assertThat(page).as("%s: an HTML page in %s", call, language).contains(vietnamese ? "lang=\"vi\"" : "lang=\"en\"");
		if (vietnamese && List.of(400, 405, 415).contains(answer.getStatus())) {
			assertThat(page).as("%s: the 400 page or the form says what was wrong", call)
				.containsAnyOf("role=\"alert\"", "class=\"field-error\"");
		}
	}

	private static String detail(MockHttpServletResponse answer) throws Exception {
		Matcher detail = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(answer.getContentAsString());
		assertThat(detail.find()).as("a detail in %s", answer.getContentAsString()).isTrue();
		return detail.group(1);
	}

	private MockHttpServletResponse perform(Endpoint endpoint, Call call, String language) throws Exception {
		String uri = fill(endpoint.pattern, endpoint.pathVariables, call.wrong);
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.multipart && endpoint.method == HttpMethod.POST
				&& !call.plainForm ? MockMvcRequestBuilders.multipart(uri)
						: MockMvcRequestBuilders.request(endpoint.method, uri);
		if (call.wrong != null && endpoint.parameters.containsKey(call.wrong)) {
			request.param(call.wrong, "not-a-value");
		}
		if (call.plainForm) {
			request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		else if (endpoint.body) {
			request.contentType(MediaType.APPLICATION_JSON);
		}
		if (endpoint.isApi()) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		else {
			request.cookie(new Cookie("motcua-lang", language));
		}
		return mvc.perform(request.with(authentication(endpoint.caller)).with(csrf())).andReturn().getResponse();
	}

	/**
	 * One request of the sweep: without input, with the one named parameter not of its type, or (a
	 * POST) as a plain urlencoded form without input.
	 */
	record Call(Endpoint endpoint, @Nullable String wrong, boolean plainForm) {

		@Override
		public String toString() {
			return endpoint.method + " " + endpoint.pattern + (plainForm ? " as a plain form"
					: wrong == null ? " without input" : " with " + wrong + " not of its type");
		}
	}

	record Endpoint(HttpMethod method, String pattern, Map<String, Class<?>> pathVariables,
			Map<String, Class<?>> parameters, boolean body, boolean multipart, @Nullable Authentication caller,
			@Nullable String skipped) {

		static Endpoint skipped(HttpMethod method, String pattern, String reason) {
			return new Endpoint(method, pattern, Map.of(), Map.of(), false, false, null, reason);
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		List<Call> calls() {
			List<Call> calls = new ArrayList<>();
			calls.add(new Call(this, null, false));
			Stream.concat(pathVariables.entrySet().stream(), parameters.entrySet().stream())
				.filter(each -> NOT_TEXT.contains(each.getValue()) || each.getValue().isEnum())
				.forEach(each -> calls.add(new Call(this, each.getKey(), false)));
			if (method == HttpMethod.POST) {
				calls.add(new Call(this, null, true));
			}
			return calls;
		}
	}
}
