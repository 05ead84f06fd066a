package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.Period;

/**
 * The draft DOCX converts to PDF with LibreOffice headless, and its first page, rendered with pdftoppm, shows the
 * official header: issuing body on the left, Quốc hiệu and Tiêu ngữ on the right, then BÁO CÁO and the subject.
 * The PNG is kept in {@code target/draft-render/} to be looked at. Skipped only when LibreOffice or pdftoppm is
 * missing ({@code scripts/setup-debian.sh} installs them).
 */
class DraftRenderTest {

    private static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(Path workDir, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), cmd + ": " + Files.readString(workDir.resolve("log.txt")));
    }

    /** A line of the first page's text with where it starts. */
    record Line(String text, float x, float y) {}

    @Test
    void firstPageShowsTheOfficialHeader() throws Exception {
        assumeTrue(
                has("soffice"),
                "LibreOffice (soffice) không có: bỏ qua kiểm thử chuyển PDF (cài bằng scripts/setup-debian.sh)");
        assumeTrue(
                has("pdftoppm"),
                "pdftoppm (poppler-utils) không có: bỏ qua kiểm thử (cài bằng scripts/setup-debian.sh)");
        Path work = Files.createDirectories(ProjectFiles.path("target", "draft-render"));
        Path docx = work.resolve("du-thao-hoa-thuan-q2-2025.docx");
        ReportDraft d = new DraftBuilder(vn.baocao.rules.RuleSet.defaults())
                .build(CorpusDrafts.extract(CorpusDrafts.HOA_THUAN_Q1_2025), null, Period.quarter(2, 2025));
        new DocxDraftWriter(null).write(d, docx);
        Path profile = Files.createTempDirectory("baocao-lo-profile");
        try {
            exec(
                    work,
                    List.of(
                            "soffice",
                            "-env:UserInstallation=" + profile.toUri(),
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            work.toString(),
                            docx.toString()));
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        Path pdf = work.resolve("du-thao-hoa-thuan-q2-2025.pdf");
        assertTrue(Files.size(pdf) > 1000);

        exec(
                work,
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        pdf.toString(),
                        work.resolve("trang").toString()));
        Path png;
        try (var s = Files.list(work)) {
            png = s.filter(f -> f.getFileName().toString().startsWith("trang")
                            && f.toString().endsWith(".png"))
                    .findFirst()
                    .orElseThrow();
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(210.0 / 297.0, img.getWidth() / (double) img.getHeight(), 0.01, "an A4 page");
        // Ink in the header band on both sides: issuing body left, Quốc hiệu right.
        int band = img.getHeight() / 8;
        assertTrue(ink(img, 0, img.getWidth() / 2, 0, band) > 100, "left header block drawn");
        assertTrue(ink(img, img.getWidth() / 2, img.getWidth(), 0, band) > 100, "right header block drawn");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(595.3, box.getWidth(), 1.5, "A4 width in points");
            assertEquals(841.9, box.getHeight(), 1.5, "A4 height in points");
            List<Line> lines = firstPageLines(doc);
            float mid = box.getWidth() / 2;
            Line issuer = find(lines, "PHƯỜNG HÒA THUẬN");
            Line nation = find(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            Line motto = find(lines, "Độc lập - Tự do - Hạnh phúc");
            Line title = find(lines, "BÁO CÁO");
            Line subject = find(lines, "Cải cách hành chính Quý 2 năm 2025");
            assertTrue(issuer.x() < mid && nation.x() > issuer.x() + 100, "two columns: " + issuer + " / " + nation);
            assertTrue(
                    Math.abs(issuer.y() - motto.y()) < 20,
                    "issuing body beside the Tiêu ngữ: " + issuer + " / " + motto);
            assertTrue(nation.y() < title.y() && title.y() < subject.y(), "header, then BÁO CÁO, then the subject");
            Line note = find(lines, "Kế hoạch số 75/KH-UBND ngày 24/01/2025");
            assertTrue(note.y() > box.getHeight() * 0.8, "footnote ¹ at the bottom of page 1: " + note);
            assertTrue(find(lines, "Số:").x() < mid);
            assertTrue(find(lines, "Hòa Thuận, ngày").x() > mid - 50);
        }
    }

    private static int ink(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Line find(List<Line> lines, String text) {
        return lines.stream()
                .filter(l -> l.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on the first page: " + text + " in " + lines));
    }

    private static List<Line> firstPageLines(PDDocument doc) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty()) {
                    out.add(new Line(
                            text,
                            positions.get(0).getXDirAdj(),
                            positions.get(0).getYDirAdj()));
                }
            }
        };
        s.setStartPage(1);
        s.setEndPage(1);
        s.setSortByPosition(true);
        s.getText(doc);
        return out;
    }
}
