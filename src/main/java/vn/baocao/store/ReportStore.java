package vn.baocao.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.extract.Span;

/**
 * The structured store of imported reports: files, reports, sections, references, figures and
 * commitments, in the tables of {@code db/V<n>__*.sql}. One implementation, {@link Store}, over JDBC: the
 * embedded default on SQLite ({@code baocao.db} in the data folder) and the scale-out store on PostgreSQL,
 * with the same schema and migrations.
 */
public interface ReportStore extends AutoCloseable {

    /**
     * Facts about a source file.
     *
     * @param sourceCopy where the data folder keeps a copy of it, relative to the data folder, or null
     */
    record FileInfo(String path, String contentHash, String format, long sizeBytes, String sourceCopy) {

        public FileInfo(String path, String contentHash, String format, long sizeBytes) {
            this(path, contentHash, format, sizeBytes, null);
        }
    }

    /** A stored report with its file facts. {@code sourceCopy} is absolute, or null when no copy is kept. */
    record ReportRow(
            long id,
            String sourcePath,
            Path sourceCopy,
            String format,
            String contentHash,
            String importedAt,
            String docType,
            String symbol,
            String issuer,
            String issuerLevel,
            String place,
            String date,
            Period period,
            String title,
            boolean draft,
            String signer,
            String signerTitle,
            List<String> recipients) {

        /** Where the period ends on a month scale (see {@link Period#endKey()}), or null. */
        public Integer periodKey() {
            return period == null ? null : period.endKey();
        }

        /** The report's metadata as extracted (the signer's authority mark is not stored: null). */
        public ReportMetadata metadata() {
            return new ReportMetadata(
                    docType,
                    symbol,
                    issuer,
                    issuerLevel,
                    place,
                    date,
                    period,
                    title,
                    draft,
                    signer,
                    signerTitle,
                    null,
                    recipients);
        }
    }

    /** A stored section. */
    record SectionRow(long reportId, int ordinal, String path, String number, String title, int level, String body) {}

    /** A stored document reference. */
    record ReferenceRow(
            long reportId,
            String section,
            String canonical,
            String symbol,
            String type,
            String typeName,
            String number,
            Integer year,
            String date,
            String issuer,
            String subject,
            String text,
            int line,
            Span span) {}

    /** A stored figure. */
    record FigureRow(
            long reportId,
            String section,
            String kind,
            double value,
            Double total,
            String unit,
            String subject,
            String indicator,
            String text,
            int line,
            Span span) {}

    /** A stored commitment. */
    record CommitmentRow(long reportId, int ordinal, String section, String kind, String text, int line, Span span) {}

    /**
     * A user's verdict on one section of a later report as the place where a commitment's result is reported.
     *
     * @param verdict {@code confirmed} or {@code rejected}
     */
    record ReviewRow(long reportId, int ordinal, long nextReportId, String section, String verdict, String at) {}

    /** A file that could not be imported. */
    record FailureRow(String path, String error, String at) {}

    /** What {@link #saveReport} returns when a report with the same content is already stored. */
    long ALREADY_STORED = -1;

    /**
     * Stores one extracted report with its file row; returns the report id, or {@link #ALREADY_STORED} when
     * the store already holds a report of the same content (saved meanwhile by another importer: nothing is
     * written). All or nothing. An earlier report imported from the same path is deleted in the same
     * transaction (its file row is marked {@code replaced}), and so are earlier failures of that path.
     */
    long saveReport(FileInfo file, Extraction x) throws SQLException;

    /**
     * The stored model of a report: its block model and extraction as imported, for drafting without reading the
     * source again ({@link ReportModels}); empty for a report imported before the store kept models.
     */
    Optional<vn.baocao.extract.Extraction> model(long reportId, vn.baocao.structure.SectionParser sections)
            throws SQLException;

    /** Keeps the model of a report (one imported before the store kept models). */
    void saveModel(long reportId, vn.baocao.extract.Extraction x) throws SQLException;

    /** Records that a file could not be imported (replacing earlier failures of the same path). */
    void recordFailure(FileInfo file, String error) throws SQLException;

    /** The number of rows in a table (for checks and summaries). */
    long count(String table) throws SQLException;

    /** The schema version now in force. */
    int schemaVersion() throws SQLException;

    /** The content hashes of every file whose report is in the store. */
    Set<String> importedHashes() throws SQLException;

    /** The ids of the reports now imported from {@code path} (at most one in a consistent store). */
    List<Long> reportIdsOfPath(String path) throws SQLException;

    /** Every stored report, by id. */
    List<ReportRow> reports() throws SQLException;

    /** One stored report. */
    Optional<ReportRow> report(long id) throws SQLException;

    /** The sections of a report in document order. */
    List<SectionRow> sections(long reportId) throws SQLException;

    /** The references of a report in document order. */
    List<ReferenceRow> references(long reportId) throws SQLException;

    /** Every reference whose canonical symbol is {@code canonical}. */
    List<ReferenceRow> referencesTo(String canonical) throws SQLException;

    /** The figures of a report in document order. */
    List<FigureRow> figures(long reportId) throws SQLException;

    /** Every figure of every report. */
    List<FigureRow> figures() throws SQLException;

    /** The commitments of a report in document order. */
    List<CommitmentRow> commitments(long reportId) throws SQLException;

    /**
     * Stores a user's verdict on a commitment's follow-up: a confirmation replaces the commitment's earlier
     * verdicts on the next report, a rejection adds to the rejected sections (and withdraws a confirmation of
     * the same section).
     */
    void reviewCommitment(ReviewRow review) throws SQLException;

    /** The verdicts on the commitments of a report, oldest first. */
    List<ReviewRow> commitmentReviews(long reportId) throws SQLException;

    /** The files whose last import failed, by path. */
    List<FailureRow> failures() throws SQLException;

    /**
     * Whether other importers may write to this store at the same time (a database server): the importer
     * then leaves young source copies alone when it removes orphaned ones.
     */
    boolean shared();

    @Override
    void close() throws SQLException;
}
