package vn.motcua.dossier.web;

import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierProcessing;

/**
 * The applicant's documents of a dossier, for officers' tools: the API's counterpart of the files the
 * dossier's page links to, for the same officers (those who have it in hand).
 */
@RestController
@RequestMapping("/api/v1/work/dossiers/{code}/documents")
@Tag(name = "Processing")
class WorkDocumentsApi {

	private final DossierProcessing processing;
	private final DossierDocumentFiles files;

	WorkDocumentsApi(DossierProcessing processing, DossierDocumentFiles files) {
		this.processing = processing;
		this.files = files;
	}

	/**
	 * One document as the dossier lists it; {@code position} is what the file's address takes, and the
	 * file fields are null for a document handed in on paper only.
	 */
	record DocumentEntry(int position, String name, int originals, int certifiedCopies, int photocopies,
			@Nullable String fileName, @Nullable String contentType, @Nullable Long fileSize,
			@Nullable String fileSha256) {

		static DocumentEntry of(int position, DossierDocument document) {
			boolean file = document.hasFile();
			return new DocumentEntry(position, document.name(), document.originals(), document.certifiedCopies(),
					document.photocopies(), document.fileName(), document.contentType(),
					file ? document.fileSize() : null, document.fileSha256());
		}
	}

	@GetMapping
	@Operation(summary = "The dossier's documents: names, paper counts and, for each file, its name, type, size and SHA-256",
			description = "For the officers who have the dossier in hand: the holder of its current step, the unit head "
					+ "or leader overseeing it, an officer of the co-agency holding it (403 for others). Nothing keeps a copy")
	ResponseEntity<List<DocumentEntry>> list(@PathVariable String code) {
		List<DossierDocument> documents = processing.inHand(code).dossier().documents();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
			.body(IntStream.range(0, documents.size()).mapToObj(n -> DocumentEntry.of(n, documents.get(n))).toList());
	}

	@GetMapping("/{position}")
	@Operation(summary = "The file of one of the dossier's documents, with its own content type",
			description = "For the same officers as the list (403 for others); 404 when the dossier has no file at that "
					+ "position. Nothing keeps a copy; each file served is one dossier.document.read entry of the audit trail")
	ResponseEntity<byte[]> file(@PathVariable String code,
			@Parameter(description = "the document's position in the list, from 0") @PathVariable int position) {
		Dossier dossier = processing.inHand(code).dossier();
		return files.download(dossier, position);
	}
}
