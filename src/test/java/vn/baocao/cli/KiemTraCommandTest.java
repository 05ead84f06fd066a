package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.check.FindingComments;

/** {@code baocao kiemtra} (alias {@code verify-figures}) on a file, on an imported report, into a DOCX; and drafts. */
class KiemTraCommandTest {

    static final String HOA_THUAN = "corpus/docx/000_442b549b8d9bf7bd.docx";

    @TempDir
    Path dir;

    static List<String> checkComments(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getDocComments() == null
                    ? List.of()
                    : doc.getDocComments().getComments().stream()
                            .filter(c -> FindingComments.AUTHOR.equals(c.getAuthor()))
                            .map(XWPFComment::getText)
                            .toList();
        }
    }

    @Test
    void aFileAsTextAndAsJson() throws Exception {
        String file = ProjectFiles.path(HOA_THUAN).toString();
        CliRun text = CliRun.of("kiemtra", file, "--data", dir.resolve("data").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("6 phát hiện"), text.out());
        assertTrue(text.out().contains("5.090/5.370 hồ sơ là 94,79% nhưng tỷ lệ ghi 15,5%"), text.out());
        CliRun json = CliRun.of(
                "verify-figures", file, "--json", "--data", dir.resolve("data").toString());
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertTrue(root.get("previous").isNull());
        JsonNode first = root.get("findings").get(0);
        assertEquals("parts_total", first.get("kind").asText());
        assertEquals("24", first.get("expected").asText());
        assertEquals("II.6.b", first.get("places").get(0).get("section").asText());
        assertTrue(first.get("places").get(0).get("start").isInt());
    }

    @Test
    void anImportedReportByItsIdAndIntoADocx() throws Exception {
        String data = dir.resolve("data").toString();
        assertEquals(
                0,
                CliRun.of("import", ProjectFiles.path(HOA_THUAN).toString(), "--data", data)
                        .code());
        CliRun run = CliRun.of("kiemtra", "1", "--data", data);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("báo cáo mã 1") && run.out().contains("6 phát hiện"), run.out());
        assertEquals(2, CliRun.of("kiemtra", "99", "--data", data).code());
        Path annotated = dir.resolve("da-kiem-tra.docx");
        CliRun a = CliRun.of(
                "kiemtra", ProjectFiles.path(HOA_THUAN).toString(), "--annotate", annotated.toString(), "--data", data);
        assertEquals(0, a.code(), a.err());
        List<String> comments = checkComments(annotated);
        assertEquals(6, comments.size(), comments.toString());
        assertTrue(
                comments.stream().anyMatch(c -> c.contains("Thành phần ↔ tổng") && c.contains("23 máy vi tính")),
                comments.toString());
    }

    @Test
    void aDraftCarriesTheChecksOfItsBaseAsComments() throws Exception {
        Path out = dir.resolve("du-thao.docx");
        CliRun run = CliRun.of(
                "draft",
                "--base-file",
                ProjectFiles.path(HOA_THUAN).toString(),
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("6 phát hiện"), run.out());
        List<String> comments = checkComments(out);
        assertEquals(6, comments.size(), comments.toString());
        // the filled-in draft is checked the same way
        CliRun again = CliRun.of(
                "kiemtra", out.toString(), "--data", dir.resolve("none").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("phát hiện"), again.out());
    }
}
