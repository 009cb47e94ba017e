-- CityKB schema, version 1: the domain model of DESIGN.md.
-- Every record table has an integer id, a unique key (the identity bundles and the CLI use),
-- and UTC ISO 8601 timestamps. Nested value objects (fees, work plans, actions, sources) are
-- JSON text; lists of links and of items with their own identity have tables of their own.
-- References that belong to their target (a working group to its network) are RESTRICT, so
-- deleting the target needs an explicit cascade; other references are SET NULL; link rows
-- go with either end.

CREATE TABLE taxonomy_terms (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    vocabulary TEXT NOT NULL,
    term TEXT NOT NULL,
    synonyms TEXT,
    description TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX taxonomy_terms_vocabulary ON taxonomy_terms(vocabulary);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT,
    date TEXT,
    organisation TEXT,
    language TEXT,
    file_name TEXT,
    checksum TEXT,
    summary TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE document_sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT,
    page INTEGER,
    text TEXT
);
CREATE INDEX document_sections_document ON document_sections(document_id, position);

CREATE TABLE networks (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT,
    scope TEXT,
    country TEXT,
    parent_id INTEGER REFERENCES networks(id) ON DELETE SET NULL,
    founded_year INTEGER,
    founders TEXT,
    headquarters TEXT,
    members_count REAL,
    members_as_of TEXT,
    members_note TEXT,
    eligibility TEXT,
    fees TEXT,
    how_to_join TEXT,
    new_group_rule TEXT,
    interview_mode TEXT,
    website TEXT,
    description TEXT,
    runs_until TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE cities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT,
    population INTEGER,
    population_year INTEGER,
    region TEXT,
    description TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT,
    country TEXT,
    city_id INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    website TEXT,
    description TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE forums (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    chair TEXT,
    chair_city_id INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    description TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE working_groups (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE RESTRICT,
    forum_id INTEGER REFERENCES forums(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind TEXT,
    focus TEXT,
    lead_city_id INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    rules TEXT,
    eu_policy TEXT,
    meeting_frequency TEXT,
    description TEXT,
    work_plans TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX working_groups_network ON working_groups(network_id);

-- A city or an organisation is a member of a network or a working group, with a role.
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    city_id INTEGER REFERENCES cities(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    network_id INTEGER REFERENCES networks(id) ON DELETE CASCADE,
    working_group_id INTEGER REFERENCES working_groups(id) ON DELETE CASCADE,
    role TEXT,
    note TEXT,
    CHECK ((city_id IS NULL) <> (organisation_id IS NULL)),
    CHECK ((network_id IS NULL) <> (working_group_id IS NULL))
);
CREATE INDEX memberships_city ON memberships(city_id);
CREATE INDEX memberships_organisation ON memberships(organisation_id);
CREATE INDEX memberships_network ON memberships(network_id);
CREATE INDEX memberships_working_group ON memberships(working_group_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT,
    organisation_name TEXT,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    network_id INTEGER REFERENCES networks(id) ON DELETE SET NULL,
    city_id INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    email TEXT,
    phone TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    countries TEXT,
    period TEXT,
    start_year INTEGER,
    end_year INTEGER,
    status TEXT,
    summary TEXT,
    innovation TEXT,
    partners TEXT,
    funding TEXT,
    language TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE practice_cities (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    city_id INTEGER NOT NULL REFERENCES cities(id) ON DELETE CASCADE
);
CREATE INDEX practice_cities_practice ON practice_cities(practice_id);
CREATE INDEX practice_cities_city ON practice_cities(city_id);

CREATE TABLE practice_networks (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE
);
CREATE INDEX practice_networks_practice ON practice_networks(practice_id);
CREATE INDEX practice_networks_network ON practice_networks(network_id);

CREATE TABLE practice_organisations (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE
);
CREATE INDEX practice_organisations_practice ON practice_organisations(practice_id);
CREATE INDEX practice_organisations_organisation ON practice_organisations(organisation_id);

-- themes, target groups, success factors and instruments of a practice
CREATE TABLE practice_terms (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    vocabulary TEXT NOT NULL,
    position INTEGER NOT NULL,
    term_id INTEGER NOT NULL REFERENCES taxonomy_terms(id) ON DELETE CASCADE
);
CREATE INDEX practice_terms_practice ON practice_terms(practice_id, vocabulary);
CREATE INDEX practice_terms_term ON practice_terms(term_id);

CREATE TABLE practice_outcomes (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    value REAL,
    unit TEXT,
    year INTEGER,
    note TEXT
);
CREATE INDEX practice_outcomes_practice ON practice_outcomes(practice_id);

CREATE TABLE practice_relations (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    practice_ref_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    relation TEXT
);
CREATE INDEX practice_relations_practice ON practice_relations(practice_id);
CREATE INDEX practice_relations_related ON practice_relations(practice_ref_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT,
    date_text TEXT,
    start_date TEXT,
    end_date TEXT,
    place TEXT,
    city_id INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    network_id INTEGER REFERENCES networks(id) ON DELETE SET NULL,
    working_group_id INTEGER REFERENCES working_groups(id) ON DELETE SET NULL,
    status TEXT,
    participants_count INTEGER,
    participants TEXT,
    organisers TEXT,
    host TEXT,
    key_messages TEXT,
    summary TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE event_practices (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE
);
CREATE INDEX event_practices_event ON event_practices(event_id);
CREATE INDEX event_practices_practice ON event_practices(practice_id);

CREATE TABLE questionnaires (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    version INTEGER,
    status TEXT,
    purpose TEXT,
    introduction TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    required INTEGER,
    help TEXT,
    choices TEXT
);
CREATE INDEX questions_questionnaire ON questions(questionnaire_id, position);

CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id) ON DELETE RESTRICT,
    title TEXT,
    subject_network_id INTEGER REFERENCES networks(id) ON DELETE SET NULL,
    subject_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    respondents TEXT,
    interviewer TEXT,
    date TEXT,
    mode TEXT,
    status TEXT,
    notes TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX responses_questionnaire ON responses(questionnaire_id);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question INTEGER,
    text TEXT,
    choice TEXT
);
CREATE INDEX answers_response ON answers(response_id, position);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    number INTEGER,
    title TEXT,
    text TEXT NOT NULL,
    audience TEXT,
    actions TEXT,
    sources TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE recommendation_networks (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE
);
CREATE INDEX recommendation_networks_recommendation ON recommendation_networks(recommendation_id);
CREATE INDEX recommendation_networks_network ON recommendation_networks(network_id);

CREATE TABLE recommendation_events (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE
);
CREATE INDEX recommendation_events_recommendation ON recommendation_events(recommendation_id);
CREATE INDEX recommendation_events_event ON recommendation_events(event_id);

-- The change log: one row per write, in the same transaction as the write. The search
-- index applies it in revision order (DESIGN.md, "Architecture").
CREATE TABLE changes (
    revision INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_type TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_key TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_at TEXT NOT NULL
);
CREATE INDEX changes_entity ON changes(entity_type, entity_id);
