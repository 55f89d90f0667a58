package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.WebTest;

/**
 * The portal can be installed on a phone: every page links a manifest named after the home agency in the
 * reader's language, whose icons exist at the sizes it claims, and the script that registers the service
 * worker; the worker and its "no connection" page are public.
 */
@WebTest
class InstallableAppTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPageLinksTheManifestTheIconAndTheWorkersScript() throws Exception {
		Document page = Jsoup.parse(mvc.get().uri("/procedures").exchange().getResponse().getContentAsString(),
				"http://localhost/");
		assertThat(page.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest?lang=vi");
		assertThat(page.select("meta[name=theme-color]").attr("content")).isEqualTo(InstallableApp.THEME_COLOUR);
		assertThat(page.select("script[data-worker]").attr("data-worker")).isEqualTo("/sw.js");
		for (String linked : List.of(page.select("link[rel=icon]").attr("href"),
				page.select("link[rel=apple-touch-icon]").attr("href"), page.select("script[data-worker]").attr("src"))) {
			assertThat(mvc.get().uri(linked)).as(linked).hasStatusOk();
		}
	}

	@Test
	void theManifestNamesTheHomeAgencyInTheReadersLanguage() throws Exception {
		MockHttpServletResponse vietnamese = mvc.get().uri("/manifest.webmanifest").exchange().getResponse();
		assertThat(vietnamese.getContentType()).isEqualTo("application/manifest+json");
		String json = vietnamese.getContentAsString();
		assertThat(JsonPath.<String>read(json, "$.name")).isEqualTo("Sở Công Thương tỉnh Quảng Ngãi – Dịch vụ công trực tuyến");
		assertThat(JsonPath.<String>read(json, "$.lang")).isEqualTo("vi");
		assertThat(JsonPath.<String>read(json, "$.start_url")).isEqualTo("/");
		assertThat(JsonPath.<String>read(json, "$.display")).isEqualTo("standalone");

		String english = mvc.get().uri("/manifest.webmanifest?lang=en").exchange().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(english, "$.name")).isEqualTo("Sở Công Thương tỉnh Quảng Ngãi – Online public services");
		assertThat(JsonPath.<String>read(english, "$.short_name")).isEqualTo("Public services");
	}

	/** A phone refuses to install an app whose icons are missing or not the size the manifest gives. */
	@Test
	void everyIconOfTheManifestExistsAtTheSizeItClaims() throws Exception {
		String json = mvc.get().uri("/manifest.webmanifest").exchange().getResponse().getContentAsString();
		List<Map<String, String>> icons = JsonPath.read(json, "$.icons");
		assertThat(icons).extracting(icon -> icon.get("sizes")).contains("192x192", "512x512");
		for (Map<String, String> icon : icons) {
			MockHttpServletResponse file = mvc.get().uri(icon.get("src")).exchange().getResponse();
			assertThat(file.getStatus()).as(icon.get("src")).isEqualTo(200);
			assertThat(file.getContentType()).as(icon.get("src")).startsWith(icon.get("type"));
			if (icon.get("type").equals("image/png")) {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.getContentAsByteArray()));
				assertThat(image.getWidth() + "x" + image.getHeight()).as(icon.get("src")).isEqualTo(icon.get("sizes"));
			}
		}
	}

	@Test
	void theWorkerAndItsPageArePublic() throws Exception {
		MockHttpServletResponse worker = mvc.get().uri("/sw.js").exchange().getResponse();
		assertThat(worker.getStatus()).isEqualTo(200);
		assertThat(worker.getContentType()).contains("javascript");
		assertThat(worker.getContentAsString()).contains("offline");
		assertThat(mvc.get().uri("/offline")).hasStatusOk().bodyText().contains("Không kết nối được tới hệ thống");
		assertThat(mvc.get().uri("/offline?lang=en")).hasStatusOk().bodyText().contains("The system cannot be reached");
	}
}
