-- A dossier refused during processing: its result is the refusal with this reason.
ALTER TABLE dossier ADD COLUMN refusal_reason VARCHAR(2000);
