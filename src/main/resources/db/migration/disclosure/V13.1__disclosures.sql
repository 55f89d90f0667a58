-- Publications (công khai) to the public or to the agency's officers, their files, and the officers'
-- confirmations that they read a staff publication. agency_id and account ids refer to other
-- modules' records: ids only, no foreign keys.
CREATE TABLE disclosure (
    id                      UUID          NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    agency_id               UUID          NOT NULL,
    agency_code             VARCHAR(40)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    audience                VARCHAR(10)   NOT NULL,
    category                VARCHAR(40)   NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    body                    VARCHAR(8000) NOT NULL,
    posted_from             DATE          NOT NULL,
    posted_until            DATE          NOT NULL,
    -- the rule set it was published under: its first day in force and the category's minimum there
    rules_in_force_from     DATE,
    minimum_days            INT,
    -- a correction names the publication it replaces; the replaced one names its replacement
    replaces                UUID,
    replaced_by             UUID,
    prepared_by             VARCHAR(100)  NOT NULL,
    prepared_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by            VARCHAR(100),
    published_at            TIMESTAMP WITH TIME ZONE,
    replaced_at             TIMESTAMP WITH TIME ZONE,
    withdrawn_by            VARCHAR(100),
    withdrawn_at            TIMESTAMP WITH TIME ZONE,
    withdrawal_reason       VARCHAR(2000)
);

-- the public lists: posted now or archived, latest first day of posting first, by category or not
CREATE INDEX disclosure_public_list ON disclosure (audience, status, posted_from);
CREATE INDEX disclosure_public_category ON disclosure (category, audience, status, posted_from);
-- the officers' list of their agency
CREATE INDEX disclosure_agency_list ON disclosure (agency_id, posted_from);

CREATE TABLE disclosure_file (
    disclosure_id           UUID          NOT NULL,
    position                INT           NOT NULL,
    attachment_id           VARCHAR(36)   NOT NULL,
    file_name               VARCHAR(255)  NOT NULL,
    content_type            VARCHAR(100)  NOT NULL,
    file_size               BIGINT        NOT NULL,
    PRIMARY KEY (disclosure_id, position),
    FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE disclosure_reading (
    disclosure_id           UUID          NOT NULL REFERENCES disclosure (id),
    account_id              UUID          NOT NULL,
    read_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (disclosure_id, account_id)
);

-- which of a page's publications an officer read
CREATE INDEX disclosure_reading_account ON disclosure_reading (account_id, disclosure_id);
