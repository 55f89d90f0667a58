-- audit_entry is append-only: refuse UPDATE, DELETE and TRUNCATE even to the application's own
-- database user. An owner can still disable the trigger; the hash chain then shows what was changed.
-- (H2 gets no such trigger: it would need a Java trigger class; there the code alone has no path
-- that updates or deletes an entry.)
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
