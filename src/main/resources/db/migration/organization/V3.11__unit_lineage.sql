-- Units that merge and split (decision 0036). A unit is in service from started_on (unknown for the
-- units made before) until ended_on, the day a merge or a split took effect; a unit that ended stays,
-- with its name, so that closed dossiers, past steps and past reports keep naming it.
ALTER TABLE unit ADD COLUMN started_on DATE;
ALTER TABLE unit ADD COLUMN ended_on DATE;

-- Each row links a unit that ended to one of its successors. A merge has one row per merged unit,
-- all naming the same successor; a split one row per successor, all naming the split unit. The
-- successor that took the open work (and the one that took the catalogue's steps) is marked: a unit's
-- work has exactly one of each. change_id groups the rows of one merge or split.
CREATE TABLE unit_lineage (
    id                  UUID         NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    change_id           UUID         NOT NULL,
    agency_id           UUID         NOT NULL REFERENCES agency (id),
    kind                VARCHAR(10)  NOT NULL,
    predecessor_id      UUID         NOT NULL REFERENCES unit (id),
    successor_id        UUID         NOT NULL REFERENCES unit (id),
    effective_on        DATE         NOT NULL,
    takes_open_work     BOOLEAN      NOT NULL,
    takes_process_steps BOOLEAN      NOT NULL,
    officers_moved      INT          NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX unit_lineage_agency_idx ON unit_lineage (agency_id, effective_on);
