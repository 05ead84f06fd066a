-- baocao store, schema version 2: bulk import. Portable SQL (SQLite now, PostgreSQL later).
-- The copy of the source file kept in the data folder, relative to it (sources/<sha256>.<ext>).
ALTER TABLE files ADD COLUMN source_copy TEXT;
CREATE INDEX files_status ON files (status);

-- What each report promises for the next period (PHƯƠNG HƯỚNG / NHIỆM VỤ / cam kết).
CREATE TABLE commitments (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,   -- document order
    section_path  TEXT,
    kind          TEXT    NOT NULL,   -- task | pledge
    text          TEXT    NOT NULL,
    line          INTEGER NOT NULL
);
CREATE INDEX commitments_report ON commitments (report_id, ordinal);
CREATE INDEX figures_subject ON figures (subject);
