-- Who chose each account's password (decision 0044): its HOLDER, or SOMEONE_ELSE (an administrator), whose
-- holder must choose their own at their next sign-in. The accounts there already are taken as their holders':
-- nobody can tell any more who chose their passwords, and forcing them all would lock out every API client.
ALTER TABLE account ADD COLUMN password_chosen_by VARCHAR(20) DEFAULT 'HOLDER' NOT NULL;
