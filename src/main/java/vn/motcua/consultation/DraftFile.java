package vn.motcua.consultation;

import org.springframework.data.relational.core.mapping.Table;

/** A draft file of a consultation, stored in the document module's attachment store. */
@Table("consultation_draft_file")
public record DraftFile(String attachmentId, String fileName, String contentType, long fileSize) {
}
