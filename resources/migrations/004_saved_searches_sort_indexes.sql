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

-- Lists sorted by last change or revision (the window's "recently changed") read a page through
-- an index instead of sorting the whole table (docs/benchmarks.md, "Lists by page").
CREATE INDEX taxonomy_terms_updated_at ON taxonomy_terms(updated_at, key);
CREATE INDEX taxonomy_terms_revision ON taxonomy_terms(revision, key);
CREATE INDEX documents_updated_at ON documents(updated_at, key);
CREATE INDEX documents_revision ON documents(revision, key);
CREATE INDEX networks_updated_at ON networks(updated_at, key);
CREATE INDEX networks_revision ON networks(revision, key);
CREATE INDEX cities_updated_at ON cities(updated_at, key);
CREATE INDEX cities_revision ON cities(revision, key);
CREATE INDEX organisations_updated_at ON organisations(updated_at, key);
CREATE INDEX organisations_revision ON organisations(revision, key);
CREATE INDEX forums_updated_at ON forums(updated_at, key);
CREATE INDEX forums_revision ON forums(revision, key);
CREATE INDEX working_groups_updated_at ON working_groups(updated_at, key);
CREATE INDEX working_groups_revision ON working_groups(revision, key);
CREATE INDEX people_updated_at ON people(updated_at, key);
CREATE INDEX people_revision ON people(revision, key);
CREATE INDEX practices_updated_at ON practices(updated_at, key);
CREATE INDEX practices_revision ON practices(revision, key);
CREATE INDEX events_updated_at ON events(updated_at, key);
CREATE INDEX events_revision ON events(revision, key);
CREATE INDEX questionnaires_updated_at ON questionnaires(updated_at, key);
CREATE INDEX questionnaires_revision ON questionnaires(revision, key);
CREATE INDEX responses_updated_at ON responses(updated_at, key);
CREATE INDEX responses_revision ON responses(revision, key);
CREATE INDEX recommendations_updated_at ON recommendations(updated_at, key);
CREATE INDEX recommendations_revision ON recommendations(revision, key);
