-- A reception schedule holds several weekly sessions (a day of the week and its hours: two days a week, a
-- morning and an afternoon), or says that from its date the agency holds no regular reception, with
-- neither a director's day nor weekly sessions (decision 0052). Each schedule set before keeps its one
-- weekly session as its first.
ALTER TABLE reception_schedule ADD COLUMN no_regular_reception BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reception_schedule ALTER COLUMN director_week_of_month DROP NOT NULL;
ALTER TABLE reception_schedule ALTER COLUMN director_day DROP NOT NULL;
CREATE TABLE reception_weekly_session (
    reception_schedule  UUID         NOT NULL REFERENCES reception_schedule (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    weekday             VARCHAR(10)  NOT NULL,
    starts_at           TIME         NOT NULL,
    ends_at             TIME         NOT NULL,
    PRIMARY KEY (reception_schedule, position)
);
INSERT INTO reception_weekly_session (reception_schedule, position, weekday, starts_at, ends_at)
SELECT id, 0, weekly_day, weekly_from, weekly_to FROM reception_schedule;
ALTER TABLE reception_schedule DROP COLUMN weekly_day;
ALTER TABLE reception_schedule DROP COLUMN weekly_from;
ALTER TABLE reception_schedule DROP COLUMN weekly_to;
