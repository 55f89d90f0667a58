-- Turns the instances of one installation take at work that must not run on two of them at once
-- (InstanceTurns, decision 0038): a row per piece of work, locked for update by the transaction that
-- holds the turn, with when a turn at it was last taken. Rows are added on first use.
CREATE TABLE instance_turn (
    name     VARCHAR(60)              NOT NULL PRIMARY KEY,
    taken_at TIMESTAMP WITH TIME ZONE
);
