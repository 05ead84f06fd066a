package vn.baocao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.cli.CliRun;
import vn.baocao.cli.Main;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

class ImporterTest {

    @TempDir
    Path dir;

    static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleSet.defaults());

    Importer importer(DataFolder data) {
        return new Importer(data, EXTRACTOR, 2, ImportProgress.silent());
    }

    /** The report ids of the store and of the index (last commit). */
    static void assertConsistent(DataFolder data) throws Exception {
        Set<Long> stored;
        try (var s = data.openStore()) {
            stored = s.reports().stream().map(Store.ReportRow::id).collect(Collectors.toSet());
            // one imported file row per report, no content twice
            List<String> hashes = new ArrayList<>();
            for (Store.ReportRow r : s.reports()) {
                hashes.add(r.contentHash());
                assertTrue(Files.exists(r.sourceCopy()), "source copy of " + r.sourcePath());
            }
            assertEquals(hashes.size(), new HashSet<>(hashes).size(), "no content imported twice");
            assertEquals(stored.size(), s.count("reports"));
        }
        IndexSearcher searcher = ReportIndex.openSearcher(data.indexDir());
        try {
            assertEquals(stored, ReportIndex.reportIds(searcher), "index and store hold the same reports");
        } finally {
            searcher.getIndexReader().close();
        }
    }

    @Test
    void aCorruptFileAmongGoodOnesIsNamedInTheSummaryAndTheRestImported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"), in.resolve("cu-lao-dung.txt"));
        Files.copy(ProjectFiles.path("corpus/docx/002_4b8e4a4480cf88e8.docx"), in.resolve("phuong-4.docx"));
        Files.writeString(in.resolve("hong.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> truncated");
        Files.createFile(in.resolve("rong.docx"));
        Files.writeString(in.resolve("ghi-chu.md"), "not a report: skipped by extension");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path data = dir.resolve("data");
        int code = Main.run(
                new String[] {"import", in.toString(), "--data", data.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(Main.EXIT_INPUT, code, out + "\n" + err);
        String summary = out.toString();
        assertTrue(summary.contains("4 tệp"), summary);
        assertTrue(summary.contains("đã nhập 2"), summary);
        assertTrue(summary.contains("lỗi 2"), summary);
        assertTrue(summary.contains("hong.pdf: tệp bị hỏng hoặc không đúng định dạng"), summary);
        assertTrue(summary.contains("rong.docx: tệp rỗng"), summary);
        assertFalse(summary.contains("ghi-chu.md"));
        assertFalse((out.toString() + err).contains("\tat "), "no stack trace");
        assertTrue(err.toString().contains("[4/4]"), "plain progress lines when not on a terminal: " + err);
        DataFolder folder = new DataFolder(data);
        assertConsistent(folder);
        try (var s = folder.openStore()) {
            assertEquals(2, s.count("reports"));
            assertEquals(
                    Set.of("hong.pdf", "rong.docx"),
                    s.failures().stream()
                            .map(f -> Path.of(f.path()).getFileName().toString())
                            .collect(Collectors.toSet()));
        }
        // only the data folder was written to
        try (var files = Files.list(dir)) {
            assertEquals(
                    Set.of("in", "data"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void aChangedFileReplacesItsOldVersionAndTheSameContentTwiceIsOneReport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path a = in.resolve("bao-cao.txt");
        Files.copy(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"), a);
        DataFolder data = new DataFolder(dir.resolve("data"));
        assertEquals(1, importer(data).importPaths(List.of(in)).imported());
        Files.copy(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"), in.resolve("ban-sao.txt"));
        Importer.Summary s1 = importer(data).importPaths(List.of(in));
        assertEquals(0, s1.imported());
        assertEquals(2, s1.unchanged(), "a copy with the same content is the same report");
        Files.copy(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"), a, StandardCopyOption.REPLACE_EXISTING);
        Importer.Summary s2 = importer(data).importPaths(List.of(a));
        assertEquals(1, s2.replaced());
        assertConsistent(data);
        try (var s = data.openStore()) {
            List<Store.ReportRow> reports = s.reports();
            assertEquals(1, reports.size());
            assertEquals("UBND xã Tiên Động", reports.get(0).issuer());
            assertEquals(Path.of(reports.get(0).sourcePath()), a.toAbsolutePath());
            assertEquals(1, s.count("reports"));
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheSourceCopiesAndASecondWriterIsTurnedAway() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        List<Path> files = List.of(
                ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"),
                ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt"));
        assertEquals(2, importer(data).importPaths(files).imported());
        try (var walk = Files.walk(data.indexDir())) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        CliRun search = CliRun.of("search", "hoa thuan", "--data", data.root().toString());
        assertEquals(1, search.code());
        assertTrue(search.err().contains("baocao import (không cần tham số)"), search.err());
        CliRun repair = CliRun.of("import", "--data", data.root().toString());
        assertEquals(0, repair.code(), repair.err());
        assertTrue(repair.out().contains("lập lại 2"), repair.out());
        assertConsistent(data);
        assertEquals(2, importer(data).importPaths(files).unchanged());
        try (ReportIndex writer =
                ReportIndex.openForWriting(data.indexDir(), new DocumentSymbols(RuleSet.defaults()))) {
            vn.baocao.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                    vn.baocao.store.StoreException.class, () -> importer(data).importPaths(files));
            assertTrue(e.getMessage().contains("đang được một lần nhập khác sử dụng"), e.getMessage());
        }
    }

    @Test
    void killedMidwayTheNextImportLeavesStoreAndIndexConsistent() throws Exception {
        Path data = dir.resolve("data");
        Process child = child(
                        "import",
                        "--threads",
                        "1",
                        "--data",
                        data.toString(),
                        ProjectFiles.path("corpus/docx").toString(),
                        ProjectFiles.path("corpus/pdf").toString())
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long stored = 0;
        while (stored < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stored = countReports(data);
        }
        assertTrue(
                child.isAlive(),
                "the child is still importing when killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long before = countReports(data);
        assertTrue(before >= 3 && before < 10, "killed midway: " + before + " of 10 reports stored");

        DataFolder folder = new DataFolder(data);
        List<Path> folders = List.of(ProjectFiles.path("corpus/docx"), ProjectFiles.path("corpus/pdf"));
        Importer.Summary again = importer(folder).importPaths(folders);
        assertEquals(0, again.failed(), again.failures().toString());
        assertEquals(before, again.unchanged(), "what the killed import stored is kept");
        assertEquals(10 - before, again.imported(), "the rest is imported once");
        assertConsistent(folder);
        try (var s = folder.openStore()) {
            assertEquals(10, s.count("reports"));
        }
        // a third run finds nothing to do
        Importer.Summary third = importer(folder).importPaths(folders);
        assertEquals(10, third.unchanged());
        assertEquals(0, third.reindexed() + third.removed());
    }

    @Test
    void theDataFolderIsBaocaoDataFromTheEnvironmentElseIndexInTheWorkingDirectory() throws Exception {
        Path report = ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt").toAbsolutePath();
        ProcessBuilder withEnv = child("import", report.toString()).directory(dir.toFile());
        withEnv.environment().put("BAOCAO_DATA", dir.resolve("from-env").toString());
        assertEquals(0, withEnv.start().waitFor());
        assertTrue(Files.exists(dir.resolve("from-env/baocao.db")));
        ProcessBuilder plain = child("import", report.toString()).directory(dir.toFile());
        plain.environment().remove("BAOCAO_DATA");
        assertEquals(0, plain.start().waitFor());
        assertTrue(Files.exists(dir.resolve("index/baocao.db")));
        assertTrue(Files.isDirectory(dir.resolve("index/lucene")));
        assertEquals(1, countReports(dir.resolve("index")));
    }

    /** A child JVM running the command line on the test class path. */
    static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Reads the store the child writes, without migrating it (0 while it is not created yet). */
    static long countReports(Path data) {
        File db = data.resolve(vn.baocao.store.DataFolder.STORE_FILE).toFile();
        if (!db.exists()) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM reports")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (Exception e) {
            return 0;
        }
    }
}
