-- KnowledgeGraph database, schema version 3.
--
-- This file is a public interface: people query the database by hand, so tables, columns and views only ever
-- gain things. It is always the whole current schema: the migration code runs it once, in a transaction, on a file
-- whose user_version is 0, and then sets PRAGMA user_version to the current version. A file made by an older kg is
-- brought up to date instead by the step scripts in Migrations/ (002-… takes version 1 to 2), which end in exactly
-- this schema.
--
-- Changes by version:
--   2  entity_keys holds every entity registered under a key (primary key (key, entity_id)), not only the first;
--      entity_kind_votes added, and entities.kind is now the kind most mentions gave the entity.
--   3  documents.extractor_version added: which version of kg's extraction made the document's facts. Documents of
--      a version 2 file count as version 1. 'kg ingest --reprocess' re-extracts when it is older than kg's.
--      documents.reference_date and documents.inferred_date, events.date_basis and undated_event_reports added, so
--      that an article that never says when it was written can date its events from other articles.
--
-- Conventions that hold in every table:
--   * Offsets (start, "end") are 0-based, half-open and count Unicode code points, exactly as SQLite's substr()
--     and length() do, so that  substr(documents.text, start + 1, "end" - start)  returns the covered text.
--     ("end" is quoted because END is an SQL keyword.)
--   * Dates are ISO 8601 text (yyyy-mm-dd), or NULL when unknown; an event's date may be a month or a year (see events).
--   * Entity kinds are the lower-case names 'person', 'organization', 'place', 'event', 'other'.
--   * Deleting a document deletes the facts read from it (mentions, sentences, evidence, quotes); it does not
--     recompute the totals kept on entities, entity_kind_votes and relations.

-- One row per ingested article. text is the cleaned text every offset refers to. extractor_version is the version of
-- kg's extraction that made the facts read from it (mentions, relations, events, quotes). reference_date is the day
-- its relative times ("on Tuesday") count from: published, or a date its text gives. When it has none, inferred_date
-- is the day another article reporting one of its events was written (the most common such day), if any.
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    path              TEXT NOT NULL,
    title             TEXT NOT NULL,
    source            TEXT,
    url               TEXT,
    published         TEXT,
    byline            TEXT,
    dateline          TEXT,
    content_hash      TEXT NOT NULL UNIQUE,
    text              TEXT NOT NULL,
    extractor_version INTEGER NOT NULL DEFAULT 1,
    reference_date    TEXT,
    inferred_date     TEXT
);

-- The sentences of each document, so that mentions.sentence can be turned into text.
CREATE TABLE sentences (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, sentence)
) WITHOUT ROWID;

-- One row per resolved real-world thing. The counts are totals over all documents. name is the most complete
-- well-formed name seen: an entity first met as 'Rubio' is renamed 'Marco Rubio' by a later article that names him in
-- full. kind is decided by entity_kind_votes.
CREATE TABLE entities (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'event', 'other')),
    name           TEXT NOT NULL,
    mention_count  INTEGER NOT NULL,
    document_count INTEGER NOT NULL
);

CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);

-- How many mentions gave each entity each kind, summed over all documents. entities.kind is the kind with the most
-- mentions; 'other' (the extractor had no cue to the kind) counts only while no other kind has any; a tie keeps the
-- kind the entity had when that is one of the leaders, and otherwise goes to the leader first in alphabetical order.
-- So one article that reads a rocket launch as a person is outvoted by three that read it as an event. A database
-- upgraded from version 1 starts with all of an entity's mentions on the kind it had then.
CREATE TABLE entity_kind_votes (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'event', 'other')),
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, kind)
) WITHOUT ROWID;

-- The entity index: normalised resolution keys under which a new document finds an existing entity. One row per key
-- and entity that registered it. A key with several entities is ambiguous ('name:rubio' after both Marco Rubio and
-- Jane Rubio); a document that names only that form joins the one that relations of earlier documents link to the
-- most of the other entities it names, or becomes an entity of its own when that does not decide.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

CREATE INDEX entity_keys_by_entity ON entity_keys(entity_id);

-- Every surface form an entity was seen under, with how often.
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE INDEX aliases_by_alias ON aliases(alias COLLATE NOCASE);

