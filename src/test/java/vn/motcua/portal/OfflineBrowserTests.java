package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * On a phone that loses its connection, the next page the citizen opens is the portal's own "no connection"
 * page with a way to try again, not the browser's error, and it names nobody although she was signed in when the
 * page was kept; back online, trying again opens the page she wanted.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// the test stops and starts the server, which the other browser tests' cached context must not see
@DirtiesContext
class OfflineBrowserTests {

	/** A port of its own, not 0: a server started again on port 0 takes another one, another origin. */
	@DynamicPropertySource
	static void portOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			registry.add("server.port", free::getLocalPort);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void aPageOpenedOfflineIsThePortalsOwnNoConnectionPage() {
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.signIn("051090000001", DemoAccounts.PASSWORD);
			// the sign-in page installed the worker already; installed again now, as after an update of it, it
			// keeps its page while she is signed in
			((JavascriptExecutor) citizen.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					navigator.serviceWorker.getRegistrations()
					  .then(all => Promise.all(all.map(registration => registration.unregister())))
					  .then(() => caches.keys()).then(names => Promise.all(names.map(name => caches.delete(name))))
					  .then(() => done(true));""");
			citizen.open("/");
			Object controlled = ((JavascriptExecutor) citizen.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					navigator.serviceWorker.ready.then(() => {
					  if (navigator.serviceWorker.controller) { done(true); }
					  else { navigator.serviceWorker.addEventListener('controllerchange', () => done(true)); }
					});""");
			assertThat(controlled).isEqualTo(true);

			// Chromium's offline emulation leaves the service worker's own requests alone: the server goes away
			WebServer server = context.getWebServer();
			server.stop();
			try {
				citizen.open("/procedures");
				assertThat(citizen.text(By.tagName("h1"))).isEqualTo("Không kết nối được tới hệ thống");
				assertThat(citizen.path()).isEqualTo("/procedures");
				// the page was kept without cookies while she was signed in: it names nobody, offers no sign-out
				assertThat(citizen.text(By.tagName("body"))).doesNotContain("Nguyễn Văn An").contains("Đăng nhập");
				assertThat(citizen.scrollsHorizontally()).isFalse();
			}
			finally {
				server.start();
			}
			assertThat(server.getPort()).as("the port after the restart").isEqualTo(port);
			citizen.submit(By.linkText("Thử lại"));
			assertThat(citizen.path()).isEqualTo("/procedures");
			assertThat(citizen.text(By.tagName("h1"))).isNotEqualTo("Không kết nối được tới hệ thống");
		}
	}
}
