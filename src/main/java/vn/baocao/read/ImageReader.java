package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import vn.baocao.rules.LayoutCues;

/**
 * Reads a scanned report given as an image (PNG, JPEG, TIFF with one or more pages) by OCR with Tesseract,
 * page by page; the recognized paragraphs are laid out as those of a scanned PDF page are.
 */
final class ImageReader implements BlockReader {

    /** PNG, JPEG, TIFF. */
    static final Formats FORMATS =
            new Formats(Set.of("image/png", "image/jpeg", "image/tiff"), Set.of("png", "jpg", "jpeg", "tif", "tiff"));

    private final Consumer<String> progress;
    private final PdfParagraphs paragraphs;

    /**
     * @param progress receives one line per recognized page
     * @param cues     the layout cues by which the recognized lines are laid out
     */
    ImageReader(Consumer<String> progress, LayoutCues cues) {
        this.progress = progress;
        this.paragraphs = new PdfParagraphs(cues);
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    /** "png", "jpeg" or "tiff". */
    @Override
    public String format(String type, String fileName) {
        return type.substring("image/".length());
    }

    /** Recognizes every page of the image; an image holds no legacy-encoded text, so none is converted. */
    @Override
    public ReportDocument read(Path file, String type) throws ReadException, InterruptedException {
        String name = file.getFileName().toString();
        if (!Tesseract.available()) {
            throw new ReadException(file, ReadException.Reason.OCR_MISSING);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ReadException(file, ReadException.Reason.CORRUPT);
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                List<Integer> indexes =
                        java.util.stream.IntStream.range(0, count).boxed().toList();
                List<List<Tesseract.OcrParagraph>> pages =
                        Tesseract.recognize(indexes, reader::read, name, count, progress);
                List<PdfReader.Line> lines = new ArrayList<>();
                for (int k = 0; k < pages.size(); k++) {
                    int page = k + 1;
                    pages.get(k).forEach(p -> lines.add(PdfReader.Line.recognized(page, p.text())));
                }
                if (lines.stream().allMatch(l -> l.text().isBlank())) {
                    throw new ReadException(file, ReadException.Reason.OCR_NOTHING);
                }
                return paragraphs.build(name, format(type, name), lines, Map.of(), new ArrayList<>());
            } finally {
                reader.dispose();
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
    }
}
