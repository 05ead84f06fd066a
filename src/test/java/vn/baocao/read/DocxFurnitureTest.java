package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.rules.RuleSet;

class DocxFurnitureTest {

    @Test
    void runningHeaderAndFooterAreFurnitureNotBody(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bao-cao.docx");
        try (XWPFDocument d = new XWPFDocument();
                OutputStream o = Files.newOutputStream(f)) {
            d.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("UBND phường Hòa Thuận");
            d.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Trang 1");
            var title = d.createParagraph().createRun();
            title.setBold(true);
            title.setText("BÁO CÁO");
            d.createParagraph().createRun().setText("Nội dung chính của báo cáo.");
            d.write(o);
        }
        ReportDocument doc = new ReportReader(RuleSet.defaults()).read(f);
        assertEquals(2, doc.body().size(), doc.body().toString());
        assertEquals("BÁO CÁO", doc.body().getFirst().text());
        assertTrue(((Paragraph) doc.body().getFirst()).style().bold());
        assertTrue(
                doc.furniture().contains("UBND phường Hòa Thuận"),
                doc.furniture().toString());
        assertTrue(doc.furniture().contains("Trang 1"), doc.furniture().toString());
    }

    @Test
    void aHeaderWithTabsAndBreaksIsStillRecognised(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tab.docx");
        try (XWPFDocument d = new XWPFDocument();
                OutputStream o = Files.newOutputStream(f)) {
            var r = d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
            r.setText("UBND phường Hòa Thuận");
            r.addTab();
            r.setText("Dự thảo");
            r.addCarriageReturn();
            r.setText("lần 2");
            d.createParagraph().createRun().setText("Nội dung chính của báo cáo.");
            d.write(o);
        }
        ReportDocument doc = new ReportReader(RuleSet.defaults()).read(f);
        assertEquals(1, doc.body().size(), doc.body().toString());
        assertEquals("Nội dung chính của báo cáo.", doc.body().getFirst().text());
        assertEquals(1, doc.furniture().size(), doc.furniture().toString());
    }

    @Test
    void footnotesOfTheDocxRenditionAreKeptApart() throws Exception {
        ReportDocument doc =
                new ReportReader(RuleSet.defaults()).read(ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx"));
        assertEquals(5, doc.footnotes().size());
        assertTrue(
                doc.footnotes().getFirst().text().startsWith("Kế hoạch số 75/KH-UBND"),
                doc.footnotes().getFirst().text());
        assertTrue(doc.paragraphs().stream().noneMatch(p -> p.text().contains("Kế hoạch số 75/KH-UBND")));
    }
}
