-- Schema version 1 to 2. SchemaMigrations runs it in one transaction with the version bump. It must end in exactly
-- the schema that schema.sql creates (a test compares the two), so the CREATE statements are copied from there.

-- Version 1 kept only the first entity registered under a key: key was the primary key. SQLite cannot change a
-- primary key in place, so the table is rebuilt under its own name with every row it had. The registrations version 1
-- dropped cannot be recovered, so an upgraded file resolves later articles as if those keys had one owner; rebuilding
-- from the articles (kg build) gives the graph a version 2 file would have had from the start.
ALTER TABLE entity_keys RENAME TO entity_keys_version_1;

CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

INSERT INTO entity_keys (key, entity_id) SELECT key, entity_id FROM entity_keys_version_1;

-- Dropping the old table drops its index, whose name the new one takes.
DROP TABLE entity_keys_version_1;

CREATE INDEX entity_keys_by_entity ON entity_keys(entity_id);

CREATE TABLE entity_kind_votes (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'event', 'other')),
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, kind)
) WITHOUT ROWID;

-- Version 1 kept no votes, only the kind that won; it starts with all of the entity's mentions.
INSERT INTO entity_kind_votes (entity_id, kind, mentions) SELECT id, kind, mention_count FROM entities WHERE mention_count > 0;
