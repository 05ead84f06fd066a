package vn.baocao.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.baocao.bench.SyntheticArchive;
import vn.baocao.cli.Main;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.query.Search;
import vn.baocao.read.ReportReader;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.web.WebApp;

/**
 * The same archive — the corpus and a synthetic archive — imported into the embedded default (SQLite +
 * Lucene) and into PostgreSQL + a 2-node, 2-shard SolrCloud gives the same answers to {@code search},
 * {@code refs}, {@code commitments}, {@code figures}, {@code reports}, {@code show}, {@code draft} and the web
 * app. Both imports run on one thread, so report ids agree and outputs are compared as they are (the data
 * folders' paths aside).
 *
 * <p>Search parity rule: the same hits; in the same order, except among hits whose scores are equal (to
 * 1e-4, relative), whose order is the engine's tie-break (Lucene: document order; Solr: report id, then
 * ordinal); scores equal to 1e-3, relative (BM25 on both, with Solr's exact collection-wide statistics).
 */
@Tag("scaleout")
class ScaleOutParityTest {

    static Path dir;
    static DataFolder embedded;
    static DataFolder scaled;
    static List<SyntheticArchive.Report> synthetic;

    @BeforeAll
    static void importBoth() throws Exception {
        dir = Files.createTempDirectory("baocao-parity");
        RuleSet rules = RuleSet.defaults();
        synthetic = new SyntheticArchive(rules)
                .write(
                        new SyntheticArchive.Options(
                                3,
                                2,
                                2023,
                                List.of("txt"),
                                11,
                                vn.baocao.ProjectFiles.path("corpus"),
                                dir.resolve("synthetic")),
                        r -> {});
        List<Path> roots = new ArrayList<>(corpusRoots());
        roots.add(dir.resolve("synthetic"));
        embedded = new DataFolder(dir.resolve("embedded"));
        scaled = ScaleOut.freshFolder(dir.resolve("scaled"));
        ReportExtractor extractor = new ReportExtractor(rules);
        Importer.Summary a = new Importer(embedded, extractor, 1, ImportProgress.silent()).importPaths(roots);
        Importer.Summary b = new Importer(scaled, extractor, 1, ImportProgress.silent()).importPaths(roots);
        assertTrue(a.imported() > 40, "imported " + a.imported());
        assertEquals(a.imported(), b.imported());
        assertEquals(a.failed(), b.failed());
    }

    @AfterAll
    static void clean() throws Exception {
        SolrCloudServer.deleteTree(dir);
    }

    static List<Path> corpusRoots() throws Exception {
        try (Stream<Path> s = Files.list(vn.baocao.ProjectFiles.path("corpus"))) {
            return s.filter(p -> Files.isDirectory(p)
                            ? !p.endsWith("hostile") && !p.endsWith("legacy")
                            : ReportReader.hasReportExtension(p))
                    .sorted()
                    .toList();
        }
    }

    static final List<String> QUERIES = List.of(
            "75/KH-UBND",
            "KH 75",
            "ke hoach so 12",
            "61/2018/NĐ-CP",
            "\"cải cách hành chính\"",
            "\"dịch vụ công trực tuyến\"",
            "\"một cửa liên thông\"",
            "ho so truc tuyen",
            "tuyen truyen cai cach",
            "so hoa ket qua",
            "cải cách hành chính",
            "thủ tục hành chính",
            "hòa giải",
            "hoà giải",
            "chỉ số hài lòng",
            "kế hoạch 75",
            "Kế hoạch số 12/KH-UBND về cải cách",
            "kiểm soát thủ tục",
            "số",
            "so",
            "\"chỉ số\" xã",
            "Kế hoạch 04");

    @Test
    void searchGivesTheSameHitsInTheSameOrder() throws Exception {
        try (Archive a = Archive.open(embedded);
                Archive b = Archive.open(scaled)) {
            Search sa = new Search(a, new DocumentSymbols(RuleSet.defaults())),
                    sb = new Search(b, new DocumentSymbols(RuleSet.defaults()));
            List<ReportFilter> filters = List.of(
                    ReportFilter.ALL,
                    new ReportFilter(null, null, 2023, null),
                    new ReportFilter(null, "xã", null, null),
                    new ReportFilter(synthetic.get(0).issuer(), null, null, null),
                    new ReportFilter(null, null, null, synthetic.get(1).period()));
            int compared = 0;
            for (String q : QUERIES) {
                for (ReportFilter f : filters) {
                    List<Search.Hit> expected = sa.search(q, f, null, 200);
                    List<Search.Hit> got = sb.search(q, f, null, 200);
                    assertSameRanking(expected, got, q + " " + f);
                    compared += expected.size();
                }
                assertSameRanking(
                        sa.search(q, ReportFilter.ALL, "II", 30),
                        sb.search(q, ReportFilter.ALL, "II", 30),
                        q + " in II");
                Search.Page pa = sa.page(q, ReportFilter.ALL, null, 0, 10),
                        pb = sb.page(q, ReportFilter.ALL, null, 0, 10);
                assertEquals(pa.total(), pb.total(), q);
                assertEquals(pa.facets(), pb.facets(), q);
            }
            assertTrue(compared > 1000, "hits compared: " + compared);
        }
    }

