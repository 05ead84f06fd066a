package vn.baocao.read;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the "scanned" rendition of a corpus PDF: every page (or the chosen ones) replaced by a 300 dpi
 * grey JPEG of itself, with no text layer, as a flatbed scanner would produce.
 */
public final class ScannedRendition {

    private ScannedRendition() {}

    /** Writes {@code out}: the pages of {@code pdf} for which {@code scan} is true become images. */
    public static void write(Path pdf, Path out, java.util.function.IntPredicate scan) throws Exception {
        try (PDDocument src = Loader.loadPDF(pdf.toFile());
                PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDPage original = src.getPage(i);
                if (!scan.test(i)) {
                    dst.importPage(original);
                    continue;
                }
                PDPage page = new PDPage(original.getMediaBox());
                dst.addPage(page);
                BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                PDImageXObject x = JPEGFactory.createFromImage(dst, image, 0.8f);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(
                            x,
                            0,
                            0,
                            page.getMediaBox().getWidth(),
                            page.getMediaBox().getHeight());
                }
            }
            dst.save(out.toFile());
        }
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Path.of(args[1]), i -> true);
    }
}
