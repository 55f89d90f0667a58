-- Notifications: the messages queued for delivery, the administrators' edits of the templates, and
-- each applicant's choice of channels. No foreign keys to other modules' tables (dossier, account).

-- One row per message to one recipient on one channel. The idempotency key names the event and the
-- channel, so that a replayed event or a second listener run never queues (hence never sends) twice.
CREATE TABLE notification_message (
    id              UUID                     NOT NULL PRIMARY KEY,
    idempotency_key VARCHAR(300)             NOT NULL,
    notice          VARCHAR(40)              NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    recipient       VARCHAR(320)             NOT NULL,
    account_id      UUID,
    dossier_code    VARCHAR(64),
    language        VARCHAR(5)               NOT NULL,
    subject         VARCHAR(500),
    body            VARCHAR(4000)            NOT NULL,
    status          VARCHAR(24)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_message_idempotency_uk UNIQUE (idempotency_key)
);
CREATE INDEX notification_message_due_idx ON notification_message (status, next_attempt_at);
CREATE INDEX notification_message_recipient_idx ON notification_message (recipient, sent_at);
CREATE INDEX notification_message_created_idx ON notification_message (created_at);

-- An administrator's version of a template; without a row the default shipped in
-- notification/templates*.properties applies.
CREATE TABLE notification_template (
    notice     VARCHAR(40)              NOT NULL,
    channel    VARCHAR(10)              NOT NULL,
    language   VARCHAR(5)               NOT NULL,
    subject    VARCHAR(500),
    body       VARCHAR(4000)            NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (notice, channel, language)
);

-- An applicant's channels and language; without a row both channels are on, in Vietnamese.
CREATE TABLE notification_preference (
    account_id    UUID                     NOT NULL PRIMARY KEY,
    email_enabled BOOLEAN                  NOT NULL,
    sms_enabled   BOOLEAN                  NOT NULL,
    language      VARCHAR(5)               NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
