package vn.baocao.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.baocao.bench.SyntheticArchive;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.Indexes;
import vn.baocao.fulltext.SearchIndex;
import vn.baocao.fulltext.SolrIndex;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.read.ReportReader;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.store.ReportStore;
import vn.baocao.web.WebApp;

/**
 * Several importers and readers at once on one PostgreSQL + a 2-node SolrCloud: two imports of
 * overlapping folders at the same time, an importer killed mid-way and repaired by the next run, the web
 * app answering searches while an import runs.
 */
@Tag("scaleout")
class ScaleOutConcurrencyTest {

    static final RuleSet RULES = RuleSet.defaults();
    static final ReportExtractor EXTRACTOR = new ReportExtractor(RULES);
    static Path dir;
    static Path synthetic;

    @BeforeAll
    static void archive() throws Exception {
        dir = Files.createTempDirectory("baocao-concurrency");
        synthetic = dir.resolve("synthetic");
        new SyntheticArchive(RULES)
                .write(
                        new SyntheticArchive.Options(
                                3, 2, 2023, List.of("txt"), 5, vn.baocao.ProjectFiles.path("corpus"), synthetic),
                        r -> {});
    }

    @AfterAll
    static void clean() throws Exception {
        SolrCloudServer.deleteTree(dir);
    }

    @Test
    void twoOverlappingImportsAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        DataFolder first = ScaleOut.freshFolder(dir.resolve("machine-a"));
        DataFolder second = new DataFolder(dir.resolve("machine-b"), first.backend()); // another machine, same servers
        List<Path> a = List.of(synthetic, vn.baocao.ProjectFiles.path("corpus/docx"));
        List<Path> b = List.of(
                vn.baocao.ProjectFiles.path("corpus/docx"), synthetic, vn.baocao.ProjectFiles.path("corpus/odt"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Importer.Summary> fa =
                    pool.submit(() -> new Importer(first, EXTRACTOR, 1, ImportProgress.silent()).importPaths(a));
            Future<Importer.Summary> fb =
                    pool.submit(() -> new Importer(second, EXTRACTOR, 1, ImportProgress.silent()).importPaths(b));
            Importer.Summary sa = fa.get(10, TimeUnit.MINUTES), sb = fb.get(10, TimeUnit.MINUTES);
            Set<String> contents = hashes(a);
            contents.addAll(hashes(b));
            assertEquals(0, sa.failed() + sb.failed(), sa.failures() + " " + sb.failures());
            assertEquals(contents.size(), sa.imported() + sb.imported(), "each content imported by one of them");
            assertEquals(sa.files() + sb.files() - contents.size(), sa.unchanged() + sb.unchanged());
            assertConsistent(first, contents.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKilledImporterIsRepairedByTheNextRun() throws Exception {
        DataFolder data = ScaleOut.freshFolder(dir.resolve("killed"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "vn.baocao.cli.Main",
                        "import",
                        synthetic.toString(),
                        "--threads",
                        "1",
                        "--data",
                        data.root().toString(),
                        "--store",
                        data.backend().store(),
                        "--index",
                        data.backend().index())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long stored = 0;
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (ReportStore s = data.openStore()) {
                stored = s.count("reports");
            } catch (RuntimeException e) {
                stored = 0; // not migrated yet
            }
            if (stored >= 5) {
                break;
            }
            Thread.sleep(100);
        }
        boolean killed = p.isAlive();
        p.destroyForcibly().waitFor();
        int files = hashes(List.of(synthetic)).size();
        assertTrue(
                killed && stored < files,
                "killed mid-way: " + stored + " of " + files + "\n" + Files.readString(dir.resolve("killed.log")));
        Importer.Summary again =
                new Importer(data, EXTRACTOR, 2, ImportProgress.silent()).importPaths(List.of(synthetic));
        assertEquals(0, again.failed(), again.failures().toString());
        assertEquals(files, again.imported() + again.unchanged());
        assertConsistent(data, files);
    }

    @Test
    void theWebAppServesSearchesWhileAnImportRuns() throws Exception {
        DataFolder data = ScaleOut.freshFolder(dir.resolve("web"));
        new Importer(data, EXTRACTOR, 1, ImportProgress.silent())
                .importPaths(List.of(vn.baocao.ProjectFiles.path("corpus/docx")));
        WebApp app = new WebApp(new WebApp.Settings(data, "127.0.0.1", 0, null, 1 << 20, EXTRACTOR, null));
        int port = app.start();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Importer.Summary> running = pool.submit(() -> new Importer(
                            new DataFolder(dir.resolve("web-b"), data.backend()), EXTRACTOR, 1, ImportProgress.silent())
                    .importPaths(List.of(synthetic)));
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + port + "/?q="
                    + URLEncoder.encode("cải cách hành chính", StandardCharsets.UTF_8));
            int served = 0;
            while (!running.isDone()) {
                HttpResponse<String> r =
                        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("<mark>"), "hits with highlights");
                served++;
            }
            assertTrue(running.get().imported() > 0);
            assertTrue(served >= 3, "searches served during the import: " + served);
        } finally {
            pool.shutdownNow();
            app.close();
        }
    }

    /** Store and index agree: {@code reports} reports, one per content, each indexed whole. */
    static void assertConsistent(DataFolder data, int reports) throws Exception {
        try (ReportStore s = data.openStore();
                SearchIndex index = Indexes.openForWriting(data, new DocumentSymbols(RuleSet.defaults()))) {
            assertEquals(reports, s.count("reports"), "reports stored");
            assertEquals(reports, s.importedHashes().size(), "one report per content");
            Set<Long> ids = new HashSet<>();
            s.reports().forEach(r -> ids.add(r.id()));
            assertEquals(ids, index.reportIds(), "the index holds the stored reports");
            assertEquals(
                    s.count("reports") + s.count("sections"),
                    ((SolrIndex) index).documentCount(),
                    "one index document per report and per section");
        }
    }

    static Set<String> hashes(List<Path> roots) throws Exception {
        Set<String> out = new HashSet<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile)
                        .filter(ReportReader::hasReportExtension)
                        .toList();
            }
            for (Path f : files) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(f)) {
                    md.update(in.readAllBytes());
                }
                out.add(HexFormat.of().formatHex(md.digest()));
            }
        }
        return new HashSet<>(new ArrayList<>(out));
    }
}
