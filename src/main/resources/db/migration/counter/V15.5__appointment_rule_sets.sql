-- Each agency's appointment rules (slot length, capacity per slot, days ahead, closing before a slot), set by
-- its administrator, each rule set in force from its date (decision 0034, later section). Rows are only ever
-- added: a change is a new row from a later date, so the days already offered keep their slots. Two rows from
-- the same date: the later set is in force. An agency without a row in force on a day follows the configured
-- rule sets (motcua.counter.appointment-rules). agency_id refers to the organization module's agencies: an id,
-- no foreign key. Durations in whole minutes.
CREATE TABLE appointment_rule_set (
    id                      UUID          NOT NULL PRIMARY KEY,
    agency_id               UUID          NOT NULL,
    in_force_from           DATE          NOT NULL,
    slot_minutes            INT           NOT NULL,
    capacity_per_slot       INT           NOT NULL,
    days_ahead              INT           NOT NULL,
    closes_before_minutes   INT           NOT NULL,
    set_by                  VARCHAR(100)  NOT NULL,
    set_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Each slot list reads the agency's latest row from the day or before.
CREATE INDEX appointment_rule_set_agency_idx ON appointment_rule_set (agency_id, in_force_from, set_at);
