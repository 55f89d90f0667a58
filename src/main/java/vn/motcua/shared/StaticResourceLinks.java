package vn.motcua.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Page links ({@code @{...}}) go through Spring's resource URL rewriting only when they point at a
 * webjar. The rewriting exists for one link, htmx's version-free webjar path, which it turns into
 * the versioned one (webjars-locator turns Spring's resource chain on); but it was applied to every
 * link of every page, each looked up among the static resources in the jar, and a miss is not
 * cached: about half the CPU of the transparency dashboard, whose every figure is a link.
 * Other links gain nothing from it: Spring Security already keeps session ids out of URLs.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	static BeanPostProcessor webjarLinksOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine) {
					engine.setLinkBuilder(new WebjarRewritingLinkBuilder());
				}
				return bean;
			}
		};
	}

	static final class WebjarRewritingLinkBuilder extends StandardLinkBuilder {

		@Override
		protected String processLink(IExpressionContext context, String link) {
			return link.contains("/webjars/") ? super.processLink(context, link) : link;
		}
	}
}
