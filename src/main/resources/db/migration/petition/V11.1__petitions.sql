-- Petitions (phản ánh, kiến nghị, hỏi đáp, khiếu nại, tố cáo, kiến nghị cử tri) and their history.
-- account_id, handler_account_id, unit_id and reception_record_id's session refer to other
-- modules' records: ids only, no foreign keys.
CREATE SEQUENCE petition_code_seq START WITH 1;

CREATE TABLE petition (
    id                      UUID          NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    code                    VARCHAR(40)   NOT NULL,
    agency_code             VARCHAR(40)   NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    channel                 VARCHAR(20)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    rule_set                VARCHAR(40)   NOT NULL,
    complexity              VARCHAR(20)   NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    content                 VARCHAR(8000) NOT NULL,
    concerning              VARCHAR(1000),
    sector_code             VARCHAR(60),
    procedure_code          VARCHAR(60),
    dossier_code            VARCHAR(60),
    petitioner_name         VARCHAR(300),
    petitioner_address      VARCHAR(500),
    petitioner_phone        VARCHAR(20),
    petitioner_email        VARCHAR(200),
    attachment_id           VARCHAR(36),
    attachment_name         VARCHAR(255),
    attachment_type         VARCHAR(100),
    account_id              UUID,
    reception_record_id     UUID,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_due_at       TIMESTAMP     NOT NULL,
    forwarding_due_at       TIMESTAMP     NOT NULL,
    resolution_due_at       TIMESTAMP,
    extensions              INT           NOT NULL,
    unit_id                 UUID,
    handler_account_id      UUID,
    handler_name            VARCHAR(300),
    decided_at              TIMESTAMP,
    acceptance_timeliness   VARCHAR(20),
    forwarded_to            VARCHAR(300),
    refusal_reason          VARCHAR(2000),
    answer                  VARCHAR(8000),
    answered_at             TIMESTAMP,
    resolution_timeliness   VARCHAR(20),
    published               BOOLEAN       NOT NULL,
    search_text             VARCHAR(20000) NOT NULL,
    closed_at               TIMESTAMP,
    repeated                BOOLEAN       NOT NULL,
    dissatisfied            BOOLEAN       NOT NULL,
    CONSTRAINT petition_code_uq UNIQUE (code)
);
CREATE INDEX petition_open_idx ON petition (agency_code, status);
CREATE INDEX petition_account_idx ON petition (account_id, received_at);
CREATE INDEX petition_published_idx ON petition (published, kind);

CREATE TABLE petition_change (
    petition_id UUID         NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    note        VARCHAR(4000),
    PRIMARY KEY (petition_id, position)
);

-- The reception log (sổ tiếp công dân, Mẫu 06-TCD of TT 06/2014/TT-TTCP as quoted in legal-rules §8.3)
CREATE TABLE reception_record (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    agency_code       VARCHAR(40)   NOT NULL,
    serial            INT           NOT NULL,
    received_on       DATE          NOT NULL,
    citizens          VARCHAR(2000) NOT NULL,
    persons           INT           NOT NULL,
    content           VARCHAR(8000) NOT NULL,
    prior_handling    VARCHAR(4000),
    requests          VARCHAR(4000),
    result_summary    VARCHAR(4000),
    citizens_signed   BOOLEAN       NOT NULL,
    officer_name      VARCHAR(300)  NOT NULL,
    answer_due_at     TIMESTAMP     NOT NULL,
    director_session  BOOLEAN       NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reception_record_serial_uq UNIQUE (agency_code, serial)
);
