-- The registry finds a publication by its serialized event; PostgreSQL cannot B-tree index long
-- text, so it gets the hash index the library's own PostgreSQL script declares.
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
