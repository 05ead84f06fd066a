/**
 * Bulk import: files and folder trees → store + index, in parallel, resumable.
 *
 * <p>Takes paths, a {@link vn.baocao.store.DataFolder} and a {@link vn.baocao.extract.ReportExtractor}. Gives
 * an import summary (imported, unchanged, replaced, failed with a Vietnamese reason per file) and progress
 * events ({@link vn.baocao.ingest.ImportProgress}); after an interrupted run the next one reconciles store and
 * index. Entry point: {@link vn.baocao.ingest.Importer}.
 */
package vn.baocao.ingest;
