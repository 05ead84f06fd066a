package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.baocao.ProjectFiles;
import vn.baocao.cli.CliRun;
import vn.baocao.cli.Main;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;

/** The acceptance checks of issue 5, made on the DOCX files the CLI writes. */
class DocxDraftTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static XWPFDocument open(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            return new XWPFDocument(in);
        }
    }

    /** Body-level paragraphs, in order (tables are the header, signature and statistics tables). */
    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            }
        }
        return out;
    }

    private static String tableText(XWPFTable t) {
        StringBuilder sb = new StringBuilder();
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
                sb.append(c.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Body-level paragraphs, then the paragraphs of the footnotes. */
    private static List<XWPFParagraph> withFootnotes(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>(paragraphs(doc));
        doc.getFootnotes().forEach(f -> out.addAll(f.getParagraphs()));
        return out;
    }

    private static List<String> highlighted(XWPFDocument doc, String color) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : withFootnotes(doc)) {
            for (XWPFRun r : p.getRuns()) {
                if (r.isHighlighted() && r.getTextHighlightColor().toString().equals(color)) {
                    out.add(r.text());
                }
            }
        }
        return out;
    }

    private Path draft(Path base, String period, String name) {
        Path out = dir.resolve(name);
        CliRun r = run("draft", "--base-file", base.toString(), "--period", period, "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Đã soạn dự thảo báo cáo"), r.out());
        return out;
    }

    /** Every base section's heading appears, in the base's order. */
    private static void assertSectionsInOrder(Extraction base, List<XWPFParagraph> ps) {
        int at = -1;
        for (Section s : base.tree().sections()) {
            String prefix = s.number() + (s.kind() == NumberingKind.LETTER ? ")" : ".");
            String[] words = s.title().split("\\s+");
            String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
            int found = -1;
            for (int i = at + 1; i < ps.size(); i++) {
                String t = ps.get(i).getText();
                if (t.startsWith(prefix) && t.contains(head)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found > at, "section " + s.path() + " «" + s.title() + "» after paragraph " + at);
            at = found;
        }
    }

    private static String bodyText(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        withFootnotes(doc).forEach(p -> sb.append(p.getText()).append('\n'));
        for (XWPFTable t : doc.getTables()) {
            sb.append(tableText(t));
        }
        return sb.toString();
    }

    static String rolledText(XWPFDocument doc) {
        return DraftDocs.rolledText(doc);
    }

    private static final Pattern QUARTER_1 = Pattern.compile("(?iu)(?<![\\p{L}\\d])quý\\s+(1|i)(?![\\p{L}\\d])");
    private static final Pattern QUARTER_3 = Pattern.compile("(?iu)(?<![\\p{L}\\d])quý\\s+(3|iii)(?![\\p{L}\\d])");

    /** The Hòa Thuận report as provenance names it: by what it is, not by its file. */
    static final String HOA_THUAN_LABEL = "Báo cáo của UBND phường Hòa Thuận, Quý I năm 2025 (chưa có số)";

    @Test
    void hoaThuanQ1ToQ2_2025() throws Exception {
        Path out = draft(CorpusDrafts.HOA_THUAN_Q1_2025, "Q2/2025", "du-thao-q2.docx");
        Extraction base = CorpusDrafts.extract(CorpusDrafts.HOA_THUAN_Q1_2025);
        try (XWPFDocument doc = open(out)) {
            String header = tableText(doc.getTables().get(0));
            for (String s : List.of(
                    "ỦY BAN NHÂN DÂN",
                    "PHƯỜNG HÒA THUẬN",
                    "Số:",
                    "/BC-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "Hòa Thuận, ngày …… tháng …… năm 2025")) {
                assertTrue(header.contains(s), "header has " + s + ": " + header);
            }
            List<XWPFParagraph> ps = paragraphs(doc);
            int title = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).getText().equals("BÁO CÁO")) {
                    title = i;
                    break;
                }
            }
            assertTrue(title >= 0, "BÁO CÁO title line");
            assertEquals("Cải cách hành chính Quý 2 năm 2025", ps.get(title + 1).getText());
            String preamble = ps.stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith("Thực hiện công văn số 2119/PNV"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(preamble.contains("(CCHC) Quý 2 năm 2025 như sau:"), preamble);

            String text = bodyText(doc);
            String rolled = rolledText(doc);
            assertFalse(QUARTER_1.matcher(rolled).find(), "no Quý 1 / quý I left in rolled text");
            assertTrue(text.contains("(từ ngày 15/3/2025 đến ngày 14/6/2025)"), "the data period of a lead-in moves");
            assertTrue(text.contains("ngày 11 tháng 3 năm 2025"), "dates of cited documents stay");
            assertTrue(text.contains("ngày 24/01/2025"));
            assertTrue(new PeriodRollForward(
                            Period.quarter(1, 2025),
                            Period.quarter(2, 2025),
                            vn.baocao.rules.RuleSet.defaults().layoutCues())
                    .baseMentions(rolled)
                    .isEmpty());
            assertTrue(text.contains(DraftBuilder.CHECKLIST_TITLE));
            List<String> previous = ps.stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith(ReportDraft.Carry.PREVIOUS.label()))
                    .toList();
            assertTrue(previous.size() > 50, "last quarter's narrative is marked: " + previous.size());
            assertTrue(
                    previous.stream()
                            .anyMatch(t -> t.contains("tháng 3/2025")
                                    || QUARTER_1.matcher(t).find()),
                    "and keeps its period words (it says what happened then)");

            assertSectionsInOrder(base, ps);

            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", sect.getPgSz().getW().toString(), "A4 width");
            assertEquals("16838", sect.getPgSz().getH().toString(), "A4 height");
            assertEquals("1701", sect.getPgMar().getLeft().toString(), "left margin 30 mm");
            assertEquals("850", sect.getPgMar().getRight().toString(), "right margin 15 mm");
            assertEquals("1134", sect.getPgMar().getTop().toString(), "top margin 20 mm");
            XWPFRun bodyRun = ps.stream()
                    .filter(p -> p.getText().startsWith("Thực hiện công văn"))
                    .findFirst()
                    .orElseThrow()
                    .getRuns()
                    .get(0);
            assertEquals("Times New Roman", bodyRun.getFontFamily());
            assertEquals(14.0, bodyRun.getFontSizeAsDouble());

            String signature = tableText(doc.getTables().get(doc.getTables().size() - 1));
            assertTrue(
                    signature.contains("Nơi nhận:")
                            && signature.contains("- Phòng Nội vụ TPCL;")
                            && signature.contains("- Lưu: VT.")
                            && signature.contains("TM. ỦY BAN NHÂN DÂN"),
                    signature);

            List<XWPFComment> comments =
                    List.of(doc.getDocComments().getComments().toArray(new XWPFComment[0]));
            long carried = ps.stream()
                    .filter(p -> p.getCTP().sizeOfCommentRangeStartArray() > 0)
                    .count();
            assertTrue(carried > 100, "carried paragraphs with a comment: " + carried);
            long anchors = ps.stream()
                    .mapToLong(p -> p.getCTP().sizeOfCommentRangeStartArray())
                    .sum();
            assertEquals(anchors, comments.size(), "one comment per anchor (paragraphs, footnote marks)");

            List<String> notes = doc.getFootnotes().stream()
                    .map(f -> f.getParagraphs().get(0).getText())
                    .filter(t -> !t.isBlank())
                    .toList();
            assertEquals(
                    base.document().footnotes().size(), notes.size(), "the 5 footnotes are Word footnotes: " + notes);
            assertTrue(notes.get(0).contains("Kế hoạch số 75/KH-UBND ngày 24/01/2025"), notes.get(0));
            XWPFParagraph citing = ps.stream()
                    .filter(p -> p.getText()
                            .startsWith(
                                    ReportDraft.Carry.PREVIOUS.label() + " Từ đầu năm 2025, UBND Phường đã ban hành"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(citing.getCTP().xmlText().contains("footnoteReference"), "the marker is a footnote reference");
            assertFalse(citing.getText().contains("¹"), "no leftover superscript marker");
            assertTrue(
                    comments.stream()
                            .filter(c -> DocxDraftWriter.COMMENT_AUTHOR.equals(c.getAuthor()))
                            .allMatch(c -> c.getText().startsWith("Nguồn: " + HOA_THUAN_LABEL)),
                    comments.get(0).getText());
            // and the figure checks of the base (vn.baocao.check) as comments of their own
            assertTrue(comments.stream()
                    .anyMatch(c -> vn.baocao.check.FindingComments.AUTHOR.equals(c.getAuthor())
                            && c.getText().startsWith("Kiểm tra số liệu")));
            assertTrue(comments.stream()
                    .anyMatch(c -> c.getText().contains("mục II.2.c «Kết quả thực hiện cơ chế một cửa")));
        }
        JsonNode side =
                new ObjectMapper().readTree(ProvenanceSidecar.pathFor(out).toFile());
        assertEquals(HOA_THUAN_LABEL, side.get("base").asText());
        assertEquals("Quý II năm 2025", side.get("target").asText());
        assertTrue(side.get("items").size() > 100);
        for (JsonNode item : side.get("items")) {
            assertEquals(HOA_THUAN_LABEL, item.get("source").get("report").asText());
            assertTrue(item.get("source").get("line").asInt() > 0);
        }
    }

    @Test
    void everyBaseFigureIsHighlightedWithItsLastValue() throws Exception {
        Extraction base = CorpusDrafts.extract(CorpusDrafts.HOA_THUAN_Q1_2025);
        List<Figure> inText =
                base.figures().stream().filter(f -> f.start() >= 0).toList();
        assertTrue(inText.size() > 50, "the figure extractor finds the report's figures: " + inText.size());
        Path out = dir.resolve("figures.docx");
        ReportDraft d = new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(base, null, Period.quarter(1, 2026));
        new DocxDraftWriter(null).write(d, out);
        try (XWPFDocument doc = open(out)) {
            List<String> marked = new ArrayList<>(highlighted(doc, DocxDraftWriter.FIGURE_HIGHLIGHT));
            List<String> notes = highlighted(doc, DocxDraftWriter.NOTE_HIGHLIGHT);
            int cumulative = 0;
            int cited = 0;
            for (Figure f : inText) {
                if (insideCitation(base, f)) {
                    cited++;
                    continue;
                }
                String note = notes.stream()
                        .filter(n -> n.contains("kỳ trước: " + f.text() + "]"))
                        .findFirst()
                        .orElse(null);
                if (note != null) {
                    notes.remove(note);
                    assertTrue(
                            marked.remove(ReportDraft.FigureMark.BLANK),
                            "blank of the reset figure «" + f.text() + "»");
                    cumulative++;
                } else {
                    assertTrue(
                            marked.remove(f.text()), "figure «" + f.text() + "» (line " + f.line() + ") highlighted");
                }
            }
            assertTrue(cited < inText.size() / 10, "figures inside citations (not marked): " + cited);
            assertTrue(cumulative >= 1, "a cumulative figure (từ đầu năm đến nay) is blanked in a new year");
        }
    }

    private static boolean insideCitation(Extraction x, Figure f) {
        for (Reference r : x.references()) {
            boolean inMention = f.start() < r.end() && r.start() < f.end();
            boolean inSubject = r.subject() != null && r.subject().contains(f.text()) && f.start() >= r.end();
            if (r.line() == f.line() && (inMention || inSubject)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tienDongQ3ToQ4_2023AndAcrossTheYear() throws Exception {
        Extraction base = CorpusDrafts.extract(CorpusDrafts.TIEN_DONG_Q3_2023);
        Path q4 = draft(CorpusDrafts.TIEN_DONG_Q3_2023, "quý IV/2023", "q4.docx");
        try (XWPFDocument doc = open(q4)) {
            String text = bodyText(doc);
            assertTrue(text.contains("Công tác cải cách hành chính Quý IV năm 2023"));
            assertTrue(
                    text.contains("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ I/2024"),
                    "directions move to the next period");
            assertFalse(
                    QUARTER_3
                            .matcher(rolledText(doc).replace("Kỳ trước (Quý III năm 2023)", ""))
                            .find(),
                    "no quý III left");
            assertTrue(text.contains("Kế hoạch số 52/KH-UBND, ngày 30 tháng 12 năm 2022"), "cited dates stay");
            assertSectionsInOrder(base, paragraphs(doc));
        }
        Path q1 = draft(CorpusDrafts.TIEN_DONG_Q3_2023, "2024-Q1", "q1.docx");
        try (XWPFDocument doc = open(q1)) {
            String text = bodyText(doc);
            assertTrue(tableText(doc.getTables().get(0)).contains("năm 2024"), "date line in the new year");
            assertTrue(text.contains("Công tác cải cách hành chính Quý I năm 2024"));
            assertTrue(
                    text.contains(
                            "UBND xã Tiên Động báo cáo kết quả triển khai, thực hiện nhiệm vụ cải cách hành chính Quý I năm 2024"));
            assertTrue(text.contains("NHIỆM VỤ TRỌNG TÂM QUÝ II/2024"));
            assertTrue(text.contains("Trên đây là báo cáo công tác cải cách hành chính Quý I/2024"));
            assertTrue(text.contains("Kỳ trước (Quý III năm 2023)") && text.contains("Kỳ này (Quý I năm 2024)"));
            List<String> values = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        c.getParagraphs()
                                .forEach(p -> p.getRuns().stream()
                                        .filter(XWPFRun::isHighlighted)
                                        .forEach(run -> values.add(run.text())));
                    }
                }
            }
            assertTrue(
                    values.containsAll(List.of("8/8", "26", "20")), "last values of Biểu mẫu 1 highlighted: " + values);
        }
    }

    @Test
    void markdownHasTheSameDraft() throws Exception {
        Path md = draft(CorpusDrafts.HOA_THUAN_Q1_2025, "Quý 2 năm 2025", "du-thao.md");
        String text = Files.readString(md);
        assertTrue(text.contains("**Cải cách hành chính Quý 2 năm 2025**"));
        assertTrue(text.contains("## I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"));
        assertTrue(text.contains("#### c) Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC"));
        assertTrue(text.contains("- [ ] Tiếp tục đẩy mạnh công tác tuyên truyền"));
        assertTrue(text.contains("<!-- Nguồn: " + HOA_THUAN_LABEL + ", mục II.2.c"));
        assertTrue(text.contains("***Kỳ trước:*** "), "carried narrative marked");
        String rolled = text.lines()
                .filter(l ->
                        !l.startsWith("***Kỳ trước:***") && !l.startsWith("***Giữ nguyên:***") && !l.startsWith("> "))
                .map(l -> l.replaceAll("<!--.*?-->", ""))
                .reduce("", (a, b) -> a + "\n" + b);
        assertFalse(QUARTER_1.matcher(rolled).find(), "no quý I outside the carried text");
        assertTrue(Files.exists(dir.resolve("du-thao.nguon.json")));

        String tables = new MarkdownDraftWriter()
                .render(new DraftBuilder(vn.baocao.rules.RuleSet.defaults())
                        .build(CorpusDrafts.extract(CorpusDrafts.TIEN_DONG_Q3_2023), null, Period.quarter(4, 2023)));
        assertTrue(
                tables.contains(
                        "| STT | Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo hàng quý, 6 tháng, năm) | Kết quả thống kê / Đơn vị tính"
                                + " | Kỳ trước (Quý III năm 2023) | Kỳ này (Quý IV năm 2023) | Ghi chú |\n| --- | --- | --- | --- | --- | --- |\n"
                                + "| 1. | Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt) | Văn bản | <mark>8/8</mark> |  |  |"),
                "a pipe table with one header line, last values marked, Kỳ này empty");
    }

    @Test
    void historyFolderChoosesTheUnitsLatestEarlierReport() {
        Path out = dir.resolve("h.docx");
        CliRun r = run(
                "draft",
                "--history",
                ProjectFiles.path("corpus").toString(),
                "--unit",
                "phường Hòa Thuận",
                "--period",
                "6T/2025",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 tháng đầu năm 2025 từ 000_442b549b8d9bf7bd.txt (Quý I năm 2025)"), r.out());
        CliRun none = run(
                "draft",
                "--history",
                ProjectFiles.path("corpus").toString(),
                "--unit",
                "Tiên Động",
                "--period",
                "Q3/2023",
                "-o",
                out.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("Chưa có báo cáo nào của «Tiên Động» trước kỳ Quý III năm 2023"), none.err());
        CliRun unknown = run(
                "draft",
                "--history",
                ProjectFiles.path("corpus").toString(),
                "--unit",
                "xã Không Có",
                "--period",
                "Q3/2023",
                "-o",
                out.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Không tìm thấy đơn vị «xã Không Có»"), unknown.err());
    }

    @Test
    void clearErrors() {
        CliRun help = run("draft", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(
                help.out().contains("Soạn dự thảo báo cáo kỳ tiếp theo")
                        && help.out().contains("--period"),
                help.out());
        Path out = dir.resolve("x.docx");
        CliRun notAfter = run(
                "draft",
                "--base-file",
                CorpusDrafts.HOA_THUAN_Q1_2025.toString(),
                "--period",
                "Q1/2025",
                "-o",
                out.toString());
        assertEquals(1, notAfter.code());
        assertTrue(notAfter.err().contains("không sau kỳ của báo cáo gốc"), notAfter.err());
        assertFalse(notAfter.err().contains("\tat "), "no stack trace");
        CliRun missing = run(
                "draft",
                "--base-file",
                dir.resolve("khong-co.docx").toString(),
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(Main.EXIT_INPUT, missing.code());
        assertTrue(missing.err().contains("khong-co.docx"), missing.err());
        CliRun badPeriod = run(
                "draft",
                "--base-file",
                CorpusDrafts.HOA_THUAN_Q1_2025.toString(),
                "--period",
                "quý 5/2025",
                "-o",
                out.toString());
        assertEquals(2, badPeriod.code());
        assertTrue(badPeriod.err().contains("không hợp lệ"), badPeriod.err());
        CliRun noHistory = run(
                "draft",
                "--data",
                dir.resolve("trong").toString(),
                "--unit",
                "Hòa Thuận",
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(2, noHistory.code());
        assertTrue(noHistory.err().contains("--history"), noHistory.err());
        CliRun badOut = run(
                "draft",
                "--base-file",
                CorpusDrafts.HOA_THUAN_Q1_2025.toString(),
                "--period",
                "Q2/2025",
                "-o",
                dir.resolve("x.pdf").toString());
        assertEquals(2, badOut.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void theTemplateIsAFileUsersCanReplace() throws Exception {
        Path template = dir.resolve("mau.docx");
        assertEquals(0, run("draft", "--new-template", template.toString()).code());
        // A user edits the template in Word: here, the fixed Quốc hiệu line and the body font size.
        try (XWPFDocument doc = open(template)) {
            for (XWPFTableRow r : doc.getTables().get(0).getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    for (XWPFParagraph p : c.getParagraphs()) {
                        if (p.getText().equals("Độc lập - Tự do - Hạnh phúc")) {
                            p.getRuns().get(0).setText("Độc lập - Tự do - Hạnh phúc (mẫu riêng)", 0);
                        }
                    }
                }
            }
            paragraphs(doc).stream()
                    .filter(p -> p.getText().equals(DraftTemplate.CONTENT))
                    .findFirst()
                    .orElseThrow()
                    .getRuns()
                    .get(0)
                    .setFontSize(13);
            doc.createComments()
                    .createComment(java.math.BigInteger.ZERO)
                    .createParagraph()
                    .createRun()
                    .setText("Ghi chú của mẫu");
            try (var o = Files.newOutputStream(template)) {
                doc.write(o);
            }
        }
        Path out = dir.resolve("rieng.docx");
        CliRun r = run(
                "draft",
                "--base-file",
                CorpusDrafts.HOA_THUAN_Q1_2025.toString(),
                "--period",
                "Q2/2025",
                "--template",
                template.toString(),
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        try (XWPFDocument doc = open(out)) {
            assertTrue(tableText(doc.getTables().get(0)).contains("(mẫu riêng)"));
            XWPFRun run = paragraphs(doc).stream()
                    .filter(p -> p.getText().startsWith("Thực hiện công văn"))
                    .findFirst()
                    .orElseThrow()
                    .getRuns()
                    .get(0);
            assertEquals(13.0, run.getFontSizeAsDouble(), "body formatting comes from the template");
            List<String> ids = java.util.Arrays.stream(
                            doc.getDocComments().getComments().toArray(new XWPFComment[0]))
                    .map(XWPFComment::getId)
                    .toList();
            assertEquals(
                    ids.size(),
                    new java.util.HashSet<>(ids).size(),
                    "comment ids stay unique beside the template's own");
            assertTrue(doc.getDocComments().getCommentByID("0").getText().contains("Ghi chú của mẫu"));
        }
        Path committed = ProjectFiles.path("templates", "bao-cao.docx");
        assumeFalse(!Files.exists(committed), "templates/bao-cao.docx");
        try (XWPFDocument doc = open(committed)) {
            assertTrue(
                    bodyText(doc).contains(DraftTemplate.CONTENT)
                            && tableText(doc.getTables().get(0)).contains(DraftTemplate.BODY),
                    "the committed template has the placeholders");
        }
    }

    @Test
    void draftingNotesListPlansAndSeasonalSectionsAfterTheSignature() throws Exception {
        // Base: the 2024 annual report of phường 4; same period a year before the target Q1/2025: a Q1/2024 report.
        Extraction base = CorpusDrafts.extract(CorpusDrafts.PHUONG4_2024);
        Extraction q1Before = CorpusDrafts.extract(ProjectFiles.path("corpus", "001_d021599fae0810fe.txt"));
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(base, q1Before, Period.quarter(1, 2025));
        Path out = dir.resolve("notes.docx");
        new DocxDraftWriter(null).write(d, out);
        try (XWPFDocument doc = open(out)) {
            List<String> texts =
                    paragraphs(doc).stream().map(XWPFParagraph::getText).toList();
            int notes = texts.indexOf("GHI CHÚ SOẠN THẢO (xóa trước khi ban hành)");
            int signature = doc.getBodyElements()
                    .indexOf(doc.getTables().stream()
                            .filter(t -> tableText(t).contains("Nơi nhận:"))
                            .findFirst()
                            .orElseThrow());
            assertTrue(
                    notes > 0 && doc.getBodyElements().indexOf(paragraphs(doc).get(notes)) > signature,
                    "notes after the signature");
            List<String> after = texts.subList(notes, texts.size());
            assertTrue(
                    after.stream()
                            .anyMatch(t -> t.startsWith("- Kế hoạch số 129/KH-UBND")
                                    && t.contains("[kế hoạch năm 2024: thay bằng kế hoạch năm 2025]")),
                    "the 2024 annual chuyển đổi số plan flagged: " + after);
            assertTrue(after.contains("7.1. Tình hình ứng dụng công nghệ thông tin trong hoạt động của đơn vị"));
        }
    }
}
