-- Online submissions an applicant is still preparing, with the files uploaded so far.
CREATE TABLE dossier_draft (
    id               UUID         NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    account_id       UUID         NOT NULL,
    procedure_code   VARCHAR(60)  NOT NULL,
    address          VARCHAR(500) NOT NULL,
    delivery         VARCHAR(20)  NOT NULL,
    delivery_address VARCHAR(500),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dossier_draft_account_idx ON dossier_draft (account_id, updated_at);

CREATE TABLE dossier_draft_file (
    draft_id                UUID         NOT NULL REFERENCES dossier_draft (id) ON DELETE CASCADE,
    position                INT          NOT NULL,
    required_document_index INT          NOT NULL,
    attachment_id           VARCHAR(36)  NOT NULL,
    sha256                  VARCHAR(64)  NOT NULL,
    file_name               VARCHAR(255) NOT NULL,
    content_type            VARCHAR(100) NOT NULL,
    file_size               BIGINT       NOT NULL,
    PRIMARY KEY (draft_id, position)
);
