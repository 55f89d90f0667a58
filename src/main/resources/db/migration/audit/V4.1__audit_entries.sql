-- The audit trail: append-only entries, each chained to the previous one by a SHA-256 hash.
-- sequence_number starts at 1 and has no gaps: audit_chain_head holds the last number and hash, and
-- every append locks that one row (SELECT ... FOR UPDATE), so that concurrent appends take turns and
-- never fork the chain. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE of audit_entry
-- (db/vendor/postgresql/V4.2); H2 has no such trigger, there only the code keeps it append-only.
CREATE TABLE audit_entry (
    sequence_number BIGINT                   NOT NULL PRIMARY KEY,
    id              UUID                     NOT NULL UNIQUE,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR                  NOT NULL,
    action          VARCHAR                  NOT NULL,
    record_type     VARCHAR                  NOT NULL,
    record_id       VARCHAR                  NOT NULL,
    summary         VARCHAR                  NOT NULL,
    previous_hash   VARCHAR(64)              NOT NULL,
    hash            VARCHAR(64)              NOT NULL
);
CREATE INDEX audit_entry_by_record_idx ON audit_entry (record_type, record_id);
CREATE INDEX audit_entry_by_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_by_occurred_at_idx ON audit_entry (occurred_at);

CREATE TABLE audit_chain_head (
    id            INT         NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
