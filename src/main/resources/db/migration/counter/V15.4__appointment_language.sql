-- The language of the pages an appointment was booked on (vi or en), so that its notices (booked, reminder,
-- cancelled, link sent again) are in that language: the booker has no account and so no preferences
-- (decision 0037). The appointments booked before were booked without it and keep Vietnamese, the default.
ALTER TABLE appointment ADD COLUMN language VARCHAR(8) DEFAULT 'vi' NOT NULL;
