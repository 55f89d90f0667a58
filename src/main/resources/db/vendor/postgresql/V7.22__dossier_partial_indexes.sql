-- Indexes of columns that are empty for most rows take entries only where they are not: a held
-- dossier (handed to a co-agency), a step naming a unit or assigned to an officer, a dossier waiting at
-- a step. Most of a dossier's updates change an indexed column (its status, its step), so PostgreSQL
-- cannot keep them heap-only and writes a new entry into every index whose predicate the row meets:
-- the empty columns' indexes no longer get one, and stay small at millions of dossiers (at a million,
-- 46 MB of the step holder's index were empty entries). The queries that use them compare the column
-- with a value, which implies it is not null, so the planner still takes them (QueryPlanTests,
-- SparseIndexesTests). PostgreSQL only: H2 has no partial indexes and keeps the full ones.
DROP INDEX dossier_held_by_idx;
CREATE INDEX dossier_held_by_idx ON dossier (held_by_agency) WHERE held_by_agency IS NOT NULL;
DROP INDEX dossier_step_unit_idx;
CREATE INDEX dossier_step_unit_idx ON dossier (step_unit_id) WHERE step_unit_id IS NOT NULL;
DROP INDEX dossier_queue_idx;
CREATE INDEX dossier_queue_idx ON dossier (agency_code, step_role, step_due_at) WHERE step_role IS NOT NULL;
DROP INDEX dossier_step_holder_idx;
CREATE INDEX dossier_step_holder_idx ON dossier_step (holder_account_id) WHERE holder_account_id IS NOT NULL;
