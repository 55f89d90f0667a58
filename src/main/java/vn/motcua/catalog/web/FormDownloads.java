package vn.motcua.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.shared.NotFoundException;

/** A form template as a download, under the name it was uploaded with. */
final class FormDownloads {

	private FormDownloads() {
	}

	static ResponseEntity<byte[]> of(List<ProcedureVersion> versions, String sha256, Optional<byte[]> bytes) {
		FormTemplate template = versions.stream()
			.flatMap(version -> version.content().documents().stream())
			.map(RequiredDocument::formTemplate)
			.filter(Objects::nonNull)
			.filter(each -> each.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("catalog.template.not-found"));
		byte[] content = bytes.orElseThrow(() -> new NotFoundException("catalog.template.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(template.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(template.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
