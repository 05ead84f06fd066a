package vn.baocao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.baocao.read.Alignment;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportDocument;
import vn.baocao.read.ReportReader;
import vn.baocao.read.Table;
import vn.baocao.rules.RuleSet;

/** A Word rendition of a synthetic TXT report: read into the block model, written back with POI. */
final class DocxRendition {

    private final ReportReader reader;

    DocxRendition(RuleSet rules) {
        this.reader = new ReportReader(rules);
    }

    void write(Path txt, Path docx) throws IOException {
        ReportDocument doc;
        try {
            doc = reader.read(txt);
        } catch (ReadException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (XWPFDocument d = new XWPFDocument();
                OutputStream out = Files.newOutputStream(docx)) {
            for (Block b : doc.body()) {
                if (b instanceof Paragraph p) {
                    paragraph(d.createParagraph(), p);
                } else if (b instanceof Table t) {
                    table(d, t);
                }
            }
            for (Footnote f : doc.footnotes()) {
                XWPFRun r = d.createParagraph().createRun();
                r.setFontSize(10);
                r.setText(f.marker() + " " + f.text());
            }
            d.write(out);
        }
    }

    private static void paragraph(XWPFParagraph para, Paragraph p) {
        if (p.style().isHeading()) {
            para.setStyle("Heading" + p.style().headingLevel());
        }
        if (p.style().alignment() == Alignment.CENTER) {
            para.setAlignment(ParagraphAlignment.CENTER);
        }
        String[] lines = p.text().split("\n");
        int boldPrefix = p.style().boldPrefix();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && boldPrefix > 0 && boldPrefix < line.length()) {
                run(para, line.substring(0, boldPrefix), true, p.style().italic());
                run(
                        para,
                        line.substring(boldPrefix),
                        p.style().bold(),
                        p.style().italic());
            } else {
                run(para, line, p.style().bold(), p.style().italic());
            }
            if (i < lines.length - 1) {
                para.createRun().addBreak();
            }
        }
    }

    private static void run(XWPFParagraph para, String text, boolean bold, boolean italic) {
        XWPFRun r = para.createRun();
        r.setFontFamily("Times New Roman");
        r.setFontSize(13);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }

    private static void table(XWPFDocument d, Table t) {
        int cols = Math.max(1, t.columnCount());
        XWPFTable table = d.createTable(t.rows().size(), cols);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph para = table.getRow(r).getCell(c).getParagraphs().get(0);
                if (c < row.size()) {
                    run(
                            para,
                            row.get(c).text().replace('\n', ' '),
                            row.get(c).bold(),
                            row.get(c).italic());
                }
            }
        }
    }
}
