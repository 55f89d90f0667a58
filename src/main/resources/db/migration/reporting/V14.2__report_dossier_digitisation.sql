-- Service index group 4 (legal-rules §5): whether a dossier's result was issued electronically and
-- whether any of its documents is held as a file. Rows refreshed before this migration say FALSE
-- until their dossier's next event.
ALTER TABLE report_dossier ADD COLUMN electronic_result BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report_dossier ADD COLUMN digitised_components BOOLEAN DEFAULT FALSE NOT NULL;
