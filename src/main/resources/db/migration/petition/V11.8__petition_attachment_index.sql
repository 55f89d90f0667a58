-- The orphan-file sweep asks which stored files the petitions name (PetitionFileNames, decisions 0028
-- and 0038), a 256th of the ids at a time.
CREATE INDEX petition_attachment_idx ON petition (attachment_id);
