package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.Main;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.Archive;
import vn.baocao.query.Citations;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.FigureSeries;
import vn.baocao.query.ReportFilter;
import vn.baocao.query.Search;
import vn.baocao.read.ReportReader;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

/**
 * Imports the whole corpus (TXT, DOCX, PDF, DOC and the other renditions) once into a temporary data
 * folder, then asks it the questions users ask.
 */
class ArchiveEndToEndTest {

    @TempDir
    static Path tmp;

    static DataFolder data;
    static Importer.Summary first;
    static Archive archive;
    static List<Path> corpusFiles;

    @BeforeAll
    static void importCorpus() throws Exception {
        data = new DataFolder(tmp.resolve("data"));
        try (Stream<Path> s = Files.walk(ProjectFiles.path("corpus"))) {
            corpusFiles = s.filter(Files::isRegularFile)
                    .filter(ReportReader::hasReportExtension)
                    .filter(f -> !f.startsWith(HOSTILE) && !f.startsWith(LEGACY))
                    .sorted()
                    .toList();
        }
        first = new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                .importPaths(corpusRoots());
        archive = Archive.open(data);
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
    }

    /** Crafted bad files and legacy-encoded copies of report 000: not part of the archive asked about here. */
    static final Path HOSTILE = ProjectFiles.path("corpus/hostile");

    static final Path LEGACY = ProjectFiles.path("corpus/legacy");

    /** The corpus folder's reports and rendition folders, without hostile/ and legacy/. */
    static List<Path> corpusRoots() throws Exception {
        try (Stream<Path> s = Files.list(ProjectFiles.path("corpus"))) {
            return s.filter(p -> Files.isDirectory(p)
                            ? !p.equals(HOSTILE) && !p.equals(LEGACY)
                            : ReportReader.hasReportExtension(p))
                    .sorted()
                    .toList();
        }
    }

