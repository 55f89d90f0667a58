-- Submission keys are deleted once they are older than their retention (a retry comes within
-- minutes or days, not months): the deletion finds them by age.
CREATE INDEX submission_key_created_idx ON submission_key (created_at);
