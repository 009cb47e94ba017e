-- CityKB schema, version 5: figures about a city, an organisation or a network as indicators
-- (name, value, unit, year or period, the challenge they bear on and their own source), kept
-- as JSON like a network's fees; and a person's working group, so that a working group's vice
-- chair or staff contact is a link, not only words in a role.
ALTER TABLE cities ADD COLUMN indicators TEXT;
ALTER TABLE organisations ADD COLUMN indicators TEXT;
ALTER TABLE networks ADD COLUMN indicators TEXT;
ALTER TABLE people ADD COLUMN working_group_id INTEGER REFERENCES working_groups(id) ON DELETE SET NULL;
CREATE INDEX people_working_group ON people(working_group_id);
