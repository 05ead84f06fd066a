/**
 * Stage 5a, <b>store</b>: the structured store of imported reports (SQLite in the data folder, or PostgreSQL).
 *
 * <p>Takes an {@link vn.baocao.extract.Extraction} and the source file's facts. Gives stored rows
 * ({@code ReportStore.*Row}: reports, sections, references, figures with their spans, commitments), the
 * versioned schema ({@code src/main/resources/db/V<n>__*.sql}), and the {@link vn.baocao.store.DataFolder}
 * layout (store file, index folder, source copies). Entry points: {@link vn.baocao.store.Backends},
 * {@link vn.baocao.store.ReportStore}.
 */
package vn.baocao.store;
