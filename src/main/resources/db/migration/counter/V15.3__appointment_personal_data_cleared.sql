-- The booker's name, phone and e-mail are cleared some time after the appointment (decision 0037): the row
-- stays, with its code, slot and status, and records when they were cleared. The clearing job looks for the
-- appointments not cleared yet that started before its cutoff.
ALTER TABLE appointment ALTER COLUMN name DROP NOT NULL;
ALTER TABLE appointment ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE appointment ADD COLUMN personal_data_cleared_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX appointment_to_clear ON appointment (personal_data_cleared_at, starts_at);
