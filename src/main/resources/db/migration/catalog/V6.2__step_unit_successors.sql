-- The unit that took over the catalogue's process steps of a unit that was merged or split
-- (decision 0036). Drafts are rewritten; an announced version is never changed, so a dossier planned
-- from it reads its steps' units through this table. unit_id and successor_id are the organization
-- module's units: ids only, no foreign keys.
CREATE TABLE step_unit_successor (
    unit_id      UUID NOT NULL PRIMARY KEY,
    successor_id UUID NOT NULL,
    effective_on DATE NOT NULL
);
