-- baocao store, schema version 5: what drafting needs, so that a draft never reads its base file again.
-- The report's block model (paragraphs with style hints, tables, footnotes) and its extraction (metadata,
-- references and figures with their spans, commitments) as one JSON document (vn.baocao.store.ReportModels);
-- the section tree is parsed again from the blocks. Reports imported before this version have none: the draft
-- reads their source copy once and keeps the model here.
CREATE TABLE report_models (
    report_id     INTEGER NOT NULL PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    model_version INTEGER NOT NULL,
    model         TEXT    NOT NULL
);
