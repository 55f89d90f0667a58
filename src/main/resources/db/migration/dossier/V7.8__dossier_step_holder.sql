-- The officer a step is assigned to (the unit head assigns a specialist); empty: any holder of the role.
ALTER TABLE dossier_step ADD COLUMN holder_account_id UUID;
