-- The hash (SHA-256, hex) of the reading key that the notice of the answer carries in its link: the
-- petitioner reads an unpublished answer with it instead of giving the contact written in the
-- petition, which for a denunciation let whoever held the code test guesses of the denouncer
-- (PetitionManagement.progress). The key itself is never stored. Null for a petition not answered,
-- or answered before the keys.
ALTER TABLE petition ADD COLUMN reading_key_hash VARCHAR(64);
