package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** Crafted DOCX files for the failures seen on real reports: fonts that lie, marks in text boxes. */
class DocxCraftedTest {

    @Test
    void unicodeTextInALegacyNamedFontIsNotConverted(@TempDir Path dir) throws Exception {
        String body = MinimalDocx.paragraph("CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", ".VnTimeH")
                + MinimalDocx.paragraph("Tiếp tục rà soát thủ tục liên thông, cải cách hành chính.", ".VnTime")
                + MinimalDocx.paragraph("Công tác kiểm tra được thực hiện.", ".VnTime");
        ReportDocument doc =
                new ReportReader(RuleSet.defaults()).read(MinimalDocx.write(dir.resolve("unicode-vntime.docx"), body));
        String text = doc.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertTrue(text.contains("CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"), text);
        assertTrue(text.contains("rà soát thủ tục liên thông"), text);
        assertTrue(!text.contains("CƠNG") && !text.contains("sốt") && !text.contains("thơng"), text);
    }

    @Test
    void capitalsWithoutAnyUnicodeOnlyLetterAreKeptWhenConversionMakesThemWorse(@TempDir Path dir) throws Exception {
        // only Latin-1 letters, each a valid Unicode Vietnamese word: a TCVN3 reading would turn Ô into Ơ
        String body = MinimalDocx.paragraph("CÔNG TÁC", ".VnTimeH") + MinimalDocx.paragraph("Báo cáo năm", ".VnTime");
        ReportDocument doc =
                new ReportReader(RuleSet.defaults()).read(MinimalDocx.write(dir.resolve("latin1-vntime.docx"), body));
        assertEquals("CÔNG TÁC", doc.paragraphs().getFirst().text());
    }

    @Test
    void realTcvn3TextInItsFontIsStillConverted(@TempDir Path dir) throws Exception {
        // "Cải cách hành chính" typed in TCVN3 (ABC) bytes, shown as Latin-1 characters
        String body = MinimalDocx.paragraph("C¶i c¸ch hµnh chÝnh", ".VnTime");
        ReportDocument doc =
                new ReportReader(RuleSet.defaults()).read(MinimalDocx.write(dir.resolve("tcvn3.docx"), body));
        assertEquals("Cải cách hành chính", doc.paragraphs().getFirst().text());
    }

    @Test
    void draftMarkInATextBoxIsSeen(@TempDir Path dir) throws Exception {
        String body = MinimalDocx.textBox("DỰ THẢO")
                + MinimalDocx.paragraph("Số: /BC-UBND", null)
                + MinimalDocx.paragraph("Hòa Thuận, ngày 15 tháng 3 năm 2025", null)
                + MinimalDocx.paragraph("BÁO CÁO", null)
                + MinimalDocx.paragraph("Cải cách hành chính quý I năm 2025", null)
                + MinimalDocx.paragraph("I. CÔNG TÁC CHỈ ĐẠO", null)
                + MinimalDocx.paragraph("Ủy ban nhân dân phường đã ban hành 05 kế hoạch.", null);
        Extraction x =
                new ReportExtractor(RuleSet.defaults()).extract(MinimalDocx.write(dir.resolve("du-thao.docx"), body));
        assertTrue(x.metadata().draft(), x.document().body().toString());
    }

    @Test
    void embeddedObjectsAndThumbnailsAreNotBodyText(@TempDir Path dir) throws Exception {
        Path inner = MinimalDocx.write(
                dir.resolve("inner.docx"),
                MinimalDocx.paragraph("Kế hoạch số 99/KH-UBND ngày 01/02/2024 về việc khác.", null));
        Path outer = MinimalDocx.write(
                dir.resolve("outer.docx"),
                MinimalDocx.paragraph("BÁO CÁO", null) + MinimalDocx.paragraph("Nội dung của chính báo cáo.", null),
                inner);
        Extraction x = new ReportExtractor(RuleSet.defaults()).extract(outer);
        String text = x.document().paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertTrue(!text.contains("99/KH-UBND"), text);
        assertTrue(x.references().isEmpty(), x.references().toString());
    }

    @Test
    void draftMarkInTheRunningHeaderIsSeen(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("header-du-thao.docx");
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var o = java.nio.file.Files.newOutputStream(f)) {
            d.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Dự thảo lần 2");
            d.createParagraph().createRun().setText("BÁO CÁO");
            d.createParagraph().createRun().setText("Cải cách hành chính quý I năm 2025");
            d.createParagraph().createRun().setText("Nội dung chính của báo cáo.");
            d.write(o);
        }
        assertTrue(new ReportExtractor(RuleSet.defaults()).extract(f).metadata().draft());
    }
}
