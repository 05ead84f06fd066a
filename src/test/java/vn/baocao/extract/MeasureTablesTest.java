package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.rules.RuleSet;

/** A table of entities × measures (made up, in the shape of the provincial index tables), read from a DOCX. */
class MeasureTablesTest {

    @Test
    void valueCellsTakeUnitAndKindFromTheirColumnHeader(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chi-so.docx");
        String[][] rows = {
            {"", "", "Tỉnh A", "", "", "Tỉnh B", "", ""},
            {"STT", "Nội dung", "Điểm số", "Tỷ lệ (%)", "Thứ hạng", "Điểm số", "Tỷ lệ (%)", "Thứ hạng"},
            {"1", "Công tác chỉ đạo, điều hành", "9,49/ 9,5", "99,9%", "12/63", "6,74", "70,5", "58"},
            {"2", "Cải cách thể chế", "8,67/ 10", "86,7%", "55/63", "7,68", "80", "38"},
        };
        try (XWPFDocument d = new XWPFDocument();
                OutputStream o = Files.newOutputStream(f)) {
            d.createParagraph().createRun().setText("BÁO CÁO");
            d.createParagraph().createRun().setText("Tình hình thực hiện các chỉ số năm 2024");
            d.createParagraph().createRun().setText("I. KẾT QUẢ CHỈ SỐ");
            XWPFTable t = d.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    t.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            d.write(o);
        }
        List<Figure> figs = new ReportExtractor(RuleSet.defaults()).extract(f).figures();
        assertEquals(12, figs.size(), figs.toString());
        Figure score = find(figs, "9,49/ 9,5");
        assertEquals(Figure.Kind.RATIO, score.kind());
        assertEquals(9.5, score.total());
        assertEquals("điểm", score.unit());
        assertTrue(
                score.subject().contains("Công tác chỉ đạo") && score.subject().contains("Tỉnh A"), score.subject());
        Figure rank = find(figs, "12/63");
        assertEquals(Figure.Kind.RATIO, rank.kind());
        assertEquals(null, rank.unit(), "a rank among 63 has no unit");
        Figure bareScore = find(figs, "6,74");
        assertEquals(Figure.Kind.OTHER, bareScore.kind());
        assertEquals("điểm", bareScore.unit());
        assertTrue(bareScore.subject().contains("Tỉnh B"), bareScore.subject());
        Figure bareRank = find(figs, "58");
        assertEquals(Figure.Kind.OTHER, bareRank.kind());
        assertEquals("thứ hạng", bareRank.unit());
        Figure percent = find(figs, "70,5");
        assertEquals(Figure.Kind.PERCENT, percent.kind());
        assertEquals("%", percent.unit());
        assertTrue(
                figs.stream().noneMatch(x -> x.text().equals("1") || x.text().equals("2")), "STT codes are no figures");
    }

    private static Figure find(List<Figure> figs, String text) {
        return figs.stream()
                .filter(x -> x.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " in " + figs));
    }
}
