-- A message is about a dossier or a petition: the column holds either's code. Administrators filter
-- the messages by it, so it is indexed.
ALTER TABLE notification_message RENAME COLUMN dossier_code TO record_code;
CREATE INDEX notification_message_record_idx ON notification_message (record_code);
