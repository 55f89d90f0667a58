-- The audit trail's pages are filtered by action too (every dossier.step.assigned, every
-- account.disabled), newest first: as for the other filters (V4.5), the index ends with the sequence
-- number, so that a page is read in order from it and stops after its rows, and a rare or mistyped
-- action costs a few index entries, not a walk of the trail. It also lists the actions the filter
-- offers, one index descent per distinct action.
CREATE INDEX audit_entry_by_action_sequence_idx ON audit_entry (action, sequence_number);
