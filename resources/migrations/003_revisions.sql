-- CityKB schema, version 3: every record carries the revision of its last write, so that a
-- write started from an older revision is refused as a conflict (docs/architecture.md,
-- "Conflicts"); each answer of a response carries its own, so that answers are saved one by
-- one. Lists are read a page at a time in title order: each record table gets an index on
-- its title.
ALTER TABLE taxonomy_terms ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE taxonomy_terms SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'taxonomy' AND c.entity_id = taxonomy_terms.id), 0);
CREATE INDEX taxonomy_terms_title ON taxonomy_terms(term COLLATE NOCASE, key);
ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'documents' AND c.entity_id = documents.id), 0);
CREATE INDEX documents_title ON documents(title COLLATE NOCASE, key);
ALTER TABLE networks ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE networks SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'networks' AND c.entity_id = networks.id), 0);
CREATE INDEX networks_title ON networks(name COLLATE NOCASE, key);
ALTER TABLE cities ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE cities SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'cities' AND c.entity_id = cities.id), 0);
CREATE INDEX cities_title ON cities(name COLLATE NOCASE, key);
ALTER TABLE organisations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE organisations SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'organisations' AND c.entity_id = organisations.id), 0);
CREATE INDEX organisations_title ON organisations(name COLLATE NOCASE, key);
ALTER TABLE forums ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE forums SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'forums' AND c.entity_id = forums.id), 0);
CREATE INDEX forums_title ON forums(name COLLATE NOCASE, key);
ALTER TABLE working_groups ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE working_groups SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'working-groups' AND c.entity_id = working_groups.id), 0);
CREATE INDEX working_groups_title ON working_groups(name COLLATE NOCASE, key);
ALTER TABLE people ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE people SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'people' AND c.entity_id = people.id), 0);
CREATE INDEX people_title ON people(name COLLATE NOCASE, key);
ALTER TABLE practices ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE practices SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'practices' AND c.entity_id = practices.id), 0);
CREATE INDEX practices_title ON practices(title COLLATE NOCASE, key);
ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE events SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'events' AND c.entity_id = events.id), 0);
CREATE INDEX events_title ON events(title COLLATE NOCASE, key);
ALTER TABLE questionnaires ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE questionnaires SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'questionnaires' AND c.entity_id = questionnaires.id), 0);
CREATE INDEX questionnaires_title ON questionnaires(title COLLATE NOCASE, key);
ALTER TABLE responses ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE responses SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'responses' AND c.entity_id = responses.id), 0);
CREATE INDEX responses_title ON responses(title COLLATE NOCASE, key);
ALTER TABLE recommendations ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE recommendations SET revision = coalesce((SELECT max(c.revision) FROM changes c WHERE c.entity_type = 'recommendations' AND c.entity_id = recommendations.id), 0);
CREATE INDEX recommendations_title ON recommendations(title COLLATE NOCASE, key);
ALTER TABLE answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE answers SET revision = (SELECT r.revision FROM responses r WHERE r.id = answers.response_id);
CREATE INDEX answers_question ON answers(response_id, question);
