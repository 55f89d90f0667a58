-- A message over its recipient's rate limit waits for a slot of its own, after the recipient's other
-- waiting messages: the latest of those are read by recipient and due time, a few index entries
-- however long the recipient's backlog.
CREATE INDEX notification_message_waiting_idx ON notification_message (recipient, next_attempt_at);
