-- baocao store, schema version 4: the user's verdict on where a commitment's result is reported.
-- A commitment is (report_id, ordinal) of commitments; the verdict is on one section of the next report.
CREATE TABLE commitment_reviews (
    id             INTEGER PRIMARY KEY,
    report_id      INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,   -- the commitment's ordinal in its report
    next_report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    section_path   TEXT    NOT NULL,   -- the section of the next report judged
    verdict        TEXT    NOT NULL,   -- confirmed | rejected
    reviewed_at    TEXT    NOT NULL
);
CREATE INDEX commitment_reviews_commitment ON commitment_reviews (report_id, ordinal);
