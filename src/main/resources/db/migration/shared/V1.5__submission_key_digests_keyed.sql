-- The digests recorded so far were the plain SHA-256 of what was sent: for a questionnaire of choices
-- only, or a petition whose sender can be guessed, hashing every guess finds what was sent with a key.
-- From now on a digest has a secret kept outside the database (decision 0029). The plain ones are
-- removed at once rather than left for their 30 days; a key recorded before this gives its record to
-- whatever is sent again with it until the retention deletes it.
UPDATE submission_key SET digest = 'unkeyed';
