-- The filtered pages of the audit trail list an actor's, a record's or a record type's entries newest
-- first, by sequence number. With the index on (actor) alone, PostgreSQL read such a page by walking
-- the whole trail backwards from its newest entry until it had found a page's worth: an actor with
-- few or no entries (a mistyped name) cost a walk over the whole table, 1.6 s at three million
-- entries on the benchmark machine. Each index below ends with the sequence number, so a page is read
-- in order from the index and stops after its rows. A record id is searched without its type too (an
-- inspector pastes a dossier's code), which the index on (record_type, record_id) could not serve.
CREATE INDEX audit_entry_by_actor_sequence_idx ON audit_entry (actor, sequence_number);
CREATE INDEX audit_entry_by_record_id_sequence_idx ON audit_entry (record_id, sequence_number);
CREATE INDEX audit_entry_by_record_type_sequence_idx ON audit_entry (record_type, sequence_number);
DROP INDEX audit_entry_by_actor_idx;
DROP INDEX audit_entry_by_record_idx;
