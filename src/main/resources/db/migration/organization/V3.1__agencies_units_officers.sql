-- Agencies (tenants), their unit trees and their officers.
CREATE TABLE agency (
    id       UUID         NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    code     VARCHAR(40)  NOT NULL,
    name     VARCHAR(300) NOT NULL,
    province VARCHAR(100) NOT NULL,
    CONSTRAINT agency_code_uq UNIQUE (code)
);

CREATE TABLE unit (
    id        UUID         NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    agency_id UUID         NOT NULL REFERENCES agency (id),
    parent_id UUID REFERENCES unit (id),
    name      VARCHAR(300) NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    position  INT          NOT NULL
);
CREATE INDEX unit_agency_idx ON unit (agency_id);

-- account_id refers to identity's account table: another module's, so no foreign key.
CREATE TABLE officer (
    id             UUID         NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    account_id     UUID         NOT NULL,
    agency_id      UUID         NOT NULL REFERENCES agency (id),
    unit_id        UUID         NOT NULL REFERENCES unit (id),
    full_name      VARCHAR(200) NOT NULL,
    position_title VARCHAR(200) NOT NULL,
    CONSTRAINT officer_account_uq UNIQUE (account_id)
);
CREATE INDEX officer_agency_idx ON officer (agency_id);
