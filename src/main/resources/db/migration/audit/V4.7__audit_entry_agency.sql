-- The agency whose work an entry records (a dossier's, a petition's...), so that each agency's People's
-- Inspection Board reads its own agency's entries (decision 0051). NULL for the installation's own records
-- and for every entry written before: the trail is append-only (on PostgreSQL a trigger refuses UPDATE), so
-- they are not filled in; the home agency's board reads them. An entry with an agency hashes it too.
-- A board's page is read newest first from the index, as the filtered pages are (V4.5).
ALTER TABLE audit_entry ADD COLUMN agency_code VARCHAR;
ALTER TABLE audit_pending ADD COLUMN agency_code VARCHAR;
CREATE INDEX audit_entry_by_agency_sequence_idx ON audit_entry (agency_code, sequence_number);
