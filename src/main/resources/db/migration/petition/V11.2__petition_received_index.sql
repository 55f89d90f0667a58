-- An agency's petitions by the time they were received: the export lists them in that order and the
-- reports count a period's (PetitionStatistics), which otherwise read every open and closed petition
-- of the agency through petition_open_idx.
CREATE INDEX petition_received_idx ON petition (agency_code, received_at);
