package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/**
 * Search filters are resolved inside the index (level, year, period) and by unit ids; whatever the route,
 * a filtered search must return exactly the reports that {@link ReportFilter#test} admits among the hits
 * of the same search without a filter. Checked on the five seed reports (units of four levels, quarters of
 * 2023–2025 and one annual report).
 */
class SearchFilterTest {

    @TempDir
    static Path dir;

    static DataFolder data;

    @BeforeAll
    static void importSeeds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(ProjectFiles.path("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        data = new DataFolder(dir.resolve("data"));
        assertEquals(
                5,
                new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                        .importPaths(List.of(in))
                        .imported());
    }

    static final List<ReportFilter> FILTERS = List.of(
            ReportFilter.of(null, null, 2023, null),
            ReportFilter.of(null, null, 2024, null),
            ReportFilter.of(null, "Phường", null, null),
            ReportFilter.of(null, "thanh pho", null, null),
            ReportFilter.of(null, "xa", 2023, null),
            ReportFilter.of(null, null, null, "Q3/2023"),
            ReportFilter.of(null, null, null, "Q1/2025"),
            ReportFilter.of(null, null, null, "năm 2024"),
            ReportFilter.of(null, null, 2024, "Q1/2024"),
            ReportFilter.of("sa dec", null, null, null),
            ReportFilter.of("Hòa Thuận", "phường", 2025, "Q1/2025"),
            ReportFilter.of("Hòa Thuận", null, 2024, null),
            ReportFilter.of("không có đơn vị này", null, null, null));

    @Test
    void aFilteredSearchReturnsTheUnfilteredHitsTheFilterAdmits() throws Exception {
        try (Archive archive = Archive.open(data)) {
            Search search = new Search(archive, new DocumentSymbols(RuleSet.defaults()));
            for (String query : List.of("cải cách hành chính", "ke hoach", "thủ tục hành chính")) {
                List<Search.Hit> all = search.search(query, ReportFilter.ALL, null, 10_000);
                assertFalse(all.isEmpty(), query);
                for (ReportFilter f : FILTERS) {
                    Set<Long> expected = all.stream()
                            .filter(h -> f.test(archive.report(h.reportId()).orElseThrow()))
                            .map(Search.Hit::reportId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    Set<Long> got = search.search(query, f, null, 10_000).stream()
                            .map(Search.Hit::reportId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(expected, got, query + " / " + f);
                }
            }
            // the filters are not vacuous on this archive
            List<Search.Hit> all = search.search("cải cách hành chính", ReportFilter.ALL, null, 10_000);
            assertEquals(5, all.stream().map(Search.Hit::reportId).distinct().count());
            assertEquals(
                    2,
                    search.search("cải cách hành chính", ReportFilter.of(null, null, 2023, null), null, 10_000).stream()
                            .map(Search.Hit::reportId)
                            .distinct()
                            .count());
            assertEquals(
                    1,
                    search
                            .search("cải cách hành chính", ReportFilter.of(null, null, null, "năm 2024"), null, 10_000)
                            .stream()
                            .map(Search.Hit::reportId)
                            .distinct()
                            .count());
        }
    }

    /**
     * A phrase is found through the pair fields (pairs of adjacent syllables) in exactly the sections where a
     * phrase query over the syllables finds it: the same hits, with or without diacritics, and nothing for
     * the syllables apart or out of order.
     */
    @Test
    void phraseByPairsMatchesTheSameSectionsAsPositions() throws Exception {
        try (Archive archive = Archive.open(data)) {
            org.junit.jupiter.api.Assertions.assertTrue(archive.index().pairs());
            var searcher = archive.searcher();
            int compared = 0;
            for (String query : List.of(
                    "\"cải cách hành chính\"",
                    "\"cai cach hanh chinh\"",
                    "\"dịch vụ công trực tuyến\"",
                    "\"hồ sơ\"",
                    "\"ho so\"",
                    "\"chính hành cách cải\"",
                    "\"một cửa liên thông\"",
                    "\"ke hoach\" tuyen truyen")) {
                Set<Integer> byPairs = docs(
                        searcher,
                        new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                                .parse(query, true)
                                .query());
                Set<Integer> byPositions = docs(
                        searcher,
                        new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                                .parse(query, false)
                                .query());
                assertEquals(byPositions, byPairs, query);
                compared += byPairs.size();
            }
            org.junit.jupiter.api.Assertions.assertTrue(compared > 20, "sections compared: " + compared);
            assertEquals(
                    Set.of(),
                    docs(
                            searcher,
                            new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                                    .parse("\"chính hành cách cải\"", true)
                                    .query()));
        }
    }

    private static Set<Integer> docs(org.apache.lucene.search.IndexSearcher s, org.apache.lucene.search.Query q)
            throws Exception {
        Set<Integer> out = new TreeSet<>();
        for (org.apache.lucene.search.ScoreDoc d : s.search(q, 100_000).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    /**
     * Words alone are searched in two passes (the selecting clause, then the ranking clauses over its best
     * hits); below the re-ranking window that must rank exactly as one boolean query of all the clauses.
     */
    @Test
    void twoPassRankingEqualsOneQueryWithinTheWindow() throws Exception {
        try (Archive archive = Archive.open(data)) {
            Search search = new Search(archive, new DocumentSymbols(RuleSet.defaults()));
            for (String query :
                    List.of("cải cách hành chính", "\"dịch vụ công trực tuyến\"", "ho so truc tuyen", "tuyên truyền")) {
                Search.Parsed p = new Search(archive, new DocumentSymbols(RuleSet.defaults())).parse(query);
                org.apache.lucene.search.BooleanQuery.Builder one = new org.apache.lucene.search.BooleanQuery.Builder();
                one.add(p.query(), org.apache.lucene.search.BooleanClause.Occur.MUST);
                ((org.apache.lucene.search.BooleanQuery) p.boost()).clauses().forEach(one::add);
                org.apache.lucene.search.TopDocs expected = archive.searcher().search(one.build(), 30);
                org.apache.lucene.index.StoredFields stored = archive.searcher().storedFields();
                List<Search.Hit> got = search.search(query, ReportFilter.ALL, null, 30);
                assertFalse(got.isEmpty(), query);
                org.junit.jupiter.api.Assertions.assertTrue(expected.totalHits.value() < Search.RESCORE_WINDOW, query);
                assertEquals(expected.scoreDocs.length, got.size(), query);
                for (int i = 0; i < got.size(); i++) {
                    var d = stored.document(expected.scoreDocs[i].doc);
                    assertEquals(
                            Long.parseLong(d.get(vn.baocao.fulltext.ReportIndex.REPORT_ID)),
                            got.get(i).reportId(),
                            query + " #" + i);
                    assertEquals(
                            d.get(vn.baocao.fulltext.ReportIndex.SECTION_PATH),
                            got.get(i).sectionPath(),
                            query + " #" + i);
                    assertEquals(
                            expected.scoreDocs[i].score,
                            got.get(i).score(),
                            1e-4 * expected.scoreDocs[i].score,
                            query + " #" + i);
                }
            }
        }
    }
}
