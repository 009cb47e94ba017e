-- CityKB schema, version 4: searches saved under a name (a query with its type and facet
-- filters), kept in the KB so that every window and every desk on it sees the same list.
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    record_type TEXT,
    facets TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
