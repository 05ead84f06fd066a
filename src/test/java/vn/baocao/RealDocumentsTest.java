package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.cli.ExtractionJson;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * Scores extraction of the real reports kept beside the project ({@code ../shared/real/}, never copied into
 * it) against their hand-checked gold ({@code ../shared/gold/real/}): every issuer's report as it was really
 * issued — a UBND tỉnh's DOCX and its signed PDF, a Ban Chỉ đạo's monthly reports, a Sở's signed PDF, a
 * Trung tâm's công văn.
 */
class RealDocumentsTest {

    static Path shared;
    static ReportExtractor extractor;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void setUp() {
        shared = ProjectFiles.root().getParent().resolve("shared"); // shared/ stands beside the project
        extractor = new ReportExtractor(RuleSet.defaults());
    }

    static Path original(String name) throws Exception {
        Path dir = shared.resolve("real");
        assumeTrue(Files.isDirectory(dir), "no ../shared/real beside the project");
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "."))
                    .findFirst()
                    .orElseThrow();
        }
    }

    static JsonNode extract(String name) throws Exception {
        return ExtractionJson.toJson(extractor.extract(original(name)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "01_lamdong-ubnd_bc-cchc-nam2025",
                "02_lamdong-ubnd_bc-cchc-nam2025_so329",
                "04_lamdong-bcd-de-an-06_thang08-2025",
                "05_lamdong-bcd-de-an-06_thang09-2025",
                "09_lamdong-sonoivu_bc184-chi-so_2025-11-06",
                "13_lamdong-ttxt_cv644-pci-ddci_2025-11-06"
            })
    void sectionsReferencesAndMetadataMatchGold(String name) throws Exception {
        JsonNode pred = extract(name);
        JsonNode gold =
                MAPPER.readTree(shared.resolve("gold/real/" + name + ".json").toFile());
        GoldScore s = new GoldScore();
        s.add(name, gold, pred);
        String why = "\n" + s.details();
        assertTrue(s.f1("sections") >= 0.97, "sections F1 " + s.f1("sections") + why);
        assertTrue(s.f1("references") >= 0.97, "references F1 " + s.f1("references") + why);
        assertTrue(s.metadataAccuracy() >= 0.95, "metadata accuracy " + s.metadataAccuracy() + why);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "01_lamdong-ubnd_bc-cchc-nam2025",
                "02_lamdong-ubnd_bc-cchc-nam2025_so329",
                "04_lamdong-bcd-de-an-06_thang08-2025",
                "05_lamdong-bcd-de-an-06_thang09-2025",
                "09_lamdong-sonoivu_bc184-chi-so_2025-11-06",
                "13_lamdong-ttxt_cv644-pci-ddci_2025-11-06"
            })
    void figuresMatchGold(String name) throws Exception {
        // the table-heavy signed PDFs (tables of entities × measures) included
        GoldScore s = new GoldScore();
        s.add(
                name,
                MAPPER.readTree(shared.resolve("gold/real/" + name + ".json").toFile()),
                extract(name));
        assertTrue(s.f1("figures") >= 0.93, "figures F1 " + s.f1("figures") + "\n" + s.details());
    }

    @Test
    void theDocxAndTheSignedPdfOfOneReportGiveTheSameSectionsAndReferences() throws Exception {
        JsonNode docx = extract("01_lamdong-ubnd_bc-cchc-nam2025");
        JsonNode pdf = extract("02_lamdong-ubnd_bc-cchc-nam2025_so329");
        List<String> a = sections(docx);
        List<String> b = sections(pdf);
        List<String> onlyDocx = new ArrayList<>(a);
        onlyDocx.removeAll(b);
        List<String> onlyPdf = new ArrayList<>(b);
        onlyPdf.removeAll(a);
        assertEquals(a, b, "only in the DOCX: " + onlyDocx + "; only in the PDF: " + onlyPdf);
        GoldScore s = new GoldScore();
        s.add("02 against 01", docx, pdf);
        assertTrue(
                s.f1("references") >= 0.97,
                "references of the PDF against the DOCX: " + s.f1("references") + "\n" + s.details());
    }

    @Test
    void issuersOfEveryKindAreNamedByTheirKindAndLocality() throws Exception {
        assertEquals(
                "Sở Nội vụ tỉnh Lâm Đồng",
                extract("09_lamdong-sonoivu_bc184-chi-so_2025-11-06")
                        .at("/metadata/issuer")
                        .asText());
        JsonNode bcd = extract("04_lamdong-bcd-de-an-06_thang08-2025").path("metadata");
        assertTrue(bcd.path("issuer").asText().toLowerCase().startsWith("ban chỉ đạo"), bcd.toString());
        assertTrue(bcd.path("issuer").asText().endsWith("tỉnh Lâm Đồng"), bcd.toString());
        assertEquals("UBND tỉnh Lâm Đồng", bcd.path("issuer_parent").asText());
        assertEquals("/BC-BCĐ", bcd.path("symbol").asText());
        assertEquals("month", bcd.at("/period/kind").asText());
        JsonNode cv = extract("13_lamdong-ttxt_cv644-pci-ddci_2025-11-06").path("metadata");
        assertEquals("CV", cv.path("doc_type").asText());
        assertTrue(cv.path("issuer").asText().startsWith("Trung tâm"), cv.toString());
    }

    @Test
    void noRawFootnoteMarkersAndEveryFootnoteBelongsToTheSectionOfItsMarker() throws Exception {
        for (String name : List.of("01_lamdong-ubnd_bc-cchc-nam2025", "04_lamdong-bcd-de-an-06_thang08-2025")) {
            var x = extractor.extract(original(name));
            for (var p : x.document().paragraphs()) {
                assertTrue(!p.text().contains("footnoteRef") && !p.text().contains("[footnote"), p.text());
            }
            assertTrue(!x.document().footnotes().isEmpty(), name);
            for (var f : x.document().footnotes()) {
                assertTrue(
                        !ReportExtractor.sectionOfMarker(x.tree(), f.marker()).isEmpty(),
                        name + ": footnote " + f.marker() + " has no section: " + f.text());
            }
        }
    }

    private static List<String> sections(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.path("sections")
                .forEach(s -> out.add(s.path("path").asText() + " "
                        + GoldScore.norm(s.path("title").asText())));
        return out;
    }

    @Test
    void theDraftDocxAndTheSignedPdfAreTwoVersionsOfOneReport(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Path docx = original("01_lamdong-ubnd_bc-cchc-nam2025");
        Path pdf = original("02_lamdong-ubnd_bc-cchc-nam2025_so329");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(docx, in.resolve(docx.getFileName()));
        Files.copy(pdf, in.resolve(pdf.getFileName()));
        vn.baocao.cli.CliRun imp = vn.baocao.cli.CliRun.of("import", in.toString(), "--data", data.toString());
        assertEquals(0, imp.code(), imp.err());
        vn.baocao.cli.CliRun list = vn.baocao.cli.CliRun.of("reports", "--json", "--data", data.toString());
        assertEquals(0, list.code(), list.err());
        JsonNode rows = MAPPER.readTree(list.out());
        assertEquals(1, rows.size(), list.out());
        assertEquals("329/BC-UBND", rows.get(0).path("symbol").asText(), "the issued version is the current one");
        assertEquals(1, rows.get(0).path("other_versions").size(), list.out());
        assertEquals("/BC-UBND", rows.get(0).at("/other_versions/0/symbol").asText());
        vn.baocao.cli.CliRun text = vn.baocao.cli.CliRun.of("reports", "--data", data.toString());
        assertTrue(text.out().contains("phiên bản khác"), text.out());
    }

    @Test
    void unitsOfEveryKindAndMonthlyPeriodsSelectReportsThroughTheCli(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of(
                "04_lamdong-bcd-de-an-06_thang08-2025",
                "05_lamdong-bcd-de-an-06_thang09-2025",
                "09_lamdong-sonoivu_bc184-chi-so_2025-11-06",
                "13_lamdong-ttxt_cv644-pci-ddci_2025-11-06")) {
            Path f = original(name);
            Files.copy(f, in.resolve(f.getFileName()));
        }
        vn.baocao.cli.CliRun imp = vn.baocao.cli.CliRun.of("import", in.toString(), "--data", data.toString());
        assertEquals(0, imp.code(), imp.err());
        String[][] cases = {
            {"Sở Nội vụ", "184/BC-SNV"},
            {"so noi vu", "184/BC-SNV"},
            {"SNV", "184/BC-SNV"},
            {"Trung tâm Xúc tiến", "644/TTXT-ĐTDN"},
            {"trung tam xuc tien dau tu", "644/TTXT-ĐTDN"},
        };
        for (String[] c : cases) {
            JsonNode rows = MAPPER.readTree(
                    vn.baocao.cli.CliRun.of("reports", "--unit", c[0], "--json", "--data", data.toString())
                            .out());
            assertEquals(1, rows.size(), c[0] + ": " + rows);
            assertEquals(c[1], rows.get(0).path("symbol").asText(), c[0]);
        }
        for (String u : List.of("Ban Chỉ đạo", "ban chi dao", "BCĐ tỉnh")) {
            JsonNode rows =
                    MAPPER.readTree(vn.baocao.cli.CliRun.of("reports", "--unit", u, "--json", "--data", data.toString())
                            .out());
            assertEquals(2, rows.size(), u + ": " + rows);
        }
        JsonNode sept = MAPPER.readTree(vn.baocao.cli.CliRun.of(
                        "reports",
                        "--unit",
                        "ban chi dao",
                        "--period",
                        "tháng 9/2025",
                        "--json",
                        "--data",
                        data.toString())
                .out());
        assertEquals(1, sept.size(), sept.toString());
        assertTrue(sept.get(0).path("title").asText().endsWith("tháng 9/2025"), sept.toString());
        assertEquals(
                1,
                MAPPER.readTree(vn.baocao.cli.CliRun.of(
                                        "reports", "--period", "T8/2025", "--json", "--data", data.toString())
                                .out())
                        .size());
    }

    @Test
    void aMonthlySeriesHasOneValuePerPeriodForOneMeasure(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("04_lamdong-bcd-de-an-06_thang08-2025", "05_lamdong-bcd-de-an-06_thang09-2025")) {
            Path f = original(name);
            Files.copy(f, in.resolve(f.getFileName()));
        }
        assertEquals(
                0,
                vn.baocao.cli.CliRun.of("import", in.toString(), "--data", data.toString())
                        .code());
        vn.baocao.cli.CliRun text =
                vn.baocao.cli.CliRun.of("figures", "--subject", "dich vu cong truc tuyen", "--data", data.toString());
        assertTrue(text.out().contains("loại số liệu"), "the measures matched are listed: " + text.out());
        for (String measure : List.of("1", "2")) {
            JsonNode points = MAPPER.readTree(vn.baocao.cli.CliRun.of(
                            "figures",
                            "--subject",
                            "dich vu cong truc tuyen",
                            "--measure",
                            measure,
                            "--json",
                            "--data",
                            data.toString())
                    .out());
            java.util.Set<String> periods = new java.util.HashSet<>();
            java.util.Set<String> kinds = new java.util.HashSet<>();
            for (JsonNode p : points) {
                assertTrue(periods.add(p.path("period").asText()), "one value per period: " + points);
                kinds.add(p.path("kind").asText() + "/" + p.path("measure").asText());
            }
            assertEquals(2, periods.size(), points.toString());
            assertEquals(1, kinds.size(), "one measure: " + points);
        }
    }

    @Test
    void aMonthlyDraftKeepsTheIssuersOwnHeader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path md = dir.resolve("thang9.md");
        vn.baocao.cli.CliRun run = vn.baocao.cli.CliRun.of(
                "draft",
                "--base-file",
                original("04_lamdong-bcd-de-an-06_thang08-2025").toString(),
                "--period",
                "tháng 9/2025",
                "-o",
                md.toString(),
                "--data",
                dir.resolve("data").toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(md);
        assertEquals("UBND TỈNH LÂM ĐỒNG", lines.get(0).strip(), "the parent body's line");
        assertTrue(lines.get(1).startsWith("**BAN CHỈ ĐẠO"), lines.get(1));
        assertTrue(
                !lines.get(1).contains("TỈNH LÂM ĐỒNG"), "the locality stands on the parent's line: " + lines.get(1));
        assertTrue(lines.get(2).contains("/BC-BCĐ"), lines.get(2));
        String text = String.join("\n", lines);
        assertTrue(text.contains("tháng 9/2025"), "the title is rolled to the next month");
    }

    /** Imports real reports into a fresh data folder (read from ../shared/real, never copied into the project). */
    static Path imported(Path dir, String... names) throws Exception {
        Path data = dir.resolve("data");
        List<String> args = new ArrayList<>(List.of("import", "--data", data.toString()));
        for (String n : names) {
            args.add(original(n).toString());
        }
        vn.baocao.cli.CliRun run = vn.baocao.cli.CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return data;
    }

    static org.apache.poi.xwpf.usermodel.XWPFDocument docx(Path f) throws Exception {
        try (var in = Files.newInputStream(f)) {
            return new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        }
    }

    /** Words of a title, lower case, for comparing section titles. */
    static java.util.Set<String> words(String title) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : vn.baocao.normalize.VietnameseText.matchKey(title).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * How much of the real next report's outline the draft predicts: the longest common subsequence of section titles
     * (two titles match when they share at least 60 % of their words), over the real report's section count.
     */
    static double predicted(List<String> draft, List<String> real) {
        int[][] l = new int[draft.size() + 1][real.size() + 1];
        for (int i = 0; i < draft.size(); i++) {
            for (int j = 0; j < real.size(); j++) {
                java.util.Set<String> a = words(draft.get(i));
                java.util.Set<String> b = words(real.get(j));
                java.util.Set<String> both = new java.util.HashSet<>(a);
                both.retainAll(b);
                java.util.Set<String> any = new java.util.HashSet<>(a);
                any.addAll(b);
                boolean same = !any.isEmpty() && both.size() >= 0.6 * any.size();
                l[i + 1][j + 1] = Math.max(Math.max(l[i][j + 1], l[i + 1][j]), l[i][j] + (same ? 1 : 0));
            }
        }
        return real.isEmpty() ? 1 : l[draft.size()][real.size()] / (double) real.size();
    }

    @Test
    void theAugustReportDraftsSeptemberAsTheBanChiDaoWritesIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path data = imported(dir, "04_lamdong-bcd-de-an-06_thang08-2025");
        Path out = dir.resolve("thang9.docx");
        vn.baocao.cli.CliRun run = vn.baocao.cli.CliRun.of(
                "draft", "--data", data.toString(), "--from", "1", "--period", "T9/2025", "-o", out.toString());
        assertEquals(0, run.code(), run.err());

        vn.baocao.extract.Extraction base = extractor.extract(original("04_lamdong-bcd-de-an-06_thang08-2025"));
        vn.baocao.extract.Extraction real = extractor.extract(original("05_lamdong-bcd-de-an-06_thang09-2025"));
        vn.baocao.extract.Period september = new vn.baocao.extract.Period(vn.baocao.extract.Period.Kind.MONTH, 9, 2025);
        vn.baocao.draft.ReportDraft d =
                new vn.baocao.draft.DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(base, null, september);
        List<String> drafted = d.sections().stream()
                .map(s -> s.heading().replaceFirst("^\\S+[.)]\\s*", ""))
                .toList();
        List<String> next = real.tree().sections().stream()
                .map(vn.baocao.structure.Section::title)
                .toList();
        double p = predicted(drafted, next);
        assertTrue(p >= 0.95, "the draft's section titles predict " + p + " of the real September report's");

        try (var doc = docx(out)) {
            String header = doc.getTables().get(0).getText();
            assertTrue(
                    header.contains("UBND TỈNH LÂM ĐỒNG")
                            && header.contains("BAN CHỈ ĐẠO")
                            && header.contains("/BC-BCĐ"),
                    "the Ban Chỉ đạo's own header: " + header);
            assertTrue(!header.contains("/BC-UBND"), header);
            String rolled = vn.baocao.draft.DraftDocs.rolledText(doc).replace("Kỳ trước (tháng 8 năm 2025)", "");
            vn.baocao.draft.PeriodRollForward roll = new vn.baocao.draft.PeriodRollForward(
                    base.metadata().period(),
                    september,
                    vn.baocao.rules.RuleSet.defaults().layoutCues());
            assertEquals(
                    List.of(),
                    roll.baseMentions(rolled),
                    "every own-period expression rolled (title, opening, headings, closing)");
            assertTrue(rolled.contains("tháng 9/2025"), "the title names September");
            String signature = doc.getTables().get(doc.getTables().size() - 1).getText();
            assertTrue(
                    base.metadata().signerTitle() == null
                            || signature.contains(base.metadata().signerTitle()),
                    "the base's signature block: " + signature);
        }
    }

    @Test
    void theAnnualReportDraftsTheFirstQuarterReadyToRewrite(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path data = imported(dir, "01_lamdong-ubnd_bc-cchc-nam2025");
        Path out = dir.resolve("quy1.docx");
        vn.baocao.cli.CliRun run = vn.baocao.cli.CliRun.of(
                "draft",
                "--data",
                data.toString(),
                "--unit",
                "tỉnh Lâm Đồng",
                "--period",
                "quý I/2026",
                "-o",
                out.toString());
        assertEquals(0, run.code(), run.err());
        vn.baocao.extract.Extraction base = extractor.extract(original("01_lamdong-ubnd_bc-cchc-nam2025"));
        try (var doc = docx(out)) {
            List<String> ps = doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            int title = ps.indexOf("BÁO CÁO");
            String subject = ps.get(title + 1);
            assertTrue(
                    subject.contains("quý I năm 2026 và\n")
                            && subject.contains("phương hướng, nhiệm vụ quý II năm 2026"),
                    "both title lines rolled, kept as the title: " + subject);
            assertTrue(
                    ps.stream().noneMatch(t -> t.startsWith("phương hướng, nhiệm vụ")),
                    "no title line as a body paragraph");
            assertTrue(
                    ps.stream().anyMatch(t -> t.startsWith("Trên đây") && t.contains("quý I năm 2026")),
                    "the closing rolled");

            long marked =
                    ps.stream().filter(vn.baocao.draft.DraftDocs::isCarried).count();
            assertTrue(marked > 100, "carried paragraphs marked: " + marked);
            assertTrue(
                    ps.stream()
                            .filter(t -> t.startsWith(vn.baocao.draft.ReportDraft.Carry.PREVIOUS.label()))
                            .anyMatch(t -> t.contains("năm 2025")),
                    "last year's narrative keeps its period words");
            String rolled = vn.baocao.draft.DraftDocs.rolledText(doc).replace("Kỳ trước (năm 2025)", "");
            rolled = rolled.substring(
                    0, rolled.indexOf("GHI CHÚ SOẠN THẢO")); // the notes list last year's plans, flagged
            vn.baocao.draft.PeriodRollForward roll = new vn.baocao.draft.PeriodRollForward(
                    base.metadata().period(),
                    vn.baocao.extract.Period.quarter(1, 2026),
                    vn.baocao.rules.RuleSet.defaults().layoutCues());
            assertEquals(List.of(), roll.baseMentions(rolled), "no unmarked text states last year as this quarter");

            assertEquals(
                    base.document().footnotes().size(),
                    doc.getFootnotes().stream()
                            .filter(f -> !f.getCTFtnEdn().isSetType())
                            .count(),
                    "every footnote a Word footnote");
            String body = String.join("\n", ps);
            assertTrue(!body.matches("(?s).*[⁰¹²³⁴⁵⁶⁷⁸⁹].*"), "no raw superscript markers in the body");
        }
        // no path of this machine anywhere in the DOCX: every XML part of the package
        try (var zip = new java.util.zip.ZipFile(out.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                String xml = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String path : List.of(shared.toString(), dir.toString(), "01_lamdong", ".docx", "footnoteRef:")) {
                    assertTrue(!xml.contains(path), e.getName() + " holds «" + path + "»");
                }
            }
        }
        String side = Files.readString(vn.baocao.draft.ProvenanceSidecar.pathFor(out));
        assertTrue(!side.contains(shared.toString()) && !side.contains("01_lamdong"), "no path in the sidecar");
        assertTrue(side.contains("UBND tỉnh Lâm Đồng, năm 2025"), "the sidecar names the report");
    }
}
