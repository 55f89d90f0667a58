-- The unit head's view of the unit: dossiers whose current step is assigned to one of its officers.
CREATE INDEX dossier_step_holder_idx ON dossier (step_holder_id);
