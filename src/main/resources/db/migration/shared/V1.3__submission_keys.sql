-- The keys submissions were sent with (a form's hidden key, or the API's Idempotency-Key), by scope
-- (petition, counter dossier): a second submission with the same key (a double tap, a form sent again,
-- a client's retry) gets the record of the first instead of a second one. The digest of what was sent
-- tells such a retry from other content sent with a key used before; it holds no personal data in clear.
CREATE TABLE submission_key (
    scope          VARCHAR(20)              NOT NULL,
    submission_key VARCHAR(100)             NOT NULL,
    digest         VARCHAR(64)              NOT NULL,
    record_code    VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, submission_key)
);
