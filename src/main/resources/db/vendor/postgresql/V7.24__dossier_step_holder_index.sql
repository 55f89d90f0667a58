-- The unit head's view of the unit: dossiers whose current step is assigned to one of its officers.
-- Partial, as the other indexes of columns most rows leave empty (V7.22).
CREATE INDEX dossier_step_holder_idx ON dossier (step_holder_id) WHERE step_holder_id IS NOT NULL;
