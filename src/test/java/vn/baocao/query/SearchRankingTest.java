package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/**
 * Search ranked the way a reader means it, on the five seed reports (DOCX) and three reports written for this
 * test: one about a decision (its title and opening name it, its sections cite it again and again), one about a
 * project ("Đề án 06"), and one that cites both once, beside dates such as 09/6/2025 and list items "(6)".
 */
class SearchRankingTest {

    @TempDir
    static Path dir;

    static Archive archive;
    static Search search;

    static final String ABOUT_DECISION = """
            UBND XÃ AN BÌNH

            Số: 12/BC-UBND

            An Bình, ngày 10 tháng 10 năm 2025

            BÁO CÁO
            Kết quả thực hiện Quyết định số 787/QĐ-UBND về thí điểm mô hình một cửa thông minh

            Thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của UBND tỉnh về thí điểm mô hình một cửa thông minh, UBND xã An Bình báo cáo như sau:

            I. KẾT QUẢ THỰC HIỆN

            1. Công tác triển khai

            UBND xã ban hành kế hoạch triển khai Quyết định số 787/QĐ-UBND; phân công công chức phụ trách từng nhiệm vụ của Quyết định 787.

            2. Kết quả đạt được

            Bộ phận một cửa đã vận hành ki-ốt tra cứu theo Quyết định số 787/QĐ-UBND; chỉ số hài lòng của người dân đạt 95%.

            II. PHƯƠNG HƯỚNG

            Tiếp tục thực hiện Quyết định số 787/QĐ-UBND trong quý IV năm 2025.

            """ + signature("UBND huyện", "Trần Văn Bình");

    static final String ABOUT_PROJECT = """
            UBND XÃ AN PHÚ

            Số: 30/BC-UBND

            An Phú, ngày 05 tháng 10 năm 2025

            BÁO CÁO
            Kết quả triển khai Đề án 06 trên địa bàn xã An Phú tháng 9/2025

            Thực hiện chỉ đạo của UBND huyện về triển khai Đề án 06, UBND xã An Phú báo cáo như sau:

            I. KẾT QUẢ TRIỂN KHAI ĐỀ ÁN 06

            1. Công tác chỉ đạo

            UBND xã quán triệt các nhiệm vụ của Đề án 06 đến cán bộ, công chức; thành lập Tổ công tác Đề án 06 của xã.

            2. Làm sạch dữ liệu dân cư

            Hoàn thành làm sạch dữ liệu dân cư theo Đề án 06; cấp 1.200 tài khoản định danh điện tử.

            """ + signature("Công an huyện", "Lê Thị Phú");

    static final String CITES_BOTH = """
            UBND XÃ AN LỢI

            Số: 44/BC-UBND

            An Lợi, ngày 12 tháng 10 năm 2025

            BÁO CÁO
            Công tác cải cách hành chính quý III năm 2025

            Thực hiện Kế hoạch số 20/KH-UBND ngày 09/6/2025 của UBND huyện, UBND xã An Lợi báo cáo như sau:

            I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

            1. Ban hành văn bản

            Ngày 09/6/2025 UBND xã ban hành 6 văn bản: (1) kế hoạch tuyên truyền; (6) kế hoạch kiểm tra; trong đó có văn bản triển khai Quyết định số 787/QĐ-UBND của UBND tỉnh và Đề án 06.

            2. Sở Nội vụ kiểm tra

            Sở Nội vụ kiểm tra công tác văn thư; số văn bản đến là 787 văn bản, Sở Tư pháp kiểm tra chỉ tiêu pháp chế. Sở Y tế và Sở Tài chính phối hợp; so sánh với cùng kỳ năm trước tăng 6 văn bản.

            3. Chỉ số cải cách hành chính

            Chỉ số cải cách hành chính của xã năm 2024 đạt 85 điểm; chỉ số hài lòng đạt 90%.

            """ + signature("UBND huyện", "Phạm Văn Lợi");

    /** The closing of a report: Nơi nhận and the signature block. */
    static String signature(String recipient, String signer) {
        return "Nơi nhận:\n- " + recipient + ";\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n" + signer + "\n";
    }

