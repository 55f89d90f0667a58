-- The unit head's view of the unit's queue: dossiers whose current step names the unit, or whose
-- current step is assigned to one of its officers (WorkQueues.unit reaches each branch by its index).
CREATE INDEX dossier_step_unit_idx ON dossier (step_unit_id);
CREATE INDEX dossier_step_holder_idx ON dossier_step (holder_account_id);
