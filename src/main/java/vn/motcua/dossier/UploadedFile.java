package vn.motcua.dossier;

/** A file answering one required document of the procedure (by its position in the list). */
public record UploadedFile(int requiredDocumentIndex, String fileName, byte[] content) {
}
