-- Survey campaigns (khảo sát): the survey with its respondent areas and ordered questionnaire, the
-- anonymous responses and their answers, and who has responded. survey_respondent names the
-- accounts that responded but is not linked to their responses and holds no time, so that no one
-- can tell which response is an account's. agency_code refers to the organization module: no key.
CREATE TABLE survey (
    id              UUID          NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    agency_code     VARCHAR(40)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    purpose         VARCHAR(4000) NOT NULL,
    audience        VARCHAR(20)   NOT NULL,
    areas           VARCHAR(4000) NOT NULL,
    opens_on        DATE          NOT NULL,
    closes_on       DATE          NOT NULL,
    publish_results BOOLEAN       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    prepared_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX survey_agency_idx ON survey (agency_code, opens_on);

-- one question of the ordered questionnaire; options (or a rating's five labels) one a line
CREATE TABLE survey_question (
    survey_id   UUID          NOT NULL REFERENCES survey (id),
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    wording     VARCHAR(1000) NOT NULL,
    required    BOOLEAN       NOT NULL,
    options     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (survey_id, position)
);

-- received_on is a date, not a time, so that it cannot be matched with a sign-in or a log line
CREATE TABLE survey_response (
    id          UUID          NOT NULL PRIMARY KEY,
    survey_id   UUID          NOT NULL REFERENCES survey (id),
    area        VARCHAR(200)  NOT NULL,
    channel     VARCHAR(20)   NOT NULL,
    received_on DATE          NOT NULL
);
CREATE INDEX survey_response_survey_idx ON survey_response (survey_id, area);

-- choice: the option's number from 0, or the rating from 1 to 5; text_answer: a free-text answer
CREATE TABLE survey_answer (
    response_id UUID          NOT NULL REFERENCES survey_response (id),
    position    INT           NOT NULL,
    choice      INT,
    text_answer VARCHAR(2000)
);
CREATE INDEX survey_answer_response_idx ON survey_answer (response_id, position);

CREATE TABLE survey_respondent (
    survey_id   UUID          NOT NULL REFERENCES survey (id),
    account_id  UUID          NOT NULL,
    PRIMARY KEY (survey_id, account_id)
);
