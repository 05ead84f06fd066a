package vn.baocao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.extract.Commitment;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.extract.Span;
import vn.baocao.structure.Section;

/**
 * The structured store over JDBC ({@link ReportStore}), with versioned schema migrations
 * ({@code db/V<n>__*.sql} on the class path, applied in order and recorded in {@code schema_version}). A
 * report and all its rows are written in one transaction. Two databases, one schema:
 * <ul>
 *   <li>SQLite, the embedded default: one file ({@code baocao.db}) in the data folder, one importer at a time;</li>
 *   <li>PostgreSQL, for several importers and readers at once: the same migrations (the one dialect rewrite:
 *       {@code INTEGER PRIMARY KEY} becomes an identity column); concurrent importers serialise their report
 *       writes on a transaction-level advisory lock and each checks the content hash inside its transaction,
 *       so the same content imported twice at once is stored once.</li>
 * </ul>
 */
public final class Store implements ReportStore {

    /** The migrations, in order; add a file and a line to evolve the schema. */
    static final List<String> MIGRATIONS = List.of(
            "V1__init.sql", "V2__import.sql", "V3__spans.sql", "V4__commitment_reviews.sql", "V5__report_models.sql");

    /** The SQL dialects of the store. */
    public enum Dialect {
        SQLITE,
        POSTGRESQL
    }

    /** The advisory lock key (PostgreSQL) under which reports are written and the schema is migrated. */
    private static final long LOCK_KEY = 0x62616f63616fL; // "baocao"

    private final Connection db;
    private final Path dataDir;
    private final Dialect dialect;

    private Store(Connection db, Path dataDir, Dialect dialect) {
        this.db = db;
        this.dataDir = dataDir;
        this.dialect = dialect;
    }

