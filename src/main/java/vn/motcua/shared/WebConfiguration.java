package vn.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: Vietnamese first, English second. Each module keeps its own bundle
 * {@code messages/<module>.properties} (Vietnamese) beside {@code <module>_en.properties}, so
 * that modules never edit one shared file.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Looked up when the interceptors are built: the contributors need the message source defined here. */
	private final ObjectProvider<PageModel> pageModels;

	/** The limit the forms state for one file, which the page for a too large upload repeats. */
	private final DataSize attachmentLimit;

	WebConfiguration(ObjectProvider<PageModel> pageModels,
			@Value("${motcua.document.max-attachment-size:10MB}") DataSize attachmentLimit) {
		this.pageModels = pageModels;
		this.attachmentLimit = attachmentLimit;
	}

	@Bean
	MessageSource messageSource() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(VIETNAMESE);
		return source;
	}

	/** Every {@code classpath*:messages/*.properties} without a language suffix. */
	static String[] bundleBasenames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties");
			var names = new TreeSet<String>();
			Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(name -> name != null && !name.contains("_"))
				.forEach(name -> names.add("classpath:messages/" + name.substring(0, name.length() - ".properties".length())));
			return names.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the message bundles", e);
		}
	}

	/**
	 * The language a user chose with the switch (a cookie) wins. Without a choice, pages speak
	 * Vietnamese, and the API speaks the caller's {@code Accept-Language} (Vietnamese or English).
	 */
	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("motcua-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") && request.getHeader("Accept-Language") != null
				&& "en".equals(request.getLocale().getLanguage())) {
			return Locale.ENGLISH;
		}
		return VIETNAMESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(languageSwitch());
		registry.addInterceptor(pageModel());
	}

	/** {@code ?lang=en} (or {@code vi}) chooses the language as the switch does, and keeps it in the cookie. */
	private static LocaleChangeInterceptor languageSwitch() {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		return interceptor;
	}

	/**
	 * A request refused before any handler was chosen (a method or content type its address does not
	 * take, a multipart body that cannot be read) never reaches the interceptors, so {@code ?lang} is read
	 * first of all ({@link LanguageBeforeHandler}). The pages for those refusals come next, before the
	 * API's advice (which would answer them problem details). The error pages of the exception handlers
	 * ({@link PageProblems} and the modules' own) get the layout's model too.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new LanguageBeforeHandler(languageSwitch()));
		resolvers.add(1, new MultipartPages(attachmentLimit));
		resolvers.add(2, new MethodOrMediaTypePages());
		PageModelInterceptor pageModel = pageModel();
		resolvers.replaceAll(pageModel::afterResolving);
	}

	private PageModelInterceptor pageModel() {
		return new PageModelInterceptor(pageModels.orderedStream().toList());
	}
}
