-- The result: the draft PDF (an attachment), the signed PDF as issued (its SHA-256 in the file
-- store), and how and when it was returned.
ALTER TABLE dossier ADD COLUMN draft_result_id VARCHAR(36);
ALTER TABLE dossier ADD COLUMN result_sha256 VARCHAR(64);
ALTER TABLE dossier ADD COLUMN signed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dossier ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dossier ADD COLUMN return_detail VARCHAR(500);
