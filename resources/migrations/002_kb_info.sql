-- CityKB schema, version 2: facts about the KB itself. `kb_id` names this KB for good, so
-- that an index, a backup or (later) a replica can tell which KB it belongs to.
CREATE TABLE kb_info (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO kb_info (name, value) VALUES ('kb_id', lower(hex(randomblob(16))));
