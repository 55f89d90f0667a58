-- A period's report counts the dossiers received before its end and not ended before its start. With
-- years of history most rows ended long ago; "ended_at IS NULL OR ended_at >= start" cannot use an index
-- range, so the report read the whole table. active_until is the end, or the far future while the
-- dossier is open: one range on an index, whatever the length of the history.
ALTER TABLE report_dossier ADD COLUMN active_until TIMESTAMP;
UPDATE report_dossier SET active_until = COALESCE(ended_at, TIMESTAMP '9999-12-31 00:00:00');
ALTER TABLE report_dossier ALTER COLUMN active_until SET NOT NULL;
CREATE INDEX report_dossier_by_agency_active ON report_dossier (agency_code, active_until);
