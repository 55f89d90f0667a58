-- The public questions and answers of every agency (/qa, /api/v1/qa without agency): the published answers
-- the newest first, read in that order from the index and cut at the page, rather than every published
-- answer read through petition_published_idx (published, kind) and sorted for each page.
CREATE INDEX petition_published_time_idx ON petition (published, answered_at, code);
