-- The internal process of each received dossier, and its hand-overs (the tracking slip, Mẫu 05).
CREATE TABLE dossier_step (
    dossier_id  UUID          NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    role        VARCHAR(40)   NOT NULL,
    unit_id     UUID,
    share       DECIMAL(10,2) NOT NULL,
    due_at      TIMESTAMP     NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (dossier_id, position)
);

CREATE TABLE dossier_handover (
    dossier_id UUID          NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position   INT           NOT NULL,
    handed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    from_step  INT           NOT NULL,
    to_step    INT,
    given_by   VARCHAR(100)  NOT NULL,
    forward    BOOLEAN       NOT NULL,
    comment    VARCHAR(2000),
    PRIMARY KEY (dossier_id, position)
);

-- The step a dossier waits at, kept on the dossier so that work queues are one indexed query.
ALTER TABLE dossier ADD COLUMN step_index INT;
ALTER TABLE dossier ADD COLUMN step_role VARCHAR(40);
ALTER TABLE dossier ADD COLUMN step_unit_id UUID;
ALTER TABLE dossier ADD COLUMN step_due_at TIMESTAMP;
CREATE INDEX dossier_queue_idx ON dossier (agency_code, step_role, step_due_at);