    /** Opens (creating and migrating as needed) the SQLite store in {@code dataDir}. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(DataFolder.STORE_FILE));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                // WAL with synchronous=NORMAL: commits survive a killed process and stay consistent; only
                // the last transactions may be lost on a power failure (and are re-imported next time)
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Store store = new Store(c, dataDir, Dialect.SQLITE);
            store.migrate();
            return store;
        } catch (IOException | SQLException e) {
            throw new StoreException("Không mở được kho dữ liệu trong thư mục «" + dataDir + "»: " + e.getMessage(), e);
        }
    }

    /**
     * Opens (creating the tables and migrating as needed) a PostgreSQL store.
     *
     * @param url      {@code jdbc:postgresql://host:port/database[?…]}
     * @param user     the user, or null (then the URL's, or the driver's default)
     * @param password the password, or null
     * @param dataDir  the data folder, where the source copies are kept
     * @throws StoreException (Vietnamese) when the server cannot be reached or refuses the connection
     */
    public static Store openPostgres(String url, String user, String password, Path dataDir) {
        java.util.Properties props = new java.util.Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "baocao");
        Connection c;
        try {
            c = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new StoreException(
                    "Không kết nối được PostgreSQL tại " + withoutSecrets(url) + ": " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(dataDir);
            Store store = new Store(c, dataDir, Dialect.POSTGRESQL);
            store.migrate();
            return store;
        } catch (IOException | SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // reporting the first failure
            }
            throw new StoreException(
                    "Không mở được kho dữ liệu PostgreSQL tại " + withoutSecrets(url) + ": " + e.getMessage(), e);
        }
    }

    /** A JDBC URL for messages: without its query string (which may hold a password). */
    static String withoutSecrets(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The SQL dialect in use. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public boolean shared() {
        return dialect == Dialect.POSTGRESQL;
    }

    @Override
    public int schemaVersion() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            // two importers starting at once: one migrates, the other waits and finds the schema in force
            try (Statement s = db.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
        }
        try {
            migrateLocked();
        } finally {
            if (dialect == Dialect.POSTGRESQL) {
                try (Statement s = db.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        }
    }

    private void migrateLocked() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = schemaVersion();
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            String sql = resource("/db/" + MIGRATIONS.get(v - 1));
            int version = v;
            inTransaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String stmt : sql.replaceAll("(?m)--.*$", "").split(";")) {
                        if (!stmt.isBlank()) {
                            s.execute(ddl(stmt));
                        }
                    }
                }
                try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, Instant.now().toString());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    /** A migration statement in the dialect: PostgreSQL's row ids are identity columns (SQLite's are rowids). */
    String ddl(String portable) {
        if (dialect == Dialect.SQLITE) {
            return portable;
        }
        return portable.replaceAll(
                "\\bid(\\s+)INTEGER PRIMARY KEY", "id$1INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    }

    private static String resource(String name) {
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long saveReport(FileInfo file, Extraction x) throws SQLException {
        return inTransaction(() -> {
            if (dialect == Dialect.POSTGRESQL) {
                // one report write at a time across importers (held to the end of this transaction)
                query("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")", r -> {});
            }
            boolean[] stored = {false};
            query(
                    "SELECT 1 FROM files WHERE content_hash = ? AND status = 'imported'",
                    r -> stored[0] = true,
                    file.contentHash());
            if (stored[0]) {
                return ALREADY_STORED; // nothing written
            }
            for (long old : reportIdsOfPath(file.path())) {
                update("DELETE FROM reports WHERE id = ?", old);
            }
            update("UPDATE files SET status = 'replaced' WHERE path = ? AND status = 'imported'", file.path());
            update("DELETE FROM files WHERE path = ? AND status = 'failed'", file.path());
            long fileId = insert(
                    "INSERT INTO files (path, content_hash, format, size_bytes, imported_at, status, error,"
                            + " source_copy) VALUES (?, ?, ?, ?, ?, 'imported', NULL, ?)",
                    file.path(),
                    file.contentHash(),
                    file.format(),
                    file.sizeBytes(),
                    Instant.now().toString(),
                    file.sourceCopy());
            ReportMetadata m = x.metadata();
            Period p = m.period();
            long reportId = insert(
                    "INSERT INTO reports (file_id, doc_type, symbol, issuer, issuer_level, place, issued_on,"
                            + " period_kind, period_number, period_year, title, is_draft, signer, signer_title, recipients)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    fileId,
                    m.docType(),
                    m.symbol(),
                    m.issuer(),
                    m.issuerLevel(),
                    m.place(),
                    m.date(),
                    p == null ? null : p.kind().json(),
                    p == null ? null : p.number(),
                    p == null ? null : p.year(),
                    m.title(),
                    m.draft(),
                    m.signer(),
                    m.signerTitle(),
                    String.join("\n", m.recipients()));
            List<Object[]> rows = new ArrayList<>();
            int ordinal = 0;
            for (Section s : x.tree().sections()) {
                rows.add(new Object[] {reportId, ordinal++, s.path(), s.number(), s.title(), s.level(), s.bodyText()});
            }
            batch(
                    "INSERT INTO sections (report_id, ordinal, path, number, title, level, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows);
            rows.clear();
            for (Reference r : x.references()) {
                rows.add(new Object[] {
                    reportId,
                    r.section(),
                    r.canonical(),
                    r.symbol(),
                    r.type(),
                    r.typeName(),
                    r.number(),
                    r.year(),
                    r.date(),
                    r.issuer(),
                    r.subject(),
                    r.text(),
                    r.span().start(),
                    r.span().end(),
                    r.line(),
                    r.span().part().json(),
                    r.span().block()
                });
            }
            batch(
                    "INSERT INTO doc_references (report_id, section_path, canonical, symbol, type, type_name, number, year,"
                            + " issued_on, issuer, subject, surface, span_start, span_end, line, span_part, span_block)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            rows.clear();
            for (Figure f : x.figures()) {
                rows.add(new Object[] {
                    reportId,
                    f.section(),
                    f.kind().json(),
                    f.value(),
                    f.total(),
                    f.unit(),
                    f.subject(),
                    f.indicator(),
                    f.text(),
                    f.note(),
                    f.line(),
                    f.span().part().json(),
                    f.span().block(),
                    f.span().start(),
                    f.span().end()
                });
            }
            batch(
                    "INSERT INTO figures (report_id, section_path, kind, value, total, unit, subject, indicator, surface,"
                            + " note, line, span_part, span_block, span_start, span_end)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            rows.clear();
            int n = 0;
            for (Commitment c : x.commitments()) {
                rows.add(new Object[] {
                    reportId,
                    n++,
                    c.section(),
                    c.kind(),
                    c.text(),
                    c.line(),
                    c.span().part().json(),
                    c.span().block(),
                    c.span().start(),
                    c.span().end()
                });
            }
            batch(
                    "INSERT INTO commitments (report_id, ordinal, section_path, kind, text, line, span_part, span_block,"
                            + " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            insertModel(reportId, x);
            return reportId;
        });
    }

    private void insertModel(long reportId, Extraction x) throws SQLException {
        update(
                "INSERT INTO report_models (report_id, model_version, model) VALUES (?, ?, ?)",
                reportId,
                ReportModels.VERSION,
                ReportModels.encode(x));
    }

    /** Keeps the model of a report imported before the store kept models (replacing one of another version). */
    @Override
    public void saveModel(long reportId, Extraction x) throws SQLException {
        inTransaction(() -> {
            update("DELETE FROM report_models WHERE report_id = ?", reportId);
            insertModel(reportId, x);
            return null;
        });
    }

    /** The stored model of a report (blocks and extraction), or empty when it has none of this version. */
    @Override
    public Optional<Extraction> model(long reportId, vn.baocao.structure.SectionParser sections) throws SQLException {
        List<String> out = new ArrayList<>();
        query(
                "SELECT model FROM report_models WHERE report_id = ? AND model_version = ?",
                r -> out.add(r.getString(1)),
                reportId,
                ReportModels.VERSION);
        return out.stream().findFirst().map(m -> ReportModels.decode(m, sections));
    }

    /** The number of rows in a table (for checks and summaries). */
    @Override
    public long count(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Records that a file could not be imported (replacing earlier failures of the same path). */
    @Override
    public void recordFailure(FileInfo file, String error) throws SQLException {
        inTransaction(() -> {
            update("DELETE FROM files WHERE path = ? AND status = 'failed'", file.path());
            insert(
                    "INSERT INTO files (path, content_hash, format, size_bytes, imported_at, status, error, source_copy)"
                            + " VALUES (?, ?, ?, ?, ?, 'failed', ?, NULL)",
                    file.path(),
                    file.contentHash(),
                    file.format(),
                    file.sizeBytes(),
                    Instant.now().toString(),
                    error);
            return null;
        });
    }

    /** The content hashes of every file whose report is in the store. */
    @Override
    public Set<String> importedHashes() throws SQLException {
        Set<String> out = new HashSet<>();
        query("SELECT content_hash FROM files WHERE status = 'imported'", r -> out.add(r.getString(1)));
        return out;
    }

    /** The ids of the reports now imported from {@code path} (at most one in a consistent store). */
    @Override
    public List<Long> reportIdsOfPath(String path) throws SQLException {
        List<Long> out = new ArrayList<>();
        query(
                "SELECT r.id FROM reports r JOIN files f ON f.id = r.file_id WHERE f.path = ? AND f.status = 'imported'",
                r -> out.add(r.getLong(1)),
                path);
        return out;
    }

    private static final String REPORT_COLUMNS = "SELECT r.id, f.path, f.source_copy, f.format, f.content_hash,"
            + " f.imported_at, r.doc_type, r.symbol, r.issuer, r.issuer_level, r.place, r.issued_on, r.period_kind,"
            + " r.period_number, r.period_year, r.title, r.is_draft, r.signer, r.signer_title, r.recipients"
            + " FROM reports r JOIN files f ON f.id = r.file_id";

    /** Every stored report, by id. */
    @Override
    public List<ReportRow> reports() throws SQLException {
        List<ReportRow> out = new ArrayList<>();
        query(REPORT_COLUMNS + " ORDER BY r.id", r -> out.add(reportRow(r)));
        return out;
    }

    /** One stored report. */
    @Override
    public Optional<ReportRow> report(long id) throws SQLException {
        List<ReportRow> out = new ArrayList<>();
        query(REPORT_COLUMNS + " WHERE r.id = ?", r -> out.add(reportRow(r)), id);
        return out.stream().findFirst();
    }

    private ReportRow reportRow(ResultSet r) throws SQLException {
        String kind = r.getString(13);
        Period period = kind == null ? null : new Period(Period.Kind.ofJson(kind), intOrNull(r, 14), intOrNull(r, 15));
        String copy = r.getString(3);
        String recipients = r.getString(20);
        return new ReportRow(
                r.getLong(1),
                r.getString(2),
                copy == null ? null : dataDir.resolve(copy).toAbsolutePath(),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                period,
                r.getString(16),
                r.getBoolean(17),
                r.getString(18),
                r.getString(19),
                recipients == null || recipients.isEmpty() ? List.of() : List.of(recipients.split("\n")));
    }

    /** The sections of a report in document order. */
    @Override
    public List<SectionRow> sections(long reportId) throws SQLException {
        List<SectionRow> out = new ArrayList<>();
        query(
                "SELECT report_id, ordinal, path, number, title, level, body FROM sections WHERE report_id = ? ORDER BY ordinal",
                r -> out.add(new SectionRow(
                        r.getLong(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        r.getString(7))),
                reportId);
        return out;
    }

    private static final String REFERENCE_COLUMNS =
            "SELECT report_id, section_path, canonical, symbol, type, type_name,"
                    + " number, year, issued_on, issuer, subject, surface, line, span_part, span_block, span_start, span_end"
                    + " FROM doc_references";

    /** The references of a report in document order. */
    @Override
    public List<ReferenceRow> references(long reportId) throws SQLException {
        return referenceRows(" WHERE report_id = ? ORDER BY id", reportId);
    }

    /** Every reference whose canonical symbol is {@code canonical}. */
    @Override
    public List<ReferenceRow> referencesTo(String canonical) throws SQLException {
        return referenceRows(" WHERE canonical = ? ORDER BY report_id, id", canonical);
    }

    private List<ReferenceRow> referenceRows(String where, Object arg) throws SQLException {
        List<ReferenceRow> out = new ArrayList<>();
        query(
                REFERENCE_COLUMNS + where,
                r -> out.add(new ReferenceRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        intOrNull(r, 8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11),
                        r.getString(12),
                        r.getInt(13),
                        span(r.getString(2), r, 14))),
                arg);
        return out;
    }

    /** The span stored in columns span_part, span_block, span_start, span_end from column {@code first} on. */
    private static Span span(String section, ResultSet r, int first) throws SQLException {
        int block = r.getInt(first + 1);
        if (block < 0) {
            return Span.unknown(section);
        }
        return new Span(
                section == null ? "" : section,
                Span.Part.of(r.getString(first)),
                block,
                r.getInt(first + 2),
                r.getInt(first + 3));
    }

    private static final String FIGURE_COLUMNS = "SELECT report_id, section_path, kind, value, total, unit, subject,"
            + " indicator, surface, line, span_part, span_block, span_start, span_end FROM figures";

    /** The figures of a report in document order. */
    @Override
    public List<FigureRow> figures(long reportId) throws SQLException {
        return figureRows(" WHERE report_id = ? ORDER BY id", reportId);
    }

    /** Every figure of every report. */
    @Override
    public List<FigureRow> figures() throws SQLException {
        return figureRows(" ORDER BY report_id, id");
    }

    private List<FigureRow> figureRows(String where, Object... args) throws SQLException {
        List<FigureRow> out = new ArrayList<>();
        query(
                FIGURE_COLUMNS + where,
                r -> out.add(new FigureRow(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getDouble(4),
                        r.getObject(5) == null ? null : r.getDouble(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9),
                        r.getInt(10),
                        span(r.getString(2), r, 11))),
                args);
        return out;
    }

    /** The commitments of a report in document order. */
    @Override
    public List<CommitmentRow> commitments(long reportId) throws SQLException {
        List<CommitmentRow> out = new ArrayList<>();
        query(
                "SELECT report_id, ordinal, section_path, kind, text, line, span_part, span_block, span_start, span_end"
                        + " FROM commitments WHERE report_id = ? ORDER BY ordinal",
                r -> out.add(new CommitmentRow(
                        r.getLong(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        span(r.getString(3), r, 7))),
                reportId);
        return out;
    }

    @Override
    public void reviewCommitment(ReviewRow v) throws SQLException {
        inTransaction(() -> {
            if (v.verdict().equals("confirmed")) {
                update(
                        "DELETE FROM commitment_reviews WHERE report_id = ? AND ordinal = ? AND next_report_id = ?",
                        v.reportId(),
                        v.ordinal(),
                        v.nextReportId());
            } else {
                update(
                        "DELETE FROM commitment_reviews WHERE report_id = ? AND ordinal = ? AND next_report_id = ?"
                                + " AND section_path = ?",
                        v.reportId(),
                        v.ordinal(),
                        v.nextReportId(),
                        v.section());
            }
            insert(
                    "INSERT INTO commitment_reviews (report_id, ordinal, next_report_id, section_path, verdict, reviewed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    v.reportId(),
                    v.ordinal(),
                    v.nextReportId(),
                    v.section(),
                    v.verdict(),
                    v.at() != null ? v.at() : Instant.now().toString());
            return null;
        });
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs the work in one transaction: all of it or nothing; its result. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    @Override
    public List<ReviewRow> commitmentReviews(long reportId) throws SQLException {
        List<ReviewRow> out = new ArrayList<>();
        query(
                "SELECT report_id, ordinal, next_report_id, section_path, verdict, reviewed_at FROM commitment_reviews"
                        + " WHERE report_id = ? ORDER BY id",
                r -> out.add(new ReviewRow(
                        r.getLong(1), r.getInt(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6))),
                reportId);
        return out;
    }

    /** The files whose last import failed, by path. */
    @Override
    public List<FailureRow> failures() throws SQLException {
        List<FailureRow> out = new ArrayList<>();
        query(
                "SELECT path, error, imported_at FROM files WHERE status = 'failed' ORDER BY path",
                r -> out.add(new FailureRow(r.getString(1), r.getString(2), r.getString(3))));
        return out;
    }

    private static Integer intOrNull(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
        }
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
