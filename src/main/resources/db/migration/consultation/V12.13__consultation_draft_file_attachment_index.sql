-- The orphan-file sweep asks which stored files the drafts put out for comment name
-- (ConsultationFileNames, decisions 0028 and 0038), a 256th of the ids at a time.
CREATE INDEX consultation_draft_file_attachment_idx ON consultation_draft_file (attachment_id);
