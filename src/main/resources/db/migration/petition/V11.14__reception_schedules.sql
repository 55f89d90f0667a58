-- Each agency's citizen reception schedule (lịch tiếp công dân, Luật Tiếp công dân 2013 Art. 18), set by
-- its administrator, each in force from its date (decision 0052). Rows are only ever added: a change is
-- a new row, so the schedule a past reception day followed can still be read. Two rows from the same
-- date: the later set is in force. The home agency without a row follows motcua.petition.reception.
-- agency_code refers to the organization module's agencies: by code, no foreign key.
CREATE TABLE reception_schedule (
    id                      UUID          NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    agency_code             VARCHAR(40)   NOT NULL,
    effective_from          DATE          NOT NULL,
    director_week_of_month  INT           NOT NULL,
    director_day            VARCHAR(10)   NOT NULL,
    weekly_day              VARCHAR(10)   NOT NULL,
    weekly_from             TIME          NOT NULL,
    weekly_to               TIME          NOT NULL,
    -- empty: the page says "at the agency's reception office"
    place                   VARCHAR(300)  NOT NULL,
    set_by                  VARCHAR(100)  NOT NULL,
    set_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The public schedule reads an agency's rows up to a date, latest first.
CREATE INDEX reception_schedule_agency_idx ON reception_schedule (agency_code, effective_from, set_at);
