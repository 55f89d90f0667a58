-- The orphan-file sweep asks which stored files the dossiers name (DossierFileNames, decisions 0028 and
-- 0038): each of these columns is read a 256th at a time, by the range of its first two digits, which
-- without an index read these tables through 512 times a sweep.
CREATE INDEX dossier_document_file_idx ON dossier_document (file_id);
CREATE INDEX dossier_draft_result_idx ON dossier (draft_result_id);
CREATE INDEX dossier_result_sha256_idx ON dossier (result_sha256);
CREATE INDEX dossier_draft_file_attachment_idx ON dossier_draft_file (attachment_id);
