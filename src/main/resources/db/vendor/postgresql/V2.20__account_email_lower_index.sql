-- Sign-in (the form and HTTP Basic on the API) finds the account by user name, ID number or
-- e-mail compared without case: LOWER(email) cannot use account_email_idx, so every sign-in
-- scanned the whole account table (QueryPlanTests). H2 has no expression indexes; its embedded
-- installations are small.
CREATE INDEX account_email_lower_idx ON account (LOWER(email));