    /** The corpus stem ("000_442b549b8d9bf7bd") of a report's source file. */
    static String stem(Store.ReportRow r) {
        String name = Path.of(r.sourcePath()).getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static String format(Store.ReportRow r) {
        return ReportReader.extension(r.sourcePath());
    }

    static Set<Long> idsOf(String stem, Set<String> formats) {
        return archive.allReports(ReportFilter.ALL).stream()
                .filter(r -> stem(r).equals(stem) && formats.contains(format(r)))
                .map(Store.ReportRow::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Search.Hit> search(String q) throws Exception {
        return new Search(archive, new DocumentSymbols(RuleSet.defaults())).search(q, ReportFilter.ALL, null, 50);
    }

    @Test
    void everyCorpusFileBecomesOneReportWithItsSourceCopy() throws Exception {
        assertEquals(corpusFiles.size(), first.files());
        assertEquals(corpusFiles.size(), first.imported(), "failures: " + first.failures());
        assertEquals(0, first.failed());
        List<Store.ReportRow> reports = archive.allReports(ReportFilter.ALL);
        assertEquals(corpusFiles.size(), reports.size());
        // the renditions of one report (TXT, DOCX, PDF, DOC …) are versions of it: listed once
        List<Store.ReportRow> current = archive.reports(ReportFilter.ALL);
        assertEquals(reports.stream().map(ArchiveEndToEndTest::stem).distinct().count(), current.size());
        for (Store.ReportRow r : current) {
            assertEquals(
                    reports.stream().filter(o -> stem(o).equals(stem(r))).count(),
                    archive.versions().versions(r.id()).size(),
                    r.sourcePath());
        }
        assertTrue(reports.stream()
                .map(ArchiveEndToEndTest::format)
                .collect(Collectors.toSet())
                .containsAll(Set.of("txt", "docx", "pdf", "doc")));
        for (Store.ReportRow r : reports) {
            assertTrue(Files.exists(r.sourceCopy()), "source copy kept: " + r.sourceCopy());
            assertTrue(r.sourceCopy().startsWith(data.root()));
            assertEquals(Files.size(Path.of(r.sourcePath())), Files.size(r.sourceCopy()));
        }
        // the index holds exactly the stored reports
        try (var searcher = ReportIndex.openSearcher(data.indexDir()).getIndexReader()) {
            assertEquals(
                    reports.stream().map(Store.ReportRow::id).collect(Collectors.toSet()),
                    ReportIndex.reportIds(new org.apache.lucene.search.IndexSearcher(searcher)));
        }
    }

    @Test
    void theStoreHoldsWhatASequentialExtractionFinds() throws Exception {
        // the import extracted on two threads; every row must be there, none twice
        ReportExtractor one = new ReportExtractor(RuleSet.defaults());
        for (Store.ReportRow r : archive.allReports(ReportFilter.ALL)) {
            if (!format(r).equals("txt")) {
                continue;
            }
            var x = one.extract(Path.of(r.sourcePath()));
            assertEquals(
                    x.tree().sections().size(), archive.store().sections(r.id()).size(), r.sourcePath());
            assertEquals(
                    x.references().size(), archive.store().references(r.id()).size(), r.sourcePath());
            assertEquals(x.figures().size(), archive.store().figures(r.id()).size(), r.sourcePath());
            assertEquals(
                    x.commitments().size(), archive.store().commitments(r.id()).size(), r.sourcePath());
            var m = x.metadata();
            assertEquals(
                    java.util.Arrays.asList(
                            m.issuer(), m.issuerLevel(), m.period(), m.date(), m.title(), m.signer(), m.recipients()),
                    java.util.Arrays.asList(
                            r.issuer(), r.issuerLevel(), r.period(), r.date(), r.title(), r.signer(), r.recipients()),
                    r.sourcePath());
        }
    }

    @Test
    void thePlanIsFoundFromEverySpellingOfItsSymbol() throws Exception {
        // the plan 75/KH-UBND is cited (in a footnote) by report 000 only; the TXT, DOCX, PDF and DOC renditions
        Set<Long> citing = idsOf("000_442b549b8d9bf7bd", Set.of("txt", "docx", "pdf", "doc"));
        assertEquals(4, citing.size());
        for (String q : List.of("75/KH-UBND", "KH 75", "ke hoach so 75", "Kế hoạch 75/KH-UBND", "kế hoạch số 75")) {
            List<Search.Hit> hits = search(q);
            Set<Long> found = hits.stream().map(Search.Hit::reportId).collect(Collectors.toSet());
            assertTrue(found.containsAll(citing), q + " finds every rendition of the citing report: " + found);
            assertTrue(
                    hits.stream().allMatch(h -> h.issuer().contains("Hòa Thuận")), q + " finds nothing else: " + hits);
        }
        Search.Hit h = search("75/KH-UBND").get(0);
        assertTrue(h.snippet().contains("«75»/«KH»-«UBND»"), "the snippet highlights the symbol: " + h.snippet());
    }

    @Test
    void aSymbolWrittenWithAHyphenIsFoundByItsCanonicalSpelling() throws Exception {
        // report 003 writes "Kế hoạch số: 12-KH-UBND"; report 001 cites another plan 12/KH-UBND of its own district
        List<Search.Hit> hits = search("12/KH-UBND");
        Set<Long> found = hits.stream().map(Search.Hit::reportId).collect(Collectors.toSet());
        assertTrue(
                found.containsAll(idsOf("003_bf6a6dcb66bb9229", Set.of("txt", "docx", "pdf", "doc"))),
                found.toString());
        assertTrue(hits.stream().anyMatch(x -> x.snippet().contains("«12»-«KH»-«UBND»")), hits.toString());
        // and "04/ KH-UBND" (a space after the slash) meets 04/KH-UBND
        assertTrue(search("04/KH-UBND").stream().anyMatch(x -> x.issuer().contains("Tiên Động")));
    }

    @Test
    void placeNamesAreFoundWithoutDiacriticsAndInEitherTonePlacement() throws Exception {
        for (String q : List.of("hoa thuan", "hoà thuận", "Hòa Thuận", "HOA THUAN")) {
            List<Search.Hit> hits = search(q);
            assertFalse(hits.isEmpty(), q);
            assertTrue(hits.get(0).issuer().contains("Hòa Thuận"), q + " → " + hits.get(0));
            // every hit on the name ranks above the hits on the two syllables apart ("hệ thống hóa … thuận lợi")
            List<String> stems = hits.stream()
                    .map(x -> stem(archive.report(x.reportId()).orElseThrow()))
                    .toList();
            int lastName = stems.lastIndexOf("000_442b549b8d9bf7bd");
            assertTrue(
                    stems.subList(0, lastName + 1).stream().allMatch("000_442b549b8d9bf7bd"::equals), q + ": " + stems);
            assertTrue(
                    lastName + 1
                            >= idsOf("000_442b549b8d9bf7bd", Set.of("txt", "docx", "pdf", "doc"))
                                    .size(),
                    q);
        }
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() throws Exception {
        // "phương" (direction) and "phường" (ward) fold alike; a query with diacritics prefers the exact word
        List<Search.Hit> hits = search("phương");
        assertTrue(hits.size() > 5);
        String top = VietnameseText.matchKey(hits.get(0).snippet());
        assertTrue(
                top.matches("(?s).*«phương».*"),
                "top hit has the exact word: " + hits.get(0).snippet());
        List<Search.Hit> ward = search("phường");
        assertTrue(
                VietnameseText.matchKey(ward.get(0).snippet()).matches("(?s).*«phường».*"),
                ward.get(0).snippet());
        // a phrase in quotes must match as a phrase
        for (Search.Hit x : new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                .search("\"một cửa liên thông\"", ReportFilter.ALL, null, 20)) {
            assertTrue(
                    VietnameseText.fold(archive.store().sections(x.reportId()).stream()
                                                    .filter(s -> s.path().equals(x.sectionPath()))
                                                    .map(Store.SectionRow::body)
                                                    .findFirst()
                                                    .orElse("")
                                            + archive.report(x.reportId())
                                                    .orElseThrow()
                                                    .title()
                                            + x.snippet())
                                    .contains("mot cua lien thong")
                            || x.sectionPath().isEmpty(),
                    x.toString());
        }
    }

    @Test
    void filtersByUnitLevelPeriodAndSection() throws Exception {
        Set<String> expected = Set.of("UBND thành phố Sa Đéc");
        for (String unit : List.of(
                "sa dec", "Sa Đéc", "UBND thành phố Sa Đéc", "thanh pho sa dec", "Ủy ban nhân dân thành phố Sa Đéc")) {
            List<Search.Hit> hits = new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                    .search("cải cách hành chính", ReportFilter.of(unit, null, null, null), null, 50);
            assertFalse(hits.isEmpty(), unit);
            assertEquals(expected, hits.stream().map(Search.Hit::issuer).collect(Collectors.toSet()), unit);
        }
        Set<String> q3 = archive.reports(ReportFilter.of(null, null, null, "quý III/2023")).stream()
                .map(ArchiveEndToEndTest::stem)
                .collect(Collectors.toSet());
        assertEquals(Set.of("003_bf6a6dcb66bb9229", "004_4b8c83fab6bed537"), q3);
        assertEquals(
                q3,
                archive.reports(ReportFilter.of(null, null, null, "Q3/2023")).stream()
                        .map(ArchiveEndToEndTest::stem)
                        .collect(Collectors.toSet()));
        assertTrue(archive.reports(ReportFilter.of(null, "xa", null, null)).stream()
                .allMatch(r -> r.issuerLevel().equals("xã")));
        assertFalse(archive.reports(ReportFilter.of(null, "xã", 2023, null)).isEmpty());
        List<Search.Hit> inSection = new Search(archive, new DocumentSymbols(RuleSet.defaults()))
                .search("tuyên truyền", ReportFilter.ALL, "phương hướng", 50);
        assertFalse(inSection.isEmpty());
        assertTrue(
                inSection.stream()
                        .allMatch(x -> VietnameseText.fold(x.sectionTitle()).contains("phuong huong")
                                || x.sectionPath().contains(".")),
                inSection.toString());
    }

    @Test
    void refsListsEveryCitingReportEarliestFirst() throws Exception {
        List<Citations.Citation> cites =
                new Citations(archive, new DocumentSymbols(RuleSet.defaults())).of("75/KH-UBND");
        Set<Long> ids = cites.stream().map(Citations.Citation::reportId).collect(Collectors.toSet());
        assertTrue(ids.containsAll(idsOf("000_442b549b8d9bf7bd", Set.of("txt", "docx", "pdf", "doc"))), ids.toString());
        assertTrue(cites.stream().allMatch(c -> c.text().contains("75/KH-UBND")), cites.toString());
        assertEquals(
                ids,
                new TreeSet<>(new Citations(archive, new DocumentSymbols(RuleSet.defaults()))
                        .of("ke hoach so 75").stream()
                                .map(Citations.Citation::reportId)
                                .toList()));
        // 04/KH-UBND is cited by Tiên Động (Q3/2023, written "04/ KH-UBND") and Cù Lao Dung (Q1/2024): earliest first
        List<Citations.Citation> plan04 =
                new Citations(archive, new DocumentSymbols(RuleSet.defaults())).of("04/KH-UBND");
        assertTrue(plan04.stream().anyMatch(c -> c.reportIssuer().contains("Tiên Động")));
        assertTrue(plan04.stream().anyMatch(c -> c.reportIssuer().contains("Cù Lao Dung")));
        // with the cited plan's date and subject as the citing text states them
        assertTrue(
                plan04.stream()
                        .anyMatch(c -> c.reportIssuer().contains("Cù Lao Dung")
                                && "2024-01-12".equals(c.date())
                                && c.subject() != null
                                && c.subject().contains("cải cách hành chính năm 2024")),
                plan04.toString());
        assertTrue(
                plan04.stream()
                        .anyMatch(c -> c.reportIssuer().contains("Tiên Động")
                                && "2023-02-16".equals(c.date())
                                && c.subject() != null
                                && c.subject().startsWith("tăng cường kỷ cương")),
                plan04.toString());
        Integer previous = null;
        for (Citations.Citation c : plan04) {
            Integer key = archive.report(c.reportId()).orElseThrow().periodKey();
            assertTrue(previous == null || key == null || previous <= key, "earliest first");
            previous = key == null ? previous : key;
        }
    }

    @Test
    void commitmentsAreTheItemsUnderTheDirectionsSection() throws Exception {
        List<CommitmentTracker.FollowUp> items = new CommitmentTracker(
                        archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                .commitments(ReportFilter.of("cu lao dung", null, null, "Q1/2024"));
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(c -> c.section().startsWith("III")), "all under III. PHƯƠNG HƯỚNG …");
        assertTrue(items.stream()
                .anyMatch(c ->
                        c.text().equals("Chỉ đạo rà soát đề nghị đơn giản hoá TTHC hoặc giảm thời gian giải quyết.")));
        // the Sa Đéc pledge "cam kết với Chủ tịch UBND tỉnh" is found outside the directions section
        assertTrue(new CommitmentTracker(
                        archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                .commitments(ReportFilter.of("sa dec", null, null, null)).stream()
                        .anyMatch(c -> c.kind().equals("pledge")
                                && c.text().contains("cam kết với Chủ tịch UBND tỉnh Đồng Tháp")));
    }

    @Test
    void figuresFormASeriesAcrossPeriodsAndUnits() throws Exception {
        List<FigureSeries.Point> all = new FigureSeries(archive).series("ho so", ReportFilter.ALL);
        assertTrue(all.stream().map(FigureSeries.Point::issuer).distinct().count() >= 2, "several units");
        assertTrue(all.stream()
                .allMatch(p -> VietnameseText.fold(p.subject()).contains("ho so") || "ho so".equals(p.indicator())));
        for (int i = 1; i < all.size(); i++) {
            Integer a = all.get(i - 1).periodKey(), b = all.get(i).periodKey();
            assertTrue(a == null || b == null || a <= b, "ordered by period");
        }
        List<FigureSeries.Point> sadec =
                new FigureSeries(archive).series("hồ sơ", ReportFilter.of("Sa Đéc", null, null, null));
        assertFalse(sadec.isEmpty());
        assertTrue(sadec.stream().allMatch(p -> p.issuer().equals("UBND thành phố Sa Đéc")));
        assertTrue(all.containsAll(sadec));
        // an indicator code of the appendix statistics tables
        List<FigureSeries.Point> indicator = new FigureSeries(archive).series("3.3.1", ReportFilter.ALL);
        assertFalse(indicator.isEmpty());
        assertTrue(indicator.stream().allMatch(p -> p.indicator().equals("3.3.1")));
        StringWriter csv = new StringWriter();
        assertEquals(
                0,
                Main.run(
                        new String[] {
                            "figures",
                            "--subject",
                            "hồ sơ",
                            "--unit",
                            "sa dec",
                            "--csv",
                            "--data",
                            data.root().toString()
                        },
                        new PrintWriter(csv, true),
                        new PrintWriter(new StringWriter(), true)));
        List<String> rows = csv.toString().lines().toList();
        assertTrue(rows.get(0).startsWith("report_id,unit,period"));
        // the CLI prints one measure (the one found in most reports): a series never mixes counts and percentages
        List<FigureSeries.Point> first =
                FigureSeries.of(sadec, FigureSeries.measures(sadec).getFirst());
        assertEquals(first.size() + 1, rows.size());
    }

    @Test
    void aSecondImportOfTheSameFolderAddsNothing() throws Exception {
        Importer.Summary again = new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                .importPaths(corpusRoots());
        assertEquals(0, again.imported());
        assertEquals(corpusFiles.size(), again.unchanged());
        try (var s = data.openStore()) {
            assertEquals(corpusFiles.size(), s.count("reports"));
            assertEquals(corpusFiles.size(), s.count("files"));
        }
    }

    static JsonNode json(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--json", "--data", data.root().toString()));
        assertEquals(
                0,
                Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true)),
                err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    static void assertFields(JsonNode list, String... fields) {
        assertTrue(list.isArray() && !list.isEmpty(), list.toString());
        Set<String> names = new TreeSet<>();
        list.get(0).fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of(fields)), names);
    }

    @Test
    void everyQueryCommandPrintsItsDocumentedJsonShape() throws Exception {
        assertFields(
                json("search", "hoa thuan"),
                "report_id",
                "unit",
                "period",
                "date",
                "section_path",
                "section_title",
                "snippet",
                "score",
                "source");
        assertFields(
                json("refs", "75/KH-UBND"),
                "report_id",
                "unit",
                "period",
                "report_date",
                "section",
                "section_title",
                "symbol",
                "date",
                "issuer",
                "subject",
                "text",
                "source");
        assertFields(
                json("commitments", "--unit", "sa dec"),
                "report_id",
                "unit",
                "period",
                "section",
                "kind",
                "text",
                "next_report_id",
                "next_period",
                "next_section",
                "next_section_title",
                "next_snippet",
                "score",
                "id",
                "ordinal",
                "status",
                "carried_section",
                "evidence",
                "review");
        assertFields(
                json("figures", "--subject", "hồ sơ"),
                "report_id",
                "unit",
                "period",
                "period_key",
                "section",
                "subject",
                "kind",
                "value",
                "total",
                "measure",
                "indicator",
                "text");
        JsonNode refs = json("refs", "ke hoach so 75");
        assertTrue(refs.get(0).get("text").asText().contains("75/KH-UBND"));
    }

    @Test
    void cliPrintsReportsAsAJsonListAndShowsOne() throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.run(
                new String[] {"reports", "--json", "--data", data.root().toString()},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertTrue(list.isArray());
        assertEquals(
                corpusFiles.stream()
                        .map(f -> f.getFileName().toString().replaceAll("\\..*$", ""))
                        .distinct()
                        .count(),
                list.size(),
                "one entry per report, its other renditions as versions");
        int versions = 0;
        for (JsonNode r : list) {
            versions += 1 + r.path("other_versions").size();
        }
        assertEquals(corpusFiles.size(), versions);
        JsonNode one = list.get(0);
        for (String field : List.of("id", "unit", "period", "date", "title", "source", "source_copy")) {
            assertTrue(one.has(field), field);
        }
        StringWriter shown = new StringWriter();
        assertEquals(
                0,
                Main.run(
                        new String[] {
                            "show",
                            one.get("id").asText(),
                            "--data",
                            data.root().toString()
                        },
                        new PrintWriter(shown, true),
                        new PrintWriter(new StringWriter(), true)));
        assertTrue(shown.toString().contains("Cây mục:"), shown.toString());
        StringWriter err = new StringWriter();
        assertEquals(
                1,
                Main.run(
                        new String[] {"show", "999999", "--data", data.root().toString()},
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true)));
        assertTrue(err.toString().contains("Không có báo cáo mã 999999"), err.toString());
    }
}
