-- CityKB schema, version 6: history and trash (docs/architecture.md, "History, trash and
-- erasure"). Every write that replaces or deletes a record first keeps the version it
-- replaces in `record_versions`: the whole record as JSON, lists included, with the revision
-- it was written at. A delete moves the record (and what its cascade took along) into `trash`
-- with the links other records lost, so that restoring brings it back with them. Record ids
-- are never handed out twice (the store picks them past every id the change log has seen),
-- so an id names one record for good and its history never mixes with another's.
CREATE TABLE record_versions (
    id INTEGER PRIMARY KEY,
    entity_type TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX record_versions_entity ON record_versions(entity_type, entity_id, revision);

CREATE TABLE trash (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    cascaded INTEGER NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_key TEXT NOT NULL,
    title TEXT,
    revision INTEGER NOT NULL,
    deleted_at TEXT NOT NULL,
    record TEXT NOT NULL,
    links TEXT NOT NULL
);
CREATE INDEX trash_entity ON trash(entity_type, entity_key);
CREATE INDEX trash_batch ON trash(batch);
