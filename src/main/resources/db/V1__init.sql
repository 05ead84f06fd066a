-- baocao store, schema version 1. Portable SQL (SQLite now, PostgreSQL later): no SQLite-only types.
CREATE TABLE files (
    id            INTEGER PRIMARY KEY,
    path          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    format        TEXT,
    size_bytes    BIGINT  NOT NULL,
    imported_at   TEXT    NOT NULL,
    status        TEXT    NOT NULL,   -- imported | failed | replaced
    error         TEXT
);
CREATE INDEX files_hash ON files (content_hash);
CREATE INDEX files_path ON files (path);

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES files (id),
    doc_type      TEXT,
    symbol        TEXT,
    issuer        TEXT,
    issuer_level  TEXT,
    place         TEXT,
    issued_on     TEXT,               -- ISO date, possibly partial (2024-03)
    period_kind   TEXT,
    period_number INTEGER,
    period_year   INTEGER,
    title         TEXT,
    is_draft      BOOLEAN NOT NULL,
    signer        TEXT,
    signer_title  TEXT,
    recipients    TEXT                -- one per line
);
CREATE INDEX reports_issuer ON reports (issuer);
CREATE INDEX reports_period ON reports (period_year, period_kind, period_number);

CREATE TABLE sections (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,   -- document order
    path          TEXT    NOT NULL,
    number        TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    level         INTEGER NOT NULL,
    body          TEXT    NOT NULL
);
CREATE INDEX sections_report ON sections (report_id, ordinal);

CREATE TABLE doc_references (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    section_path  TEXT,
    canonical     TEXT,
    symbol        TEXT,
    type          TEXT,
    type_name     TEXT,
    number        TEXT,
    year          INTEGER,
    issued_on     TEXT,
    issuer        TEXT,
    subject       TEXT,
    surface       TEXT    NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    line          INTEGER NOT NULL
);
CREATE INDEX doc_references_canonical ON doc_references (canonical);

CREATE TABLE figures (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    section_path  TEXT,
    kind          TEXT    NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    total         DOUBLE PRECISION,
    unit          TEXT,
    subject       TEXT,
    indicator     TEXT,
    surface       TEXT    NOT NULL,
    note          TEXT,
    line          INTEGER NOT NULL
);
CREATE INDEX figures_report ON figures (report_id);
