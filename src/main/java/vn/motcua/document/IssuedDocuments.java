package vn.motcua.document;

import java.util.Optional;

/**
 * The documents the installation has issued, by the reference printed on them (a dossier's code
 * for a result). The module that issues them implements it, so that the public verification can
 * find the issued file without this module knowing dossiers.
 */
public interface IssuedDocuments {

	/**
	 * @param reference what the holder of the document was given, e.g. the dossier code
	 * @return the SHA-256 of the file issued under that reference, if one was issued and may be
	 *         verified publicly now
	 */
	Optional<String> issuedSha256(String reference);
}
