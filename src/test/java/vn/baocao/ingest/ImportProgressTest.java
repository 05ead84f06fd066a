package vn.baocao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void onATerminalABarWithCountsAndTimeLeftIsRedrawnInPlace() {
        StringWriter w = new StringWriter();
        ImportProgress p = new ImportProgress(new PrintWriter(w, true), true);
        p.started(4);
        p.advanced("a.docx", Importer.Outcome.IMPORTED, new Importer.Counts(1, 0, 0, 0));
        p.advanced("b.pdf", Importer.Outcome.FAILED, new Importer.Counts(1, 0, 0, 1));
        p.finished();
        String out = w.toString();
        assertEquals(2, out.chars().filter(c -> c == '\r').count(), "redrawn, not scrolled");
        assertTrue(out.contains("[###############...............] 2/4"), out);
        assertTrue(out.contains("mới 1, không đổi 0, lỗi 1"), out);
        assertTrue(out.matches("(?s).*còn khoảng \\d+:\\d\\d.*"), out);
    }

    @Test
    void otherwisePlainLinesOnePerFile() {
        StringWriter w = new StringWriter();
        ImportProgress p = new ImportProgress(new PrintWriter(w, true), false);
        p.started(2);
        p.advanced("a.docx", Importer.Outcome.IMPORTED, new Importer.Counts(1, 0, 0, 0));
        p.advanced("b.txt", Importer.Outcome.UNCHANGED, new Importer.Counts(1, 0, 1, 0));
        p.finished();
        assertEquals(
                "Bắt đầu nhập 2 tệp.\n[1/2] đã nhập: a.docx\n[2/2] không đổi: b.txt\n",
                w.toString().replace(System.lineSeparator(), "\n"));
    }
}
