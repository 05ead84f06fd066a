-- baocao store, schema version 3: where each figure, reference and commitment is in its report (extract.Span), so that
-- pages and drafts mark exactly what was extracted. Offsets are characters of the text of span_part of
-- section_path (for 'body' the sections.body column); span_block is -1 when unknown (rows stored before
-- version 3, whose doc_references.span_start/span_end were offsets in the mention's paragraph or cell).
ALTER TABLE figures ADD COLUMN span_part TEXT;
ALTER TABLE figures ADD COLUMN span_block INTEGER NOT NULL DEFAULT -1;
ALTER TABLE figures ADD COLUMN span_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE figures ADD COLUMN span_end INTEGER NOT NULL DEFAULT -1;
ALTER TABLE doc_references ADD COLUMN span_part TEXT;
ALTER TABLE doc_references ADD COLUMN span_block INTEGER NOT NULL DEFAULT -1;
ALTER TABLE commitments ADD COLUMN span_part TEXT;
ALTER TABLE commitments ADD COLUMN span_block INTEGER NOT NULL DEFAULT -1;
ALTER TABLE commitments ADD COLUMN span_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE commitments ADD COLUMN span_end INTEGER NOT NULL DEFAULT -1;
