-- When each account's password was chosen (decision 0053): one that someone else (an administrator) chose stops
-- working a while after it (motcua.identity.temporary-password-valid-for). The accounts there already are taken as
-- chosen now: nobody can tell any more when their passwords were, and so one chosen by an administrator before this
-- release works for the same while from the upgrade, rather than stopping at once.
ALTER TABLE account ADD COLUMN password_chosen_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
