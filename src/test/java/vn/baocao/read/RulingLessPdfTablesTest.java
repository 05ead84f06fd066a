package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * Statistics tables typed without ruling lines — an entity × measure table running onto a second page with
 * its header repeated there and a row cut by the page break, and a Biểu mẫu of indicator rows with a unit
 * column — read the same from the DOCX and from the PDF LibreOffice prints from it: one table each, every
 * value a figure with the row's entity or indicator and the column's measure as subject, the unit from the
 * header or the unit column, the kind from the unit.
 */
class RulingLessPdfTablesTest {

    @TempDir
    static Path dir;

    static Path docx;
    static Path pdf;

    @BeforeAll
    static void renditions() throws Exception {
        docx = TableRenditions.docx(dir.resolve("bang-chi-so.docx"));
        boolean soffice = System.getenv("PATH") != null
                && java.util.Arrays.stream(System.getenv("PATH").split(":"))
                        .anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
        pdf = soffice ? TableRenditions.pdf(docx, dir) : null;
    }

    /** kind | unit | subject | value text, for every value of both tables, in document order. */
    static List<String> expected() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < TableRenditions.ENTITIES; i++) {
            String e = TableRenditions.entity(i);
            out.add("percent|%|" + e + " – Tỷ lệ (%)|" + TableRenditions.rate(i));
            out.add("other|điểm|" + e + " – Điểm|" + TableRenditions.score(i));
            out.add("other|thứ hạng|" + e + " – Thứ hạng|" + TableRenditions.rank(i));
        }
        for (String[] row : List.of(TableRenditions.INDICATORS).subList(1, TableRenditions.INDICATORS.length)) {
            String kind = row[2].equals("%") ? "percent" : row[2].startsWith("Triệu") ? "money" : "count";
            for (int c = 3; c < row.length; c++) {
                out.add(kind + "|" + row[2] + "|" + row[1] + "|" + row[c]);
            }
        }
        return out;
    }

    static List<String> tableFigures(Extraction x) {
        return x.figures().stream()
                .filter(f -> f.section().startsWith("I"))
                .map(f -> f.kind().json() + "|" + f.unit() + "|" + f.subject() + "|" + f.text())
                .toList();
    }

    static List<Table> tables(Extraction x) {
        return x.tree().sections().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
    }

    @Test
    void theDocxTablesGiveEveryValueItsRowColumnUnitAndKind() throws Exception {
        Extraction x = new ReportExtractor(RuleSet.defaults()).extract(docx);
        assertEquals(expected(), tableFigures(x));
    }

    @Test
    void thePdfWithoutRulingLinesGivesTheSameTablesAndFigures() throws Exception {
        assumeTrue(pdf != null, "LibreOffice (soffice) không có: bỏ qua (cài bằng scripts/setup-debian.sh)");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() >= 2, "the measure table runs onto a second page");
        }
        Extraction x = new ReportExtractor(RuleSet.defaults()).extract(pdf);
        List<Table> tables = tables(x);
        assertEquals(2, tables.size(), "one table each, the page break joined: " + tables.size());
        Table measures = tables.get(0);
        assertEquals(TableRenditions.ENTITIES + 1, measures.rows().size(), "the header once, every entity one row");
        assertEquals(
                List.of("STT", "Cơ quan, đơn vị", "Tỷ lệ (%)", "Điểm", "Thứ hạng"),
                measures.rows().get(0).stream().map(Cell::text).toList());
        for (int i = 0; i < TableRenditions.ENTITIES; i++) {
            assertEquals(
                    TableRenditions.entity(i), measures.rows().get(i + 1).get(1).text(), "row " + (i + 1) + " whole");
        }
        assertEquals(TableRenditions.INDICATORS.length, tables.get(1).rows().size());
        assertEquals(expected(), tableFigures(x));
    }
}
