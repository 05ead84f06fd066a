package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.cli.CliRun;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.PeriodGrammar;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** The tasks of a unit's plan due in the new period become a checklist of the draft (issue 16). */
class PlanTasksTest {

    @TempDir
    Path dir;

    /** A plan of phường Hòa Thuận for 2025 as such plans are made: tasks in a table with a time column, and items. */
    static Path plan(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(2, 2);
            cell(header.getRow(0), 0, "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA THUẬN");
            cell(header.getRow(0), 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            cell(header.getRow(1), 0, "Số: 20/KH-UBND");
            cell(header.getRow(1), 1, "Hòa Thuận, ngày 10 tháng 01 năm 2025");
            para(doc, "KẾ HOẠCH");
            para(doc, "Cải cách hành chính năm 2025");
            para(doc, "I. MỤC ĐÍCH, YÊU CẦU");
            para(doc, "Triển khai đồng bộ các nhiệm vụ cải cách hành chính trên địa bàn phường trong năm.");
            para(doc, "II. NHIỆM VỤ CỤ THỂ");
            para(doc, "1. Cải cách thủ tục hành chính");
            XWPFTable t = doc.createTable(6, 3);
            String[][] rows = {
                {"STT", "Nội dung nhiệm vụ", "Thời gian thực hiện"},
                {"1", "Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", "Quý II"},
                {"2", "Đánh giá chất lượng giải quyết thủ tục hành chính 6 tháng", "Trước 30/6"},
                {"3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Tháng 5"},
                {"4", "Tổng kết cải cách thủ tục hành chính năm", "Quý IV"},
                {"5", "Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính", "Thường xuyên"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    cell(t.getRow(r), c, rows[r][c]);
                }
            }
            para(doc, "2. Công tác tuyên truyền cải cách hành chính");
            para(doc, "a) Tổ chức hội nghị tuyên truyền cải cách hành chính cho cán bộ khu phố; thời gian: Quý III.");
            para(
                    doc,
                    "b) Đăng tin bài tuyên truyền cải cách hành chính trên trang thông tin điện tử phường; thời gian: tháng 4.");
            para(doc, "III. TỔ CHỨC THỰC HIỆN");
            para(doc, "Công chức Văn phòng - Thống kê theo dõi, tổng hợp kết quả thực hiện kế hoạch.");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void cell(XWPFTableRow row, int c, String... lines) {
        var cell = row.getCell(c);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.createRun().setText(lines[i]);
        }
    }

    @Test
    void timePhrasesOfPlansAreReadByThePeriodGrammar() {
        assertEquals(Period.quarter(2, 2025), PeriodGrammar.due("Quý II", 2025));
        assertEquals(new Period(Period.Kind.MONTH, 6, 2025), PeriodGrammar.due("Trước 30/6", 2025));
        assertEquals(new Period(Period.Kind.MONTH, 9, 2026), PeriodGrammar.due("trước ngày 15/9/2026", 2025));
        assertEquals(new Period(Period.Kind.MONTH, 5, 2025), PeriodGrammar.due("Tháng 5", 2025));
        assertEquals(Period.quarter(3, 2025), PeriodGrammar.due("Quý III/2025", null));
        assertEquals(null, PeriodGrammar.due("Thường xuyên", 2025));
        assertTrue(new Period(Period.Kind.MONTH, 6, 2025).overlaps(Period.quarter(2, 2025)));
        assertFalse(Period.quarter(3, 2025).overlaps(Period.quarter(2, 2025)));
    }

    @Test
    void theTasksOfAPlanWithATimeAreFoundInTablesAndItems() throws Exception {
        Extraction x = new ReportExtractor(RuleSet.defaults()).extract(plan(dir.resolve("ke-hoach.docx")));
        assertEquals("KH", x.metadata().docType());
        List<String> due = new PlanTasks(new DraftCues(vn.baocao.rules.RuleSet.defaults()))
                .due(x, Period.quarter(2, 2025)).stream()
                        .map(t -> t.text() + " | " + t.when())
                        .toList();
        assertEquals(
                List.of(
                        "Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa | Quý II",
                        "Đánh giá chất lượng giải quyết thủ tục hành chính 6 tháng | Trước 30/6",
                        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Tháng 5",
                        "Đăng tin bài tuyên truyền cải cách hành chính trên trang thông tin điện tử phường | tháng 4"),
                due);
        assertEquals(
                6,
                new PlanTasks(new DraftCues(vn.baocao.rules.RuleSet.defaults()))
                        .of(x)
                        .size(),
                "the recurring task has no time of its own");
    }

    @Test
    void aDraftListsThePlanTasksDueUnderTheirSectionsTraceableToThePlan() throws Exception {
        Path data = dir.resolve("data");
        Path plan = plan(dir.resolve("ke-hoach-cchc-2025.docx"));
        CliRun imp = CliRun.of(
                "import",
                "--data",
                data.toString(),
                plan.toString(),
                ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt").toString());
        assertEquals(0, imp.code(), imp.err());
        Path out = dir.resolve("du-thao.docx");
        CliRun r = CliRun.of(
                "draft", "--data", data.toString(), "--unit", "hoa thuan", "--period", "Q2/2025", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out);
                XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
            int block = texts.indexOf(DraftBuilder.DUE_TITLE + ":");
            assertTrue(block > 0, "the block of tasks due");
            List<String> items = new ArrayList<>();
            for (String t : texts) {
                if (t.startsWith("☐ ") && t.contains("(thời gian: ")) {
                    items.add(t);
                }
            }
            assertEquals(4, items.size(), items.toString());
            assertTrue(items.contains(
                    "☐ Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa (thời gian: Quý II)"));
            assertFalse(
                    texts.stream().anyMatch(t -> t.contains("Tổng kết cải cách thủ tục hành chính năm")),
                    "not due in Q2");
            assertFalse(texts.stream()
                    .anyMatch(t -> t.contains("hội nghị tuyên truyền cải cách hành chính cho cán bộ khu phố")));
            // under the section of the base it belongs to: the one on administrative procedures
            int task = texts.indexOf(
                    "☐ Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa (thời gian: Quý II)");
            String heading = null;
            for (int i = task; i >= 0 && heading == null; i--) {
                if (texts.get(i).matches("^(\\d+(\\.\\d+)*\\.|[a-zđ]\\)|[IVX]+\\.) .*")) {
                    heading = texts.get(i);
                }
            }
            assertTrue(
                    heading != null && heading.toLowerCase().contains("thủ tục hành chính"), "placed under " + heading);
            List<String> comments = new ArrayList<>();
            for (XWPFComment c : doc.getDocComments().getComments()) {
                comments.add(c.getText());
            }
            assertTrue(
                    comments.stream()
                            .anyMatch(c -> c.startsWith("Nguồn: Kế hoạch số 20/KH-UBND của UBND phường Hòa Thuận")
                                    && c.contains("mục II.1 «Cải cách thủ tục hành chính»")),
                    "traceable to the plan: "
                            + comments.stream()
                                    .filter(c -> c.contains("Kế hoạch"))
                                    .toList());
        }
    }
}
