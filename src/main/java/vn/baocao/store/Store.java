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
import java.util.List;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.structure.Section;

/**
 * The structured store: one SQLite file ({@code baocao.db}) in the data folder, with versioned schema
 * migrations ({@code db/V<n>__*.sql} on the class path, applied in order and recorded in
 * {@code schema_version}). A report and all its rows are written in one transaction.
 */
public final class Store implements AutoCloseable {

    /** The migrations, in order; add a file and a line to evolve the schema. */
    static final List<String> MIGRATIONS = List.of("V1__init.sql");

    private final Connection db;

    private Store(Connection db) {
        this.db = db;
    }

    /** Opens (creating and migrating as needed) the store in {@code dataDir}. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("baocao.db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
            }
            Store store = new Store(c);
            store.migrate();
            return store;
        } catch (IOException | SQLException e) {
            throw new StoreException("Không mở được kho dữ liệu trong thư mục «" + dataDir + "»: " + e.getMessage(), e);
        }
    }

    /** The schema version now in force. */
    public int schemaVersion() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = schemaVersion();
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            String sql = resource("/db/" + MIGRATIONS.get(v - 1));
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String stmt : sql.replaceAll("(?m)--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
                try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, Instant.now().toString());
                    p.executeUpdate();
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
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

    /** Facts about a source file. */
    public record FileInfo(String path, String contentHash, String format, long sizeBytes) {
    }

    /** Stores one extracted report with its file row; returns the report id. All or nothing. */
    public long saveReport(FileInfo file, Extraction x) throws SQLException {
        db.setAutoCommit(false);
        try {
            long fileId = insert("INSERT INTO files (path, content_hash, format, size_bytes, imported_at, status, error)"
                    + " VALUES (?, ?, ?, ?, ?, 'imported', NULL)", file.path(), file.contentHash(), file.format(),
                    file.sizeBytes(), Instant.now().toString());
            ReportMetadata m = x.metadata();
            Period p = m.period();
            long reportId = insert("INSERT INTO reports (file_id, doc_type, symbol, issuer, issuer_level, place, issued_on,"
                            + " period_kind, period_number, period_year, title, is_draft, signer, signer_title, recipients)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    fileId, m.docType(), m.symbol(), m.issuer(), m.issuerLevel(), m.place(), m.date(),
                    p == null ? null : p.kind().json(), p == null ? null : p.number(), p == null ? null : p.year(),
                    m.title(), m.draft(), m.signer(), m.signerTitle(), String.join("\n", m.recipients()));
            int ordinal = 0;
            for (Section s : x.tree().sections()) {
                insert("INSERT INTO sections (report_id, ordinal, path, number, title, level, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        reportId, ordinal++, s.path(), s.number(), s.title(), s.level(), s.bodyText());
            }
            for (Reference r : x.references()) {
                insert("INSERT INTO doc_references (report_id, section_path, canonical, symbol, type, type_name, number, year,"
                                + " issued_on, issuer, subject, surface, span_start, span_end, line)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        reportId, r.section(), r.canonical(), r.symbol(), r.type(), r.typeName(), r.number(), r.year(),
                        r.date(), r.issuer(), r.subject(), r.text(), r.start(), r.end(), r.line());
            }
            for (Figure f : x.figures()) {
                insert("INSERT INTO figures (report_id, section_path, kind, value, total, unit, subject, indicator, surface,"
                                + " note, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        reportId, f.section(), f.kind().json(), f.value(), f.total(), f.unit(), f.subject(), f.indicator(),
                        f.text(), f.note(), f.line());
            }
            db.commit();
            return reportId;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The number of rows in a table (for checks and summaries). */
    public long count(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
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
