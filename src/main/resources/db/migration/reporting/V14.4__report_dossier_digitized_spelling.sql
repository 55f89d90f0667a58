-- The column of V14.2 renamed to the glossary's spelling (digitized). V14.2 itself stays as it was
-- released: Flyway refuses to start on a database whose applied migration has changed.
ALTER TABLE report_dossier RENAME COLUMN digitised_components TO digitized_components;
