-- Indexes for the hot paths that QueryPlanTests found scanning the whole dossier table.
-- Work queues: a dossier handed to a co-agency is found by the agency holding it (the queue's second
-- branch, OR-ed with the step's agency and role, which dossier_queue_idx serves).
CREATE INDEX dossier_held_by_idx ON dossier (held_by_agency);
-- The register of an agency lists a date range in submission order.
CREATE INDEX dossier_register_idx ON dossier (agency_code, submitted_at, code);
-- The desk's waiting list: an agency's dossiers in one status, oldest first (replaces the index on
-- agency and status alone, of which it is an extension).
CREATE INDEX dossier_agency_status_idx ON dossier (agency_code, status, submitted_at);
DROP INDEX dossier_status_idx;
