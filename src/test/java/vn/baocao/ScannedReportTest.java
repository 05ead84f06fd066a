package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExtractionJson;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReadLimits;
import vn.baocao.read.ReportReader;
import vn.baocao.read.ScannedRendition;
import vn.baocao.rules.RuleSet;

/**
 * Scanned reports: the corpus PDF of report 000 turned into page images without a text layer (as a
 * scanner makes them) is read by OCR with Tesseract's Vietnamese model and scored against the gold.
 */
class ScannedReportTest {

    static final Path PDF = ProjectFiles.path("corpus/pdf/000_442b549b8d9bf7bd.pdf");
    static final Path GOLD = ProjectFiles.path("corpus/gold/000_442b549b8d9bf7bd.json");

    @TempDir
    Path dir;

    final List<String> progress = new CopyOnWriteArrayList<>();

    Extraction extract(Path file) throws ReadException {
        return new ReportExtractor(
                        RuleSet.defaults(), new ReportReader(RuleSet.defaults(), ReadLimits.DEFAULTS, progress::add))
                .extract(file);
    }

    GoldScore score(Extraction x) throws Exception {
        GoldScore s = new GoldScore();
        s.add(x.document().source(), new ObjectMapper().readTree(GOLD.toFile()), ExtractionJson.toJson(x));
        return s;
    }

    @Test
    void imageOnlyPdfExtractsLikeTheText() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        ScannedRendition.write(PDF, scan, page -> true);
        Extraction x = extract(scan);
        GoldScore s = score(x);
        assertTrue(s.f1("sections") >= 0.90, "sections F1 " + s.f1("sections") + "\n" + s.details());
        assertTrue(s.f1("references") >= 0.85, "references F1 " + s.f1("references") + "\n" + s.details());
        assertTrue(s.metadataAccuracy() >= 0.8, "metadata " + s.metadataAccuracy() + "\n" + s.details());
        int pages;
        try (PDDocument d = Loader.loadPDF(PDF.toFile())) {
            pages = d.getNumberOfPages();
        }
        assertEquals(pages, progress.size(), "one progress line per page: " + progress);
        assertTrue(
                progress.getFirst().contains("scan.pdf") && progress.getFirst().contains("/" + pages),
                progress.getFirst());
    }

    /** Pages 2 and 3 scanned, the others with their text layer: both kinds end up in one document. */
    @Test
    void mixedPdfIsReadPageByPage() throws Exception {
        Path mixed = dir.resolve("mixed.pdf");
        ScannedRendition.write(PDF, mixed, page -> page == 1 || page == 2);
        Extraction x = extract(mixed);
        assertEquals(2, progress.size(), "only the scanned pages are recognized: " + progress);
        GoldScore s = score(x);
        assertTrue(s.f1("sections") >= 0.95, "sections F1 " + s.f1("sections") + "\n" + s.details());
        assertTrue(s.f1("references") >= 0.90, "references F1 " + s.f1("references") + "\n" + s.details());
    }

    @Test
    void pngImageIsRecognized() throws Exception {
        Path png = dir.resolve("trang-1.png");
        try (PDDocument d = Loader.loadPDF(PDF.toFile())) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(0, 300, ImageType.GRAY);
            ImageIO.write(image, "png", png.toFile());
        }
        Extraction x = extract(png);
        assertEquals("png", x.document().format());
        assertEquals("2025-03-15", x.metadata().date(), "date line read from the image");
        assertTrue(
                x.tree().sections().stream()
                        .anyMatch(sec -> sec.title().equals("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")),
                "first part heading: " + x.tree().sections());
    }

    @Test
    void blankScanSaysNothingWasRecognized() throws Exception {
        Path blank = dir.resolve("trang-trang.png");
        BufferedImage white = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, white.getWidth(), white.getHeight());
        g.dispose();
        ImageIO.write(white, "png", blank.toFile());
        ReadException e = assertThrows(ReadException.class, () -> extract(blank));
        assertEquals(ReadException.Reason.OCR_NOTHING, e.reason(), e.getMessage());
    }

    @Test
    void missingTesseractIsExplainedAndTheFileReported() throws Exception {
        Path scan = dir.resolve("scan-1-trang.pdf");
        try (PDDocument d = Loader.loadPDF(PDF.toFile())) {
            while (d.getNumberOfPages() > 1) {
                d.removePage(1);
            }
            d.save(dir.resolve("one.pdf").toFile());
        }
        ScannedRendition.write(dir.resolve("one.pdf"), scan, page -> true);
        Path mixed = dir.resolve("mixed.pdf");
        ScannedRendition.write(PDF, mixed, page -> page == 1);
        String old = System.getProperty("baocao.tesseract");
        System.setProperty("baocao.tesseract", dir.resolve("khong-co-tesseract").toString());
        try {
            ReadException e = assertThrows(ReadException.class, () -> extract(scan));
            assertEquals(ReadException.Reason.OCR_MISSING, e.reason());
            assertTrue(
                    e.getMessage().contains("scan-1-trang.pdf")
                            && e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-vie"),
                    e.getMessage());
            // a mixed PDF keeps its text pages and says which were skipped
            Extraction x = extract(mixed);
            assertTrue(
                    x.tree().sections().size() > 20,
                    "text pages read: " + x.tree().sections().size());
            assertEquals(1, progress.size(), progress.toString());
            assertTrue(
                    progress.getFirst().contains("1 trang scan bị bỏ qua")
                            && progress.getFirst().contains("tesseract-ocr-vie"),
                    progress.getFirst());
        } finally {
            if (old == null) {
                System.clearProperty("baocao.tesseract");
            } else {
                System.setProperty("baocao.tesseract", old);
            }
        }
        assertTrue(Files.exists(scan));
    }
}
