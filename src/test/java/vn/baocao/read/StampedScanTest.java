package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.rules.RuleSet;

/**
 * A scan whose text layer is only the stamp a copying office printed over it ("SAO Y", the office, the
 * date) is still a scan: its page image is recognized by OCR, even at a low resolution, and the stamp's
 * words are kept out of the body.
 */
class StampedScanTest {

    /** A corpus rendition, from the project folder (surefire may run tests in a working folder of their own). */
    static final Path PDF = Path.of(System.getProperty("baocao.home", "."), "corpus/pdf/000_442b549b8d9bf7bd.pdf");

    @TempDir
    Path dir;

    @Test
    void lowResolutionStampedScanIsRecognized() throws Exception {
        Assumptions.assumeTrue(Tesseract.available(), "Tesseract with the Vietnamese model is not installed");
        Path scan = dir.resolve("stamped.pdf");
        try (PDDocument src = Loader.loadPDF(PDF.toFile());
                CraftedPdf out = new CraftedPdf()) {
            BufferedImage image = new PDFRenderer(src).renderImageWithDPI(0, 100, ImageType.GRAY);
            PDImageXObject x = JPEGFactory.createFromImage(out.doc, image, 0.85f);
            PDPage page = out.page();
            PDPageContentStream cs = out.content();
            cs.drawImage(
                    x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            // the stamp of an electronic copy, in the top right corner
            out.text(out.bold, 8, 430, 30, "SAO Y");
            out.text(out.regular, 7, 430, 39, "CÔNG AN TỈNH AN PHÚ");
            out.text(out.regular, 7, 430, 48, "06/01/2026 09:12:40");
            out.save(scan);
        }
        List<String> progress = new java.util.ArrayList<>();
        ReportDocument read = new PdfReader(
                        ReadLimits.DEFAULTS, progress::add, RuleSet.defaults().layoutCues())
                .read(scan);
        assertEquals(1, progress.size(), "the page is recognized: " + progress);
        String body = read.body().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertFalse(body.contains("SAO Y") || body.contains("CÔNG AN TỈNH AN PHÚ"), body);
        assertTrue(
                read.furniture().stream().anyMatch(f -> f.contains("SAO Y")),
                read.furniture().toString());

        // most words of the page's own text come back from the image
        ReportDocument original;
        Path first = dir.resolve("page1.pdf");
        try (PDDocument src = Loader.loadPDF(PDF.toFile());
                PDDocument one = new PDDocument()) {
            one.importPage(src.getPage(0));
            one.save(first.toFile());
        }
        original =
                new PdfReader(ReadLimits.DEFAULTS, s -> {}, RuleSet.defaults().layoutCues()).read(first);
        Set<String> expected = words(original.body().stream().map(Block::text).collect(Collectors.joining(" ")));
        Set<String> got = words(body);
        long found = expected.stream().filter(got::contains).count();
        assertTrue(found >= expected.size() * 0.7, found + " of " + expected.size() + " words recognized:\n" + body);
    }

    @Test
    void lowResolutionImagesAreEnlargedForOcr() {
        BufferedImage page = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY); // A4 at 100 dpi
        BufferedImage up = Tesseract.upscaled(page);
        assertEquals(2480, up.getWidth());
        BufferedImage good = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        assertTrue(Tesseract.upscaled(good) == good, "a 300 dpi page is left as it is");
    }

    private static Set<String> words(String text) {
        return Arrays.stream(vn.baocao.normalize.VietnameseText.matchKey(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