    @BeforeAll
    static void importArchive() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(ProjectFiles.path("corpus/docx"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Files.writeString(in.resolve("about-decision.txt"), ABOUT_DECISION);
        Files.writeString(in.resolve("about-project.txt"), ABOUT_PROJECT);
        Files.writeString(in.resolve("cites-both.txt"), CITES_BOTH);
        DataFolder data = new DataFolder(dir.resolve("data"));
        assertEquals(
                8,
                new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                        .importPaths(List.of(in))
                        .imported());
        archive = Archive.open(data);
        search = new Search(archive, new DocumentSymbols(RuleSet.defaults()));
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
    }

    static List<Search.Hit> hits(String q) throws Exception {
        return search.search(q, ReportFilter.ALL, null, 50);
    }

    static String source(Search.Hit h) {
        return Path.of(h.source()).getFileName().toString();
    }

    @Test
    void aQueryNamingADocumentRanksTheReportAboutItFirst() throws Exception {
        for (String q : List.of("QĐ 787", "Quyết định 787", "quyet dinh so 787", "787/QĐ-UBND")) {
            List<Search.Hit> hits = hits(q);
            assertFalse(hits.isEmpty(), q);
            assertEquals("about-decision.txt", source(hits.get(0)), q + ": " + hits);
            // every hit of the report about it before the report that cites it once
            int lastAbout = -1, firstOther = Integer.MAX_VALUE;
            for (int i = 0; i < hits.size(); i++) {
                if (source(hits.get(i)).equals("about-decision.txt")) {
                    lastAbout = i;
                } else {
                    firstOther = Math.min(firstOther, i);
                }
            }
            assertTrue(lastAbout < firstOther, q + ": " + hits);
            assertTrue(
                    hits.stream().anyMatch(h -> source(h).equals("cites-both.txt")),
                    q + " finds the citing report too");
            for (Search.Hit h : hits) {
                assertTrue(h.snippet().contains("«787»"), q + " highlights the symbol: " + h.snippet());
                // "số văn bản đến là 787 văn bản" is a count, not the decision
                assertFalse(h.snippet().contains("là «787»"), q + ": " + h.snippet());
            }
        }
        List<Search.Hit> plan = hits("Kế hoạch 20");
        assertEquals("cites-both.txt", source(plan.get(0)), plan.toString());
        assertTrue(plan.get(0).snippet().contains("«20»/«KH»"), plan.get(0).snippet());
    }

    @Test
    void aDocumentNamedWithLeadingZeroIsNotTheBareNumber() throws Exception {
        List<Search.Hit> hits = hits("Đề án 06");
        assertFalse(hits.isEmpty());
        assertEquals("about-project.txt", source(hits.get(0)), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> source(h).equals("cites-both.txt")), hits.toString());
        for (Search.Hit h : hits) {
            assertTrue(h.snippet().contains("«Đề» «án» «06»") || h.snippet().contains("«ĐỀ» «ÁN» «06»"), h.snippet());
            assertOnlyTheDocumentMarked(h.snippet());
        }
    }

    /** Every marked 6 or 06 of a snippet is the one of "Đề án 06" or of a symbol 06/…, not a date or a list item. */
    static void assertOnlyTheDocumentMarked(String snippet) {
        Matcher m = Pattern.compile("«0?6»").matcher(snippet);
        while (m.find()) {
            String before = snippet.substring(Math.max(0, m.start() - 8), m.start());
            String after = snippet.substring(m.end(), Math.min(snippet.length(), m.end() + 2));
            assertTrue(
                    VietnameseText.fold(before)
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith("«an» ")
                            || after.startsWith("/")
                            || after.startsWith("-"),
                    "only Đề án 06 or a symbol 06/…: " + snippet);
        }
    }

    @Test
    void quotedPhrasesMatchExactly() throws Exception {
        List<Search.Hit> hits = hits("\"chỉ số hài lòng\"");
        assertFalse(hits.isEmpty());
        for (Search.Hit h : hits) {
            assertTrue(VietnameseText.matchKey(h.snippet()).contains("«chỉ» «số» «hài» «lòng»"), h.snippet());
        }
        // a quoted phrase with a word the phrase does not hold next to it
        for (Search.Hit h : hits("\"cải cách hành chính\" xã")) {
            assertTrue(VietnameseText.fold(h.snippet()).contains("«cai» «cach» «hanh» «chinh»"), h.snippet());
        }
        assertTrue(hits("\"hài lòng chỉ số\"").isEmpty(), "the words in another order are not the phrase");
    }

    /**
     * Whether a hit's text holds a word with the diacritics as given: its snippet marks the word as typed
     * exactly when the text holds it so (else the words folded alike).
     */
    static boolean hasExact(Search.Hit h, String word) {
        return VietnameseText.matchKey(h.snippet()).contains("«" + VietnameseText.matchKey(word) + "»");
    }

