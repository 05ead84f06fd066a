package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.rules.RuleSet;

/**
 * Reading PDFs laid out as signed administrative documents are printed (Nghị định 30/2020): the
 * two-column header and signature block, line ends inside symbols and dates, superscript footnote
 * markers and footnotes over pages, wrapped headings, and what is not a table (white boxes, charts).
 * The PDFs are crafted here with PDFBox; the sentences are made up in the shape of real reports.
 */
class PdfLayoutTest {

    @TempDir
    Path dir;

    static ReportDocument read(Path pdf) throws Exception {
        return new PdfReader(ReadLimits.DEFAULTS, s -> {}, RuleSet.defaults().layoutCues()).read(pdf);
    }

    static String body(ReportDocument d) {
        return d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    static final String BODY = "Ủy ban nhân dân tỉnh đã chỉ đạo các cơ quan, đơn vị, địa phương tập trung triển khai "
            + "kịp thời, đồng bộ các nhiệm vụ cải cách hành chính, gắn với sắp xếp tổ chức bộ máy, bảo đảm chính quyền "
            + "địa phương 02 cấp vận hành ổn định, thông suốt, phục vụ tốt nhu cầu của người dân và doanh nghiệp; kết "
            + "quả thực hiện được tổng hợp, báo cáo định kỳ hằng tháng, hằng quý theo quy định.";

    /** The header of page 1 with the number and day typed into the blanks as separate runs. */
    static void header(CraftedPdf p) throws Exception {
        float leftCenter = 160;
        float rightCenter = 390;
        p.centered(p.regular, 12, leftCenter, 60, "UBND TỈNH AN PHÚ");
        p.centered(p.bold, 12, rightCenter, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        p.centered(p.bold, 12, leftCenter, 75, "SỞ NỘI VỤ");
        p.centered(p.bold, 13, rightCenter, 76, "Độc lập - Tự do - Hạnh phúc");
        // "Số:" and the symbol printed with a blank between; the number typed over the blank, higher up
        p.text(p.regular, 13, 112, 98, "Số:               /BC-SNV");
        p.text(p.regular, 13, 136, 96.5f, "57");
        // the date line: the day typed by the signing program into its blank
        p.text(p.italic, 13, 300, 99, "An Phú, ngày          tháng 3 năm 2025");
        p.typedIntoBlank(p.italic, 13, 383, 99, "09");
        p.centered(p.bold, 14, CraftedPdf.WIDTH / 2, 140, "BÁO CÁO");
        p.centered(p.bold, 14, CraftedPdf.WIDTH / 2, 157, "Kết quả cải cách hành chính quý I năm 2025");
    }

    /** The signature block: "Nơi nhận" and recipients left, the signer right, a signing stamp over the signature. */
    static void signature(CraftedPdf p, float y) throws Exception {
        p.text(p.boldItalic, 12, 85, y, "Nơi nhận:");
        p.centered(p.bold, 13, 420, y + 2, "KT. GIÁM ĐỐC");
        p.text(p.regular, 11, 85, y + 13, "- UBND tỉnh;");
        p.centered(p.bold, 13, 420, y + 18, "PHÓ GIÁM ĐỐC");
        p.text(p.regular, 11, 85, y + 26, "- Sở Tài chính;");
        p.text(p.regular, 11, 85, y + 39, "- Lưu: VT, CCHC.");
        p.text(p.regular, 7, 370, y + 40, "Ký bởi: Sở Nội vụ tỉnh An Phú");
        p.text(p.regular, 7, 370, y + 49, "Thời gian ký: 09.03.2025 10:15:22 +07:00");
        p.centered(p.bold, 13, 420, y + 75, "Trần Văn Bình");
    }

    @Test
    void headerAndSignatureBlockAreTwoCellTables() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            header(p);
            float y = p.paragraph(
                    p.regular,
                    14,
                    36,
                    190,
                    19,
                    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 "
                            + "của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Nội vụ báo cáo kết quả thực hiện "
                            + "trong quý I như sau:");
            y = p.paragraph(
                    p.regular,
                    14,
                    36,
                    y + 6,
                    19,
                    "Trên đây là báo cáo kết quả cải cách hành chính quý I " + "năm 2025 của Sở Nội vụ./.");
            signature(p, y + 20);
            pdf = p.save(dir.resolve("signed.pdf"));
        }
        ReportDocument d = read(pdf);
        Table head = assertInstanceOf(Table.class, d.body().getFirst(), d.body().toString());
        assertEquals(1, head.rows().size());
        assertEquals(2, head.rows().getFirst().size());
        assertEquals(
                "UBND TỈNH AN PHÚ\nSỞ NỘI VỤ\nSố: 57 /BC-SNV",
                head.rows().getFirst().get(0).text());
        assertEquals(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                        + "An Phú, ngày 09 tháng 3 năm 2025",
                head.rows().getFirst().get(1).text());
        Paragraph type = assertInstanceOf(Paragraph.class, d.body().get(1));
        assertEquals("BÁO CÁO", type.text());

        Table sign = assertInstanceOf(Table.class, d.body().getLast(), d.body().toString());
        assertEquals(
                List.of(
                        "Nơi nhận:\n- UBND tỉnh;\n- Sở Tài chính;\n- Lưu: VT, CCHC.",
                        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình"),
                sign.rows().getFirst().stream().map(Cell::text).toList());
        assertTrue(
                d.furniture().stream().anyMatch(f -> f.contains("Ký bởi")),
                d.furniture().toString());
        assertFalse(body(d).contains("Ký bởi"));
    }

    /** A công văn: the "V/v" subject under "Số" stays in the left cell, "Kính gửi" starts the body. */
    @Test
    void congVanSubjectStaysInTheLeftCell() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            p.centered(p.regular, 12, 160, 60, "UBND TỈNH AN PHÚ");
            p.centered(p.bold, 12, 390, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            p.centered(p.bold, 12, 160, 75, "TRUNG TÂM XÚC TIẾN ĐẦU TƯ");
            p.centered(p.bold, 13, 390, 76, "Độc lập - Tự do - Hạnh phúc");
            p.text(p.regular, 13, 110, 98, "Số: 301/TTXT-ĐT");
            p.text(p.italic, 13, 300, 98, "An Phú, ngày 12 tháng 5 năm 2025");
            p.centered(p.regular, 12, 160, 114, "V/v báo cáo tình hình thu hút đầu tư");
            p.centered(p.regular, 12, 160, 128, "quý I năm 2025");
            p.text(p.regular, 14, 200, 165, "Kính gửi: Ủy ban nhân dân tỉnh.");
            p.paragraph(
                    p.regular,
                    14,
                    36,
                    195,
                    19,
                    "Thực hiện chức năng, nhiệm vụ được giao, Trung tâm báo cáo tình "
                            + "hình thu hút đầu tư quý I năm 2025 như sau:");
            pdf = p.save(dir.resolve("cv.pdf"));
        }
        ReportDocument d = read(pdf);
        Table head = assertInstanceOf(Table.class, d.body().getFirst(), d.body().toString());
        assertEquals(
                "UBND TỈNH AN PHÚ\nTRUNG TÂM XÚC TIẾN ĐẦU TƯ\nSố: 301/TTXT-ĐT\n"
                        + "V/v báo cáo tình hình thu hút đầu tư\nquý I năm 2025",
                head.rows().getFirst().get(0).text());
        assertTrue(
                d.body().get(1).text().startsWith("Kính gửi"), d.body().get(1).text());
    }

