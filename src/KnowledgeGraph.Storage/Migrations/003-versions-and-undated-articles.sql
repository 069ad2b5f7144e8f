-- Schema version 2 to 3.
-- Remember which version of kg's extraction made each document's facts, so that 'kg ingest --reprocess' knows what to
-- re-extract. Everything stored before this column existed was made by extraction version 1.
ALTER TABLE documents ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 1;

-- Dating the events of articles that never say when they were written (see schema.sql).
ALTER TABLE documents ADD COLUMN reference_date TEXT;
ALTER TABLE documents ADD COLUMN inferred_date TEXT;
ALTER TABLE events ADD COLUMN date_basis TEXT;
UPDATE events SET date_basis = 'text' WHERE date IS NOT NULL;

CREATE TABLE undated_event_reports (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(entity_id) ON DELETE CASCADE,
    offsets     TEXT NOT NULL,
    PRIMARY KEY (document_id, event_id)
) WITHOUT ROWID;

CREATE INDEX undated_event_reports_by_event ON undated_event_reports(event_id);