    @Test
    void exactDiacriticsRankFirstForSoAndSo() throws Exception {
        for (String q : List.of("số", "so", "sở")) {
            List<Search.Hit> hits = search.search(q, ReportFilter.ALL, null, 200);
            assertTrue(hits.size() > 10, q);
            List<Boolean> exact = new ArrayList<>();
            for (Search.Hit h : hits) {
                exact.add(hasExact(h, q));
            }
            int firstFolded = exact.indexOf(false);
            assertTrue(firstFolded > 0, q + ": some hits hold the word as typed");
            assertFalse(
                    exact.subList(firstFolded, exact.size()).contains(true),
                    q + ": every hit with the word as typed ranks above those with another word folded alike " + exact);
            assertTrue(hasExact(hits.get(0), q), hits.get(0).snippet());
        }
        // "chỉ số": the phrase ranks first and is what the snippet marks, not "Sở" elsewhere
        List<Search.Hit> index = hits("chỉ số");
        Search.Hit top = index.get(0);
        assertTrue(VietnameseText.matchKey(top.snippet()).contains("«chỉ» «số»"), top.snippet());
        for (Search.Hit h : index.subList(0, Math.min(5, index.size()))) {
            assertFalse(h.snippet().contains("«Sở»"), h.snippet());
        }
        Search.Hit inCites = index.stream()
                .filter(h -> source(h).equals("cites-both.txt"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                inCites.sectionTitle().contains("Chỉ số"),
                "the section about the index before the one about the Sở: " + inCites);
        // a query without diacritics still finds both forms
        List<Search.Hit> folded = hits("chi so");
        assertTrue(
                folded.stream()
                        .anyMatch(h -> VietnameseText.matchKey(h.snippet()).contains("«chỉ» «số»")),
                folded.toString());
    }

    @Test
    void snippetsAreCentredOnTheMatchAndNeverTheSignatureBlock() throws Exception {
        // the README's first search: the plan is cited in a footnote of section I.1 of report 000
        List<Search.Hit> hits = hits("kế hoạch 75");
        assertFalse(hits.isEmpty());
        Search.Hit h = hits.get(0);
        assertEquals("I.1", h.sectionPath(), "the section of the footnote's marker: " + h);
        assertTrue(
                h.snippet().contains("«75»/«KH»") && h.snippet().contains("24/01/2025"),
                "the snippet shows the plan: " + h.snippet());
        for (Search.Hit x : hits) {
            assertFalse(VietnameseText.fold(x.snippet()).contains("noi nhan"), x.snippet());
        }
        // the signature block is not searched: "Lưu: VT" is in every report's Nơi nhận
        assertTrue(hits("\"lưu vt\"").isEmpty(), hits("\"lưu vt\"").toString());
        assertTrue(hits("Trần Văn Bình").isEmpty(), "the signer is metadata");
        // a match deep in a long section: the snippet starts at its sentence, not at the section's opening
        Search.Hit deep = hits("ki-ốt tra cứu").get(0);
        assertTrue(
                deep.snippet().startsWith("…Bộ phận một cửa") || deep.snippet().startsWith("Bộ phận một cửa"),
                deep.snippet());
    }

    // ------------------------------------------------------------------ the real reports

    @Test
    void theBanChiDaoReportsAboutDeAn06RankFirst() throws Exception {
        Path real = ProjectFiles.root().getParent().resolve("shared").resolve("real");
        assumeTrue(Files.isDirectory(real), "no ../shared/real beside the project");
        Path in = Files.createDirectories(dir.resolve("real-in"));
        List<String> names = List.of(
                "01_lamdong-ubnd_bc-cchc-nam2025.docx",
                "04_lamdong-bcd-de-an-06_thang08-2025.docx",
                "05_lamdong-bcd-de-an-06_thang09-2025.docx",
                "09_lamdong-sonoivu_bc184-chi-so_2025-11-06.pdf");
        for (String n : names) {
            assumeTrue(Files.isRegularFile(real.resolve(n)), n);
            Files.copy(real.resolve(n), in.resolve(n));
        }
        DataFolder data = new DataFolder(dir.resolve("real-data"));
        new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                .importPaths(List.of(in));
        try (Archive a = Archive.open(data)) {
            List<Search.Hit> hits = new Search(a, new DocumentSymbols(RuleSet.defaults()))
                    .search("Đề án 06", ReportFilter.ALL, null, 200);
            int lastBcd = -1, firstOther = Integer.MAX_VALUE;
            for (int i = 0; i < hits.size(); i++) {
                if (source(hits.get(i)).contains("bcd-de-an-06")) {
                    lastBcd = i;
                } else {
                    firstOther = Math.min(firstOther, i);
                }
            }
            assertTrue(lastBcd >= 0 && firstOther < Integer.MAX_VALUE, "both kinds found");
            assertTrue(
                    lastBcd < firstOther,
                    "every hit of the reports about Đề án 06 first: last at " + lastBcd + ", first other at "
                            + firstOther);
            hits.forEach(h -> assertOnlyTheDocumentMarked(h.snippet()));
            // exact-first over the real reports too
            List<Search.Hit> so =
                    new Search(a, new DocumentSymbols(RuleSet.defaults())).search("số", ReportFilter.ALL, null, 50);
            assertTrue(
                    so.get(0).snippet().contains("«số»") || so.get(0).snippet().contains("«SỐ»"),
                    so.get(0).snippet());
            assertFalse(so.get(0).snippet().contains("«Sở»"), so.get(0).snippet());
        }
    }
}
