package vn.motcua.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.AccessRules;

/**
 * What lets a phone install the portal as an app (the documents' "iSCT" mobile app, without an app store):
 * the web app manifest, named after the home agency in the reader's language, and the page the service
 * worker ({@code static/sw.js}) shows when a page cannot be reached. Every page still works without either.
 */
@Controller
class InstallableApp {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	/** The stylesheet's {@code --brand}: the browser's bar and the splash screen in the portal's colour. */
	static final String THEME_COLOUR = "#9c1c1c";

	private final OrganizationManagement organization;
	private final MessageSource messages;

	InstallableApp(OrganizationManagement organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Manifest> manifest(HttpServletRequest request, Locale locale) {
		String root = request.getContextPath() + "/";
		String name = organization.homeAgency()
			.map(Agency::name)
			.map(agency -> messages.getMessage("portal.app.name", new Object[] { agency }, locale))
			.orElseGet(() -> messages.getMessage("layout.system-name", null, locale));
		Manifest manifest = new Manifest(root, name, messages.getMessage("portal.app.short-name", null, locale),
				messages.getMessage("portal.index.intro", null, locale), locale.getLanguage(), root, root,
				"standalone", THEME_COLOUR, "#ffffff",
				List.of(new Icon(root + "images/icon-192.png", "192x192", "image/png"),
						new Icon(root + "images/icon-512.png", "512x512", "image/png"),
						new Icon(root + "images/icon.svg", "any", "image/svg+xml")));
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.body(manifest);
	}

	/** Cached by the service worker when it installs, fetched without cookies: it names nobody. */
	@GetMapping("/offline")
	String offline() {
		return "portal/offline";
	}

	/** The manifest's members, as the W3C Web Application Manifest names them. */
	record Manifest(String id, String name, String short_name, String description, String lang, String start_url,
			String scope, String display, String theme_color, String background_color, List<Icon> icons) {
	}

	record Icon(String src, String sizes, String type) {
	}

	@Component
	static class InstallableAppAccessRules implements AccessRules {

		@Override
		public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers("/manifest.webmanifest", "/offline", "/sw.js").permitAll();
		}
	}
}
