-- Each agency's dossier numbers per day (the NNNN of {AgencyCode}-{yyMMdd}-{NNNN}).
CREATE TABLE dossier_code_counter (
    agency_code VARCHAR(40) NOT NULL,
    registration_day DATE        NOT NULL,
    last_number INT         NOT NULL,
    CONSTRAINT dossier_code_counter_pk PRIMARY KEY (agency_code, registration_day)
);
