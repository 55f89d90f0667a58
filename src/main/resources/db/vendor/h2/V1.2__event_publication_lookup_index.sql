-- The registry finds a publication by listener and serialized event (the library's H2 index).
CREATE INDEX event_publication_by_listener_and_event_idx ON event_publication (listener_id, serialized_event);
