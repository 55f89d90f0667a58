-- A message to a denouncer (Luật Tố cáo Art. 9: the identity is secret) is marked when it is queued,
-- so that the administrators' list and API show that a message went out, never to whom; the worker
-- still reads the real address. V9.4 is taken by db/vendor/postgresql.
ALTER TABLE notification_message ADD COLUMN recipient_secret BOOLEAN DEFAULT FALSE NOT NULL;
-- The messages queued before cannot tell a denunciation's answer from another petition's (the table
-- holds the code only): the recipients of every petition's answer notice are withheld, the safe
-- side, until the retention period deletes these messages.
UPDATE notification_message SET recipient_secret = TRUE WHERE notice = 'PETITION_ANSWERED';
