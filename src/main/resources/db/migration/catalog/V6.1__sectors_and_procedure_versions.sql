-- The procedure catalogue: sectors and the versions of each procedure.
CREATE TABLE sector (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name     VARCHAR(300) NOT NULL,
    position INT          NOT NULL
);

-- One row per version. An announced version is immutable: its whole content is one JSON document
-- (documents, fees, steps), the same document the export carries, so that what a dossier was
-- submitted under can be shown exactly as it was. The columns beside it are what lists, the
-- in-force query and the search need.
CREATE TABLE procedure_version (
    id              UUID          NOT NULL PRIMARY KEY,
    procedure_code  VARCHAR(60)   NOT NULL,
    number          INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    kind            VARCHAR(20),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_signer VARCHAR(200),
    effective_from  DATE,
    name            VARCHAR(500)  NOT NULL,
    sector_code     VARCHAR(40)   NOT NULL REFERENCES sector (code),
    online_level    VARCHAR(20)   NOT NULL,
    search_text     VARCHAR(1200) NOT NULL,
    content         TEXT          NOT NULL,
    CONSTRAINT procedure_version_number_uq UNIQUE (procedure_code, number)
);
CREATE INDEX procedure_version_in_force_idx ON procedure_version (status, effective_from);
