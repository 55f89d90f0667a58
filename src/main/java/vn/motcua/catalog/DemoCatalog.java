package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue (66 made-up procedures of a Sở Công Thương in 14 sectors, to be checked against
 * the national procedure database before real use), imported once when the catalogue is empty. It
 * is a file of the export format, so importing it again finds every version already there.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

	static final String RESOURCE = "catalog/demo-catalog.json";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final CatalogManagement catalog;
	private final JsonMapper json;

	DemoCatalog(CatalogManagement catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!catalog.isEmpty()) {
			log.info("Catalogue not empty, demo catalogue not imported");
			return;
		}
		try (InputStream input = new ClassPathResource(RESOURCE).getInputStream()) {
			int imported = catalog.importCatalog(json.readValue(input, CatalogDocument.class));
			log.info("Demo catalogue imported: {} procedure versions", imported);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, e);
		}
	}
}
