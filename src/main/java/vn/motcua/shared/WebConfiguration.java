package vn.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("motcua-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		return resolver;
	}

	/**
	 * Pages speak Vietnamese until the user picks a language (many Vietnamese browsers say
	 * {@code en-US}); API callers get the language of their {@code Accept-Language}, as promised
	 * by the problem details.
	 */
	static Locale defaultLocale(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return api && request.getHeader("Accept-Language") != null ? request.getLocale() : VIETNAMESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
