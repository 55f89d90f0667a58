-- An entry waiting for the chain is written once and deleted once, when the sealer has chained it:
-- refuse UPDATE and TRUNCATE, as for audit_entry (V4.2). Its hash does not exist yet, so until it is
-- sealed (a few seconds) only this trigger guards it.
CREATE TRIGGER audit_pending_no_update
    BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_pending_no_truncate
    BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
