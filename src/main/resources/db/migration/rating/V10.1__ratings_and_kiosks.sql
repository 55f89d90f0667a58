-- Satisfaction ratings. dossier_id, account_id and unit_id refer to other modules' records
-- (dossier, identity, organization): ids only, no foreign keys. Names and units are copied as they
-- were when the rating was given, so that statistics of the past never change.

-- Dossiers whose result was returned, so that their applicant may rate them
CREATE TABLE rating_ratable_dossier (
    dossier_id      UUID          NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    dossier_code    VARCHAR(60)   NOT NULL,
    account_id      UUID,
    agency_code     VARCHAR(40)   NOT NULL,
    procedure_code  VARCHAR(60)   NOT NULL,
    procedure_name  VARCHAR(1000) NOT NULL,
    sector_code     VARCHAR(60),
    returned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rating_ratable_code_uq UNIQUE (dossier_code)
);

-- The officers who handled a ratable dossier
CREATE TABLE rating_handler (
    dossier_id  UUID         NOT NULL REFERENCES rating_ratable_dossier (dossier_id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    username    VARCHAR(100) NOT NULL,
    full_name   VARCHAR(300) NOT NULL,
    unit_id     UUID,
    unit_name   VARCHAR(300),
    PRIMARY KEY (dossier_id, position)
);

-- One rating: online by the applicant (account_id set, once per dossier) or at a kiosk (one per service)
CREATE TABLE rating (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    agency_code       VARCHAR(40)   NOT NULL,
    dossier_id        UUID,
    dossier_code      VARCHAR(60),
    procedure_code    VARCHAR(60),
    procedure_name    VARCHAR(1000),
    sector_code       VARCHAR(60),
    account_id        UUID,
    kiosk_service_id  UUID,
    counter_name      VARCHAR(100),
    level_code        VARCHAR(40)   NOT NULL,
    level_rank        INT           NOT NULL,
    satisfied         BOOLEAN       NOT NULL,
    comment           VARCHAR(2000),
    rated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE,
    changeable_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rating_applicant_dossier_uq UNIQUE (account_id, dossier_id),
    CONSTRAINT rating_kiosk_service_uq UNIQUE (kiosk_service_id)
);
CREATE INDEX rating_agency_period_idx ON rating (agency_code, rated_at);

-- The officers a rating counts for
CREATE TABLE rating_officer (
    rating_id  UUID         NOT NULL REFERENCES rating (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    username   VARCHAR(100) NOT NULL,
    full_name  VARCHAR(300) NOT NULL,
    unit_id    UUID,
    unit_name  VARCHAR(300),
    PRIMARY KEY (rating_id, position)
);

-- The nine indicators' scores (0, 1 or 2), when the agency asks for them
CREATE TABLE rating_indicator (
    rating_id  UUID        NOT NULL REFERENCES rating (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    indicator  VARCHAR(40) NOT NULL,
    score      INT         NOT NULL,
    PRIMARY KEY (rating_id, position),
    CONSTRAINT rating_indicator_score_ck CHECK (score BETWEEN 0 AND 2)
);

-- Each agency's choice to ask for the nine indicators (unset: the installation's default)
CREATE TABLE rating_agency_setting (
    agency_code      VARCHAR(40) NOT NULL PRIMARY KEY,
    asks_indicators  BOOLEAN     NOT NULL
);

-- Counter kiosks: a tablet opened by the desk, holding only a token (its SHA-256 is kept here), and
-- the service the desk opened on it for the walk-in applicant, until it is rated
CREATE TABLE rating_kiosk (
    id                     UUID         NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    agency_code            VARCHAR(40)  NOT NULL,
    counter_name           VARCHAR(100) NOT NULL,
    token_hash             VARCHAR(64)  NOT NULL,
    opened_by              VARCHAR(100) NOT NULL,
    opened_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at              TIMESTAMP WITH TIME ZONE,
    service_id             UUID,
    service_dossier_code   VARCHAR(60),
    service_opened_by      VARCHAR(100),
    service_opened_at      TIMESTAMP WITH TIME ZONE,
    last_rated_service_id  UUID,
    CONSTRAINT rating_kiosk_token_uq UNIQUE (token_hash)
);
CREATE INDEX rating_kiosk_agency_idx ON rating_kiosk (agency_code, closed_at);
