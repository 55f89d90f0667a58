-- Drafts of rules put out for comment (lấy ý kiến dự thảo), their draft files, and the comments
-- with how each was taken up (tiếp thu, tiếp thu một phần, giải trình). agency_id and account ids
-- refer to other modules' records: ids only, no foreign keys.
CREATE SEQUENCE consultation_comment_code_seq START WITH 1;

CREATE TABLE consultation (
    id                      UUID          NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    agency_id               UUID          NOT NULL,
    agency_code             VARCHAR(40)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    audience                VARCHAR(10)   NOT NULL,
    document_type           VARCHAR(20)   NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    summary                 VARCHAR(4000) NOT NULL,
    drafting_unit           VARCHAR(300)  NOT NULL,
    opens_on                DATE          NOT NULL,
    closes_on               DATE          NOT NULL,
    -- the period rule set it was opened under: its first day in force and its minimum for the type
    rules_in_force_from     DATE,
    minimum_days            INT,
    prepared_by             VARCHAR(100)  NOT NULL,
    prepared_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at               TIMESTAMP WITH TIME ZONE,
    synthesis_published_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX consultation_list ON consultation (status, closes_on, id);

CREATE TABLE consultation_draft_file (
    consultation_id         UUID          NOT NULL,
    position                INT           NOT NULL,
    attachment_id           VARCHAR(36)   NOT NULL,
    file_name               VARCHAR(255)  NOT NULL,
    content_type            VARCHAR(100)  NOT NULL,
    file_size               BIGINT        NOT NULL,
    PRIMARY KEY (consultation_id, position),
    FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

CREATE TABLE consultation_comment (
    id                      UUID          NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    consultation_id         UUID          NOT NULL REFERENCES consultation (id),
    code                    VARCHAR(20)   NOT NULL UNIQUE,
    commenter_kind          VARCHAR(20)   NOT NULL,
    commenter_name          VARCHAR(300)  NOT NULL,
    organisation_name       VARCHAR(300),
    contact                 VARCHAR(200),
    clause                  VARCHAR(200),
    comment_text            VARCHAR(8000) NOT NULL,
    account_id              UUID,
    submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    decision                VARCHAR(20),
    explanation             VARCHAR(4000),
    decided_by              VARCHAR(100),
    decided_at              TIMESTAMP WITH TIME ZONE
);

CREATE INDEX consultation_comment_of ON consultation_comment (consultation_id, code);
