-- The orphan-file sweep asks which stored files the disclosures name (DisclosureFileNames, decisions
-- 0028 and 0038), a 256th of the ids at a time.
CREATE INDEX disclosure_file_attachment_idx ON disclosure_file (attachment_id);
