-- The dispatcher's indexes hold only the messages they are read for: the due and waiting messages
-- (status QUEUED or TEMPORARY_FAILURE) and, for the rate limit, the sent ones. Sent messages are kept
-- for months (180 days by default), so the due and waiting indexes grew with the table while their
-- queries read a few entries; and a message's insert and its update to SENT now write two index
-- entries fewer. The queries name the same statuses, so the planner takes these indexes
-- (MessageQueueIndexesTests). PostgreSQL only: H2 has no partial indexes and keeps the full ones.
DROP INDEX notification_message_due_idx;
CREATE INDEX notification_message_due_idx ON notification_message (status, next_attempt_at)
    WHERE status IN ('QUEUED', 'TEMPORARY_FAILURE');
DROP INDEX notification_message_waiting_idx;
CREATE INDEX notification_message_waiting_idx ON notification_message (recipient, next_attempt_at)
    WHERE status IN ('QUEUED', 'TEMPORARY_FAILURE');
DROP INDEX notification_message_recipient_idx;
CREATE INDEX notification_message_recipient_idx ON notification_message (recipient, sent_at) WHERE status = 'SENT';
