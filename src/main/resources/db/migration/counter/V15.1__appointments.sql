-- Appointments to hand in papers at the counter (hẹn nộp hồ sơ), and the places taken in each slot
-- (one row per agency and slot start, raised and lowered with each booking and cancellation: the row
-- whose lock orders two bookings of one slot). agency_id, sector_code and procedure_code refer to other
-- modules' records: ids only, no foreign keys. Times of slots are Vietnam's local time.
CREATE TABLE appointment (
    code            VARCHAR(12)   NOT NULL PRIMARY KEY,
    agency_id       UUID          NOT NULL,
    sector_code     VARCHAR(60)   NOT NULL,
    procedure_code  VARCHAR(60),
    starts_at       TIMESTAMP     NOT NULL,
    ends_at         TIMESTAMP     NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    phone           VARCHAR(20)   NOT NULL,
    email           VARCHAR(200),
    status          VARCHAR(12)   NOT NULL,
    booked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX appointment_agency_start ON appointment (agency_id, starts_at);

CREATE TABLE appointment_slot (
    agency_id   UUID       NOT NULL,
    starts_at   TIMESTAMP  NOT NULL,
    booked      INT        NOT NULL,
    PRIMARY KEY (agency_id, starts_at)
);
