-- The public questions and answers of one agency (/qa?agency=, /api/v1/qa?agency=, decision 0052): its
-- published answers the newest first, read in that order from the index and cut at the page, rather than
-- every agency's published answers through petition_published_idx, then filtered and sorted.
CREATE INDEX petition_published_agency_idx ON petition (published, agency_code, answered_at, code);
