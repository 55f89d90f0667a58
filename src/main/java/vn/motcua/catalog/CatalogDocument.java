package vn.motcua.catalog;

import java.util.List;

/**
 * The whole catalogue as one JSON document, for export, import and synchronisation with other
 * systems: sectors, every version of every procedure (drafts included), and the form templates'
 * bytes, so that an import elsewhere needs nothing else.
 */
public record CatalogDocument(String format, int formatVersion, List<Sector> sectors,
		List<ProcedureVersion> versions, List<TemplateFile> files) {

	public static final String FORMAT = "motcua-catalog";
	public static final int FORMAT_VERSION = 1;

	public CatalogDocument {
		sectors = List.copyOf(sectors);
		versions = List.copyOf(versions);
		files = List.copyOf(files);
	}

	/** A form template's bytes (Base64 in JSON) under its SHA-256. */
	public record TemplateFile(String sha256, String fileName, byte[] content) {
	}
}
