-- Queue tickets (lấy số thứ tự) the one-stop desk issues to each visitor, numbered from 1 each day per agency
-- (queue_day holds the day's last number: the row whose lock orders two tickets issued at once). queue_at is
-- the ticket's place in the queue: when it was issued, or a checked-in appointment's start if that is later.
CREATE TABLE queue_ticket (
    id                UUID          NOT NULL PRIMARY KEY,
    agency_id         UUID          NOT NULL,
    issued_on         DATE          NOT NULL,
    number            INT           NOT NULL,
    appointment_code  VARCHAR(12),
    status            VARCHAR(12)   NOT NULL,
    queue_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by         VARCHAR(100)  NOT NULL,
    called_at         TIMESTAMP WITH TIME ZONE,
    called_by         VARCHAR(100),
    finished_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT queue_ticket_number UNIQUE (agency_id, issued_on, number),
    CONSTRAINT queue_ticket_appointment UNIQUE (appointment_code)
);

CREATE INDEX queue_ticket_day_status ON queue_ticket (agency_id, issued_on, status, queue_at);

CREATE TABLE queue_day (
    agency_id    UUID  NOT NULL,
    queue_on     DATE  NOT NULL,
    last_number  INT   NOT NULL,
    PRIMARY KEY (agency_id, queue_on)
);
