-- The days whose survey responses have been tallied: recorded in the audit trail by one entry for the
-- survey and day, and written again in an order of no meaning (SurveyDayTally, decision 0024). A day is
-- claimed here by the transaction that tallies it, so that two instances never tally it twice.
CREATE TABLE survey_response_day (
    survey_id   UUID NOT NULL REFERENCES survey (id),
    received_on DATE NOT NULL,
    PRIMARY KEY (survey_id, received_on)
);
