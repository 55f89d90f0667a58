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

import vn.motcua.document.FileStorage;

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
	private final FileStorage files;
	private final JsonMapper json;

	DemoCatalog(CatalogManagement catalog, FileStorage files, JsonMapper json) {
		this.catalog = catalog;
		this.files = files;
		this.json = json;
	}

	/**
	 * Imports the demo catalogue into an empty catalogue. Otherwise only puts back its form templates,
	 * which a new data directory over an existing database would lack (content-addressed, so storing
	 * a file that is there changes nothing).
	 */
	@Override
	public void run(ApplicationArguments args) {
		CatalogDocument demo = read();
		if (!catalog.isEmpty()) {
			demo.files().forEach(file -> files.storeDocument(file.fileName(), file.content()));
			log.info("Catalogue not empty, demo catalogue not imported");
			return;
		}
		log.info("Demo catalogue imported: {} procedure versions", catalog.importCatalog(demo));
	}

	private CatalogDocument read() {
		try (InputStream input = new ClassPathResource(RESOURCE).getInputStream()) {
			return json.readValue(input, CatalogDocument.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, e);
		}
	}
}
