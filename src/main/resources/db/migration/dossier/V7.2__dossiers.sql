-- Dossiers, their documents and their status history. procedure_version_id and account_id refer
-- to other modules' records (catalog, identity): ids only, no foreign keys.
CREATE TABLE dossier (
    id                       UUID         NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    code                     VARCHAR(60)  NOT NULL,
    agency_code              VARCHAR(40)  NOT NULL,
    procedure_code           VARCHAR(60)  NOT NULL,
    procedure_version_id     UUID         NOT NULL,
    procedure_name           VARCHAR(1000) NOT NULL,
    channel                  VARCHAR(20)  NOT NULL,
    sets                     INT          NOT NULL,
    status                   VARCHAR(30)  NOT NULL,
    applicant_kind           VARCHAR(20)  NOT NULL,
    applicant_name           VARCHAR(300) NOT NULL,
    applicant_id_number      VARCHAR(20)  NOT NULL,
    applicant_address        VARCHAR(500) NOT NULL,
    applicant_phone          VARCHAR(20)  NOT NULL,
    applicant_email          VARCHAR(200),
    account_id               UUID,
    delivery                 VARCHAR(20)  NOT NULL,
    delivery_address         VARCHAR(500),
    submitted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at              TIMESTAMP WITH TIME ZONE,
    appointment_at           TIMESTAMP,
    rule_set                 VARCHAR(40),
    idempotency_key          VARCHAR(100),
    CONSTRAINT dossier_code_uq UNIQUE (code),
    CONSTRAINT dossier_idempotency_uq UNIQUE (account_id, idempotency_key)
);
CREATE INDEX dossier_account_idx ON dossier (account_id, submitted_at);
CREATE INDEX dossier_status_idx ON dossier (agency_code, status);

CREATE TABLE dossier_document (
    dossier_id              UUID         NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position                INT          NOT NULL,
    required_document_index INT          NOT NULL,
    name                    VARCHAR(1000) NOT NULL,
    originals               INT          NOT NULL,
    certified_copies        INT          NOT NULL,
    photocopies             INT          NOT NULL,
    file_id                 VARCHAR(36),
    file_sha256             VARCHAR(64),
    file_name               VARCHAR(255),
    content_type            VARCHAR(100),
    file_size               BIGINT       NOT NULL,
    PRIMARY KEY (dossier_id, position)
);

CREATE TABLE dossier_status_change (
    dossier_id UUID        NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    status     VARCHAR(30) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    note       VARCHAR(4000),
    PRIMARY KEY (dossier_id, position)
);