-- Every occurrence of an entity in a document.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);

CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_document ON mentions(document_id, start);

-- Typed links between entities, aggregated over all documents. weight is the number of supporting sentences.
-- label is NULL when the kind says it all; the store writes an empty label as NULL.
CREATE TABLE relations (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    label          TEXT,
    weight         REAL NOT NULL,
    document_count INTEGER NOT NULL
);

-- One row per (source, target, kind, label). An expression index rather than a stored '' so that a missing
-- label reads as NULL while two NULL labels still count as equal (a plain UNIQUE treats NULLs as distinct).
-- It also serves lookups by source_id.
CREATE UNIQUE INDEX relations_identity ON relations(source_id, target_id, kind, ifnull(label, ''));
CREATE INDEX relations_by_target ON relations(target_id);

-- The sentences that support a relation.
CREATE TABLE evidence (
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (relation_id, document_id, start)
) WITHOUT ROWID;

CREATE INDEX evidence_by_document ON evidence(document_id);

-- Entities of kind 'event' with what is known about them. date is ISO 8601 with only the part the text states
-- ('2025-09-03', '2025-09', '2025'), and date_precision says which ('day', 'month', 'year'). date_basis is 'text' when
-- an article states the date (relative to its own date), 'inferred' when it was worked out through
-- documents.inferred_date, NULL when there is no date.
CREATE TABLE events (
    entity_id      INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    event_type     TEXT,
    date           TEXT,
    date_precision TEXT,
    place_id       INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    date_basis     TEXT
);

CREATE INDEX events_by_place ON events(place_id);

CREATE TABLE event_participants (
    event_id  INTEGER NOT NULL REFERENCES events(entity_id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;

CREATE INDEX event_participants_by_entity ON event_participants(entity_id);

-- How an article without a date of its own (documents.reference_date NULL) dates an event it reports, as a function of
-- the day it was written: offsets holds seven comma-separated day counts, one per weekday of writing, Sunday first,
-- empty where that reading gives no day ('0,-1,-2,-3,-4,-5,-6' for "on Sunday" in a past-tense sentence).
CREATE TABLE undated_event_reports (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(entity_id) ON DELETE CASCADE,
    offsets     TEXT NOT NULL,
    PRIMARY KEY (document_id, event_id)
) WITHOUT ROWID;

CREATE INDEX undated_event_reports_by_event ON undated_event_reports(event_id);

-- Direct quotations. speaker_id is NULL when the speaker is not a known entity.
CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);

CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_document ON quotes(document_id);

-- Views that join names in, so that hand-written queries stay short.

CREATE VIEW relation_view AS
SELECT r.id             AS id,
       r.source_id      AS source_id,
       s.name           AS source_name,
       s.kind           AS source_kind,
       r.target_id      AS target_id,
       t.name           AS target_name,
       t.kind           AS target_kind,
       r.kind           AS kind,
       r.label          AS label,
       r.weight         AS weight,
       r.document_count AS document_count
FROM relations r
JOIN entities s ON s.id = r.source_id
JOIN entities t ON t.id = r.target_id;

CREATE VIEW mention_view AS
SELECT m.id          AS id,
       m.entity_id   AS entity_id,
       e.name        AS entity_name,
       e.kind        AS entity_kind,
       m.document_id AS document_id,
       d.path        AS document_path,
       d.title       AS document_title,
       m.sentence    AS sentence,
       m.start       AS start,
       m."end"       AS "end",
       m.text        AS text
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN documents d ON d.id = m.document_id;

CREATE VIEW evidence_view AS
SELECT v.relation_id AS relation_id,
       s.name        AS source_name,
       t.name        AS target_name,
       r.kind        AS kind,
       r.label       AS label,
       v.document_id AS document_id,
       d.path        AS document_path,
       v.start       AS start,
       v."end"       AS "end",
       substr(d.text, v.start + 1, v."end" - v.start) AS text
FROM evidence v
JOIN relations r ON r.id = v.relation_id
JOIN entities s ON s.id = r.source_id
JOIN entities t ON t.id = r.target_id
JOIN documents d ON d.id = v.document_id;
