-- The apology and new appointment (Mẫu 04), issued at most once; the dossier still counts as late.
ALTER TABLE dossier ADD COLUMN apologized_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dossier ADD COLUMN apology_reason VARCHAR(2000);
ALTER TABLE dossier ADD COLUMN new_appointment_at TIMESTAMP;
