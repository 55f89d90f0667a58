-- The reporting module's read model: one row of facts per dossier, refreshed from the dossier module
-- on every dossier event (no personal data, no foreign keys across modules). Local times are
-- Vietnam's, so that report periods (whole local days) compare directly.
CREATE TABLE report_dossier (
    dossier_id          UUID          NOT NULL PRIMARY KEY,
    dossier_version     BIGINT        NOT NULL,
    code                VARCHAR(64)   NOT NULL,
    agency_code         VARCHAR(64)   NOT NULL,
    sector_code         VARCHAR(64)   NOT NULL,
    sector_name         VARCHAR(500)  NOT NULL,
    sector_position     INT           NOT NULL,
    procedure_code      VARCHAR(100)  NOT NULL,
    procedure_name      VARCHAR(1000) NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    submitted_at        TIMESTAMP     NOT NULL,
    received_at         TIMESTAMP,
    due_at              TIMESTAMP,
    ended_at            TIMESTAMP,
    ending              VARCHAR(16),
    final_class         VARCHAR(16),
    paused_since        TIMESTAMP,
    supplement_requests INT           NOT NULL,
    elapsed_minutes     BIGINT,
    step_role           VARCHAR(32),
    step_unit_id        UUID,
    step_holder_id      UUID,
    step_due_at         TIMESTAMP,
    updated_at          TIMESTAMP     NOT NULL
);
-- The report scans an agency's dossiers received before the period's end; drill-downs and the
-- dashboards the open ones.
CREATE INDEX report_dossier_by_agency_received ON report_dossier (agency_code, received_at);
CREATE INDEX report_dossier_by_agency_ended ON report_dossier (agency_code, ended_at);
