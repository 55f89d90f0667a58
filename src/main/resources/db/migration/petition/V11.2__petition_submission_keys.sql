-- A submission's key (the form's hidden token, or the API's Idempotency-Key): a second submission with
-- the same key (a double tap, a form sent again, a client's retry) gets the petition of the first
-- instead of a second one. The digest of what was sent tells such a retry from another petition sent
-- with a key used before; it holds no personal data in clear.
CREATE TABLE petition_submission_key (
    submission_key VARCHAR(100)             NOT NULL PRIMARY KEY,
    digest         VARCHAR(64)              NOT NULL,
    petition_code  VARCHAR(40)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