    /** See the class comment for the rule. */
    static void assertSameRanking(List<Search.Hit> expected, List<Search.Hit> got, String what) {
        assertEquals(expected.size(), got.size(), what + ": number of hits");
        int i = 0;
        while (i < expected.size()) {
            int j = i + 1;
            while (j < expected.size()
                    && close(expected.get(j).score(), expected.get(i).score(), 1e-4)) {
                j++;
            }
            Set<String> a = new HashSet<>(), b = new HashSet<>();
            for (int k = i; k < j; k++) {
                a.add(key(expected.get(k)));
                b.add(key(got.get(k)));
                assertTrue(
                        close(expected.get(k).score(), got.get(k).score(), 1e-3),
                        what + " #" + k + ": score " + expected.get(k).score() + " vs "
                                + got.get(k).score());
            }
            if (j < expected.size() || expected.size() < 200) { // a tie group cut by the limit may differ
                assertEquals(a, b, what + ": hits #" + i + "–" + (j - 1));
            }
            i = j;
        }
        for (int k = 0; k < expected.size(); k++) {
            Search.Hit e = expected.get(k);
            Search.Hit g =
                    got.stream().filter(h -> key(h).equals(key(e))).findFirst().orElse(null);
            if (g != null) {
                assertEquals(e.snippet(), g.snippet(), what + " snippet of " + key(e));
                assertEquals(e.sectionTitle(), g.sectionTitle(), what + " title of " + key(e));
            }
        }
    }

    private static boolean close(float a, float b, double rel) {
        return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-6;
    }

    private static String key(Search.Hit h) {
        return h.source() + "#" + h.sectionPath();
    }

    /** The output of a command on a data folder, with the folder's path replaced. */
    static String run(DataFolder data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.root().toString()));
        if (!data.backend().embeddedStore()) {
            all.addAll(List.of(
                    "--store", data.backend().store(), "--index", data.backend().index()));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return normal(out.toString(), data);
    }

    /** Output without what differs between two imports of the same files: the data folder, import times. */
    static String normal(String out, DataFolder data) {
        return out.replace(data.root().toString(), "<DATA>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<TIME>");
    }

    @Test
    void commandsGiveTheSameAnswers() throws Exception {
        String unit = synthetic.get(0).issuer();
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"reports", "--json"},
                new String[] {"reports", "--year", "2024", "--level", "xã"},
                new String[] {"refs", "75/KH-UBND", "--json"},
                new String[] {"refs", "KH 12", "--json"},
                new String[] {"refs", "61/2018/NĐ-CP"},
                new String[] {"commitments", "--json"},
                new String[] {"commitments", "--unit", unit},
                new String[] {"figures", "--subject", "hồ sơ", "--json"},
                new String[] {"figures", "--subject", "thủ tục hành chính", "--csv"},
                new String[] {"search", "cải cách hành chính", "--limit", "5"},
                new String[] {"show", "3", "--json"}));
        for (String[] c : commands) {
            String a = run(embedded, c), b = run(scaled, c);
            assertFalse(a.isBlank(), String.join(" ", c));
            assertEquals(a, b, String.join(" ", c));
        }
        Path da = dir.resolve("draft-a.md"), db = dir.resolve("draft-b.md");
        run(embedded, "draft", "--unit", unit, "--period", "Q1/2025", "-o", da.toString());
        run(scaled, "draft", "--unit", unit, "--period", "Q1/2025", "-o", db.toString());
        assertEquals(normal(Files.readString(da), embedded), normal(Files.readString(db), scaled));
    }

    @Test
    void theWebAppServesTheSamePages() throws Exception {
        WebApp a = new WebApp(new WebApp.Settings(
                embedded, "127.0.0.1", 0, null, 1 << 20, new ReportExtractor(RuleSet.defaults()), null));
        WebApp b = new WebApp(new WebApp.Settings(
                scaled, "127.0.0.1", 0, null, 1 << 20, new ReportExtractor(RuleSet.defaults()), null));
        int pa = a.start(), pb = b.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of(
                    "/?q=" + URLEncoder.encode("cải cách hành chính", StandardCharsets.UTF_8),
                    "/?q=" + URLEncoder.encode("75/KH-UBND", StandardCharsets.UTF_8) + "&year=2023",
                    "/bao-cao/2",
                    "/van-ban/75/KH-UBND",
                    "/cam-ket",
                    "/so-lieu?subject=" + URLEncoder.encode("hồ sơ", StandardCharsets.UTF_8))) {
                HttpResponse<String> ra = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pa + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> rb = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pb + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ra.statusCode(), path);
                assertEquals(ra.statusCode(), rb.statusCode(), path);
                assertEquals(normal(ra.body(), embedded), normal(rb.body(), scaled), path);
            }
        } finally {
            a.close();
            b.close();
        }
    }
}
