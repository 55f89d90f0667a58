-- Yearly overrides of the working calendar: nationwide when agency_id is null, otherwise for one
-- agency (organization's agency table: another module's, so no foreign key).
CREATE TABLE calendar_override (
    id        UUID         NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    on_date   DATE         NOT NULL,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    agency_id UUID
);
CREATE INDEX calendar_override_date_idx ON calendar_override (on_date);

-- An agency's own working hours; agencies without a row use the configured default.
CREATE TABLE calendar_working_hours (
    agency_id       UUID   NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    morning_start   TIME   NOT NULL,
    morning_end     TIME   NOT NULL,
    afternoon_start TIME   NOT NULL,
    afternoon_end   TIME   NOT NULL
);