    @Test
    void symbolsAndDatesBrokenAtLineEndsAreJoined() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            // each first line ends with a symbol cut by the line break; the lines are justified to the margin
            p.justified(p.regular, 14, 121, 100, "Ủy ban nhân dân tỉnh đã ban hành Quyết định số 117/QĐ-");
            p.text(p.regular, 14, 85, 119, "UBND ngày 17/01/2025 về kiểm soát thủ tục hành chính.");
            p.justified(p.regular, 14, 121, 150, "Sở Nội vụ đã tham mưu ban hành Kế hoạch số 45/KH");
            p.text(p.regular, 14, 85, 169, "UBND ngày 20/02/2025 về kiểm tra cải cách hành chính.");
            p.justified(p.regular, 14, 121, 200, "Tỉnh đã triển khai Công văn số 88/SNV-CCHC ngày 17/01/");
            p.text(p.regular, 14, 85, 219, "2025 về chế độ báo cáo định kỳ.");
            pdf = p.save(dir.resolve("symbols.pdf"));
        }
        String text = body(read(pdf));
        assertTrue(text.contains("Quyết định số 117/QĐ-UBND ngày 17/01/2025"), text);
        assertTrue(text.contains("Kế hoạch số 45/KH-UBND ngày 20/02/2025"), text);
        assertTrue(text.contains("ngày 17/01/2025 về chế độ"), text);
        assertFalse(text.contains("QĐUBND") || text.contains("KHUBND"), text);
    }

    @Test
    void gluedSuperscriptMarkerAndFootnotesOverPages() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            float y = p.paragraph(p.regular, 14, 36, 100, 19, BODY);
            String before = "Tỉnh đã ban hành kế hoạch thi hành pháp luật năm 2025";
            p.text(p.regular, 14, 121, y, before);
            float x = 121 + p.width(p.regular, 14, before);
            p.text(p.regular, 9, x, y - 5, "7"); // the marker, smaller and raised, glued to the year
            p.text(p.regular, 14, x + p.width(p.regular, 9, "7"), y, "; ban hành danh mục.");
            p.paragraph(p.regular, 14, 36, y + 25, 19, BODY);
            p.strokeLine(Color.BLACK, 85, 700, 229, 700); // the footnote separator
            p.text(p.regular, 6, 85, 712, "7");
            p.justified(
                    p.regular,
                    9,
                    89,
                    715,
                    "Kế hoạch số 751/KH-UBND ngày 22/01/2025 về theo dõi tình hình thi hành "
                            + "pháp luật trong các lĩnh vực trọng tâm, liên ngành năm");
            p.newPage();
            y = p.paragraph(
                    p.regular,
                    14,
                    36,
                    100,
                    19,
                    "Công tác kiểm tra việc thi hành pháp luật được thực hiện " + "thường xuyên trên địa bàn tỉnh.");
            p.paragraph(p.regular, 14, 36, y + 6, 19, BODY);
            p.strokeLine(Color.BLACK, 85, 700, 540, 700); // the continuation separator
            p.text(p.regular, 9, 85, 715, "2025; Kế hoạch số 62/KH-UBND ngày 23/01/2025 về thi hành pháp luật.");
            pdf = p.save(dir.resolve("notes.pdf"));
        }
        ReportDocument d = read(pdf);
        String text = body(d);
        assertTrue(text.contains("năm 2025⁷; ban hành danh mục."), text);
        assertEquals(1, d.footnotes().size(), d.footnotes().toString());
        Footnote n = d.footnotes().getFirst();
        assertEquals("⁷", n.marker());
        assertTrue(n.text().startsWith("Kế hoạch số 751/KH-UBND"), n.text());
        assertTrue(
                n.text().endsWith("liên ngành năm 2025; Kế hoạch số 62/KH-UBND ngày 23/01/2025 về thi hành pháp luật."),
                n.text());
        assertFalse(text.contains("Kế hoạch số 62"), text);
    }

    @Test
    void wrappedHeadingIsOneParagraph() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            p.justified(p.bold, 14, 121, 100, "1. Đánh giá về các hoạt động chỉ đạo, điều hành nổi bật của lãnh đạo");
            p.text(p.bold, 14, 85, 119, "Tỉnh ủy, Ủy ban nhân dân tỉnh đối với công tác CCHC");
            p.paragraph(
                    p.regular,
                    14,
                    36,
                    145,
                    19,
                    "Trong năm 2025, Tỉnh ủy, Ủy ban nhân dân tỉnh đã lãnh đạo, chỉ "
                            + "đạo các sở, ban, ngành, địa phương tập trung triển khai các nhiệm vụ cải cách hành chính.");
            pdf = p.save(dir.resolve("heading.pdf"));
        }
        List<Paragraph> ps = read(pdf).paragraphs();
        assertEquals(
                "1. Đánh giá về các hoạt động chỉ đạo, điều hành nổi bật của lãnh đạo Tỉnh ủy, Ủy ban nhân dân "
                        + "tỉnh đối với công tác CCHC",
                ps.getFirst().text());
        assertTrue(ps.getFirst().style().bold());
        assertTrue(ps.get(1).text().startsWith("Trong năm 2025"), ps.toString());
    }

    /**
     * White boxes behind the lines and white borders make no table; a bar chart (filled bars, gridlines,
     * value labels) is no table and its labels leave the body; a ruled table keeps its cells whole, a merged
     * header cell included.
     */
    @Test
    void onlyRuledGridsAreTables() throws Exception {
        Path pdf;
        try (CraftedPdf p = new CraftedPdf()) {
            for (int i = 0; i < 4; i++) { // the white background a word processor paints behind paragraphs
                p.fill(Color.WHITE, 85, 88 + 19 * i, 455, 17);
                p.strokeLine(Color.WHITE, 85 + 110 * i, 88, 85 + 110 * i, 170);
            }
            p.paragraph(
                    p.regular,
                    14,
                    36,
                    100,
                    19,
                    "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành tiếp tục rà soát, "
                            + "sắp xếp tổ chức bộ máy, bảo đảm chính quyền địa phương 02 cấp vận hành ổn định, thông suốt, phục vụ "
                            + "tốt nhu cầu của người dân và doanh nghiệp trong năm 2025.");
            // a bar chart in its frame: gridlines, three bars and their value labels
            p.fill(Color.WHITE, 95, 210, 410, 130);
            p.strokeLine(Color.GRAY, 95, 210, 505, 210);
            p.strokeLine(Color.GRAY, 95, 340, 505, 340);
            p.strokeLine(Color.GRAY, 95, 210, 95, 340);
            p.strokeLine(Color.GRAY, 505, 210, 505, 340);
            for (int k = 0; k < 4; k++) {
                p.strokeLine(Color.LIGHT_GRAY, 100, 240 + 30 * k, 500, 240 + 30 * k);
            }
            String[] values = {"11,97", "12,84", "11,24"};
            Color[] colors = {new Color(0x4472C4), new Color(0xED7D31), new Color(0xA5A5A5)};
            for (int k = 0; k < 3; k++) {
                float h = 40 + 15 * k;
                p.fill(colors[k], 150 + 120 * k, 330 - h, 30, h);
                p.text(p.regular, 9, 150 + 120 * k, 325 - h, values[k]);
            }
            p.text(p.bold, 10, 200, 228, "KẾT QUẢ CHỈ SỐ NĂM 2024");
            // a ruled table: a header cell merged over two columns
            float top = 400;
            float[] xs = {85, 130, 300, 420, 540};
            float[] ys = {top, top + 20, top + 40, top + 60};
            for (float y : ys) {
                p.fill(Color.BLACK, 85, y, 455, 0.5f);
            }
            for (int c = 0; c < xs.length; c++) {
                boolean merged = c == 3; // no border between the two score columns in the first row
                p.fill(Color.BLACK, xs[c], merged ? ys[1] : ys[0], 0.5f, merged ? ys[3] - ys[1] : ys[3] - ys[0]);
            }
            p.text(p.bold, 12, 92, top + 14, "STT");
            p.text(p.bold, 12, 137, top + 14, "Nội dung");
            p.text(p.bold, 12, 440, top + 14, "Lâm Đồng");
            p.text(p.bold, 12, 307, top + 34, "Điểm số");
            p.text(p.bold, 12, 427, top + 34, "Thứ hạng");
            p.text(p.regular, 12, 92, top + 54, "1");
            p.text(p.regular, 12, 137, top + 54, "Công tác chỉ đạo");
            p.text(p.regular, 12, 307, top + 54, "9,49/ 9,5");
            p.text(p.regular, 12, 427, top + 54, "12/63");
            pdf = p.save(dir.resolve("tables.pdf"));
        }
        ReportDocument d = read(pdf);
        List<Table> tables = d.body().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
        assertEquals(1, tables.size(), d.body().toString());
        Table t = tables.getFirst();
        assertEquals(
                List.of("STT", "Nội dung", "Lâm Đồng", ""),
                t.rows().get(0).stream().map(Cell::text).toList());
        assertEquals(
                List.of("1", "Công tác chỉ đạo", "9,49/ 9,5", "12/63"),
                t.rows().get(2).stream().map(Cell::text).toList());
        String text = body(d);
        assertTrue(text.contains("phục vụ tốt nhu cầu của người dân và doanh nghiệp trong năm 2025."), text);
        assertFalse(text.contains("11,97") || text.contains("KẾT QUẢ CHỈ SỐ"), text);
        assertTrue(
                d.furniture().stream().anyMatch(f -> f.startsWith("Biểu đồ:") && f.contains("11,97")),
                d.furniture().toString());
    }
}
