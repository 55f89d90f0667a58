-- Accounts that sign in: applicants (citizens, organisations, businesses) and officers.
CREATE TABLE account (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    id_number       VARCHAR(20),
    phone           VARCHAR(20),
    email           VARCHAR(200),
    password_hash   VARCHAR(200) NOT NULL,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_uq UNIQUE (username),
    CONSTRAINT account_id_number_uq UNIQUE (id_number)
);
CREATE INDEX account_email_idx ON account (email);
CREATE INDEX account_phone_idx ON account (phone);

-- Roles held by an account; officer roles are scoped to one agency (agency_id, owned by organization).
CREATE TABLE account_role (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    agency_id  UUID
);
CREATE INDEX account_role_account_idx ON account_role (account_id);
