-- CityKB schema: the links a document makes to the records it mentions (networks, cities,
-- working groups, practices), each with its place in the text, kept as a JSON list beside the
-- document (docs/data-model.md, documents); and an index on the checksum, by which an import
-- knows a file it has seen before.
ALTER TABLE documents ADD COLUMN mentions TEXT;
CREATE INDEX documents_checksum ON documents(checksum);
