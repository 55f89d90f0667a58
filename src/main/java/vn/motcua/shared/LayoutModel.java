package vn.motcua.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared page layout needs on every page: where the language switch leads, which is the page
 * itself in the other language. A page a GET answered is asked again with its query (a search's words,
 * a list's filters), less the language asked before. A page that answered a POST (a form shown again
 * with its errors, an error page) cannot be asked again: its address may answer no GET (405), and what
 * was typed went in the body. The switch leads to the page the form was sent from, as the browser
 * names it (the {@code Referer}, sent within the site only), when a GET answers it; else to the
 * nearest address at or above the POST's that a GET answers (the dossier an action was taken on), at
 * worst the home page. Only a path and a query are ever taken, each encoded again, so the link stays on
 * this site and no value the request carried is written as markup.
 */
@Component
class LayoutModel implements PageModel {

	/** The parameter of the language switch ({@link WebConfiguration}). */
	private static final String LANGUAGE = "lang";

	/** Looked up on use: the handler mapping is built with the interceptors that call this. */
	private final ObjectProvider<RequestMappingHandlerMapping> handlers;

	LayoutModel(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
		this.handlers = handlers;
	}

	@Override
	public void contribute(HttpServletRequest request, ModelMap model) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = forwarded instanceof String original ? original : request.getRequestURI();
		String path = sitePath(uri.substring(request.getContextPath().length()));
		String target = HttpMethod.GET.matches(request.getMethod()) ? path + query(parameters(request))
				: formPage(request).orElseGet(() -> nearestPage(path));
		model.addAttribute("languageSwitchTarget", target);
	}

	private static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		// a parameter without a value ("?saved") may come as null
		request.getParameterMap().forEach((name, values) -> parameters.put(name,
				Arrays.stream(values).map(value -> value == null ? "" : value).toList()));
		return parameters;
	}

	/** The page the form was sent from, if the browser named a page of this site that a GET answers. */
	private Optional<String> formPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		String context = request.getContextPath();
		try {
			UriComponents from = UriComponentsBuilder.fromUriString(referer == null ? "" : referer).build();
			String path = from.getPath();
			if (!request.getServerName().equalsIgnoreCase(from.getHost()) || path == null
					|| !path.startsWith(context + "/") || !answersGet(sitePath(path.substring(context.length())))) {
				return Optional.empty();
			}
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			from.getQueryParams().forEach((name, values) -> parameters.put(decode(name),
					values.stream().map(value -> value == null ? "" : decode(value)).toList()));
			return Optional.of(sitePath(path.substring(context.length())) + query(parameters));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** One leading slash: "//host" would be another site's address. */
	private static String sitePath(String path) {
		return "/" + path.replaceFirst("^/+", "");
	}

	/** The parameters, decoded, encoded again: whatever they held stays a parameter's value. */
	private static String query(Map<String, List<String>> parameters) {
		String query = parameters.entrySet().stream()
			.filter(parameter -> !LANGUAGE.equals(parameter.getKey()))
			.flatMap(parameter -> parameter.getValue().stream().map(value -> encode(parameter.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** As the servlet container decodes a query ({@code +} is a space). */
	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private String nearestPage(String path) {
		String candidate = path;
		while (candidate.length() > 1 && !answersGet(candidate)) {
			candidate = candidate.substring(0, Math.max(1, candidate.lastIndexOf('/')));
		}
		return candidate;
	}

	/** Whether a GET without parameters finds a handler (not one that needs a parameter, an export's format). */
	private boolean answersGet(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return handlers.getObject().getHandlerMethods().keySet().stream()
			.filter(LayoutModel::answersPlainGet)
			.map(RequestMappingInfo::getPathPatternsCondition)
			.anyMatch(patterns -> patterns != null
					&& patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(container)));
	}

	private static boolean answersPlainGet(RequestMappingInfo mapping) {
		var methods = mapping.getMethodsCondition().getMethods();
		return (methods.isEmpty() || methods.contains(RequestMethod.GET)) && mapping.getParamsCondition().isEmpty();
	}
}
