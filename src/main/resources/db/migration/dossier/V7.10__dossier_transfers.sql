-- Inter-agency hand-overs (liên thông): the dossier handed to a co-agency and back, so that the time
-- each agency held it can be attributed to it.
CREATE TABLE dossier_transfer (
    dossier_id  UUID          NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    agency_code VARCHAR(40)   NOT NULL,
    request     VARCHAR(2000) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by     VARCHAR(100)  NOT NULL,
    returned_at TIMESTAMP WITH TIME ZONE,
    returned_by VARCHAR(100),
    opinion     VARCHAR(2000),
    PRIMARY KEY (dossier_id, position)
);
ALTER TABLE dossier ADD COLUMN held_by_agency VARCHAR(40);
