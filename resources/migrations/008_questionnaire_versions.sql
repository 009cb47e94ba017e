-- CityKB schema: versions of a questionnaire. Each version is a questionnaire record of its
-- own; a version made by editing a published one names the version it was made from
-- (docs/data-model.md, questionnaires), so a response keeps the version it was answered
-- against and versions can be compared question by question.
ALTER TABLE questionnaires ADD COLUMN previous_version_id INTEGER REFERENCES questionnaires(id) ON DELETE SET NULL;
CREATE INDEX questionnaires_previous_version ON questionnaires(previous_version_id);
