-- The key of the form that started a draft: the form sent again (a double tap, a retried request)
-- finds the draft it started instead of starting a second one. Unique per applicant, as a dossier's
-- idempotency key; drafts started before, and drafts changed later, have none.
ALTER TABLE dossier_draft ADD COLUMN idempotency_key VARCHAR(100);
ALTER TABLE dossier_draft ADD CONSTRAINT dossier_draft_idempotency_uq UNIQUE (account_id, idempotency_key);
