package vn.motcua.disclosure;

import org.springframework.data.relational.core.mapping.Table;

/** A file of a publication, stored in the document module's attachment store. */
@Table("disclosure_file")
public record DisclosureFile(String attachmentId, String fileName, String contentType, long fileSize) {
}
