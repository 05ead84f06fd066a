package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.baocao.rules.LayoutCues;

/**
 * Reads a PDF with a text layer through PDFBox, keeping what plain text extraction loses: the position,
 * size and weight of every word. From them it rebuilds paragraphs (vertical gaps, first-line indents, list
 * markers, a line that ends short only when the next word would have fitted), bold hints, superscript
 * footnote markers, footnote bodies (smaller type at the page bottom, continued over pages), page numbers
 * (furniture), tables (ruled grids, words kept whole in their cells, merged cells), the two-column header
 * and signature block of Nghị định 30/2020 (as one-row tables, like a DOCX gives them) and charts (kept
 * out of the body).
 *
 * <p>Text typed into the blanks of a signed PDF (the number after "Số:", the day of the date) is drawn by
 * the signing software as form-field appearances over the page; it is read with the page, in place.
 */
final class PdfReader implements BlockReader {

    /** PDF. */
    static final Formats FORMATS = new Formats(Set.of("application/pdf"), Set.of("pdf"));

    /**
     * A word: glyphs without a space or gap between them.
     *
     * @param boldChars how many leading characters are set in a bold font
     */
    record Word(String text, float x0, float x1, float base, float size, int letters, int boldLetters, int boldChars) {

        float center() {
            return (x0 + x1) / 2;
        }
    }

    /** One text line of a page. */
    record Line(
            int page,
            String text,
            float x0,
            float x1,
            float top,
            float bottom,
            float size,
            boolean bold,
            int boldPrefix,
            List<Word> words,
            Table table,
            boolean recognized) {

        /** A paragraph recognized by OCR on a scanned page: it stands as a paragraph of its own. */
        static Line recognized(int page, String text) {
            return new Line(page, text, 0, 0, 0, 0, 0, false, 0, List.of(), null, true);
        }

        static Line table(int page, Table table, float top, float bottom) {
            return new Line(page, "", 0, 0, top, bottom, 0, false, 0, List.of(), table, false);
        }

        /** The line made of {@code words} (in any order). */
        static Line of(int page, List<Word> words) {
            List<Word> ws = new ArrayList<>(words);
            ws.sort((a, b) -> Float.compare(a.x0(), b.x0()));
            StringBuilder sb = new StringBuilder();
            int letters = 0;
            int boldLetters = 0;
            int boldPrefix = 0;
            boolean prefixOpen = true;
            for (Word w : ws) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                    if (prefixOpen) {
                        boldPrefix++;
                    }
                }
                sb.append(w.text());
                letters += w.letters();
                boldLetters += w.boldLetters();
                if (prefixOpen) {
                    boldPrefix += w.boldChars();
                    prefixOpen = w.boldChars() >= w.text().length();
                }
            }
            String text = sb.toString();
            float size = medianSize(ws);
            float base = PdfLineCollector.baseline(ws, size, Word::size, Word::base);
            boolean bold = letters > 0 && boldLetters == letters;
            return new Line(
                    page,
                    text,
                    ws.getFirst().x0(),
                    ws.getLast().x1(),
                    base - size,
                    base,
                    size,
                    bold,
                    bold ? text.length() : Math.min(boldPrefix, text.length()),
                    List.copyOf(ws),
                    null,
                    false);
        }

        private static float medianSize(List<Word> ws) {
            List<float[]> sizes = new ArrayList<>();
            int total = 0;
            for (Word w : ws) {
                sizes.add(new float[] {w.size(), w.text().length()});
                total += w.text().length();
            }
            sizes.sort((a, b) -> Float.compare(a[0], b[0]));
            int seen = 0;
            for (float[] s : sizes) {
                seen += (int) s[1];
                if (seen * 2 >= total) {
                    return s[0];
                }
            }
            return sizes.getLast()[0];
        }
    }

    /** The size of a page and the short rules standing alone on it (footnote separators). */
    record PageInfo(float width, float height, List<PdfRulings.Rule> loneRules) {}

    /** Resolution at which scanned pages are rendered for OCR. */
    private static final int OCR_DPI = 300;

    private final ReadLimits limits;
    private final Consumer<String> progress;
    private final PdfParagraphs paragraphs;

    /**
     * A reader within {@code limits} that tells {@code progress} of each page it recognizes and of skipped scans;
     * the header, the signature block and the labels are found by the rules' layout cues.
     */
    PdfReader(ReadLimits limits, Consumer<String> progress, LayoutCues cues) {
        this.limits = limits;
        this.progress = progress;
        this.paragraphs = new PdfParagraphs(cues);
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    /** {@link #read(Path)}, then text typed in a legacy encoding turned into Unicode. */
    @Override
    public ReportDocument read(Path file, String type) throws ReadException, InterruptedException {
        return LegacyText.toUnicode(read(file), null);
    }

    /**
     * Reads a PDF. Pages without a text layer that hold an image (scans), and scans whose only text is a
     * stamp, are recognized by OCR, page by page, when Tesseract is installed; {@code progress} gets one
     * line per recognized page.
     */
    ReportDocument read(Path file) throws ReadException, InterruptedException {
        String name = file.getFileName().toString();
        List<Line> lines;
        List<String> furniture = new ArrayList<>();
        Map<Integer, PageInfo> pages;
        try (PDDocument pdf = Loader.loadPDF(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()),
                "",
                null,
                null,
                limits.pdfCache())) {
            PdfLineCollector c = new PdfLineCollector();
            c.setSortByPosition(true);
            c.getText(pdf);
            lines = c.lines;
            pages = c.pages;
            furniture.addAll(c.furniture);
            if (!c.scanned.isEmpty()) {
                if (!Tesseract.available()) {
                    if (lines.isEmpty()) {
                        throw new ReadException(file, ReadException.Reason.OCR_MISSING);
                    }
                    progress.accept("Cảnh báo: «" + name + "» có " + c.scanned.size() + " trang scan bị bỏ qua vì "
                            + "chưa có Tesseract; " + Tesseract.INSTALL_HINT);
                } else {
                    lines = withRecognizedPages(pdf, c.scanned, lines, furniture, name, progress);
                    if (lines.stream().allMatch(l -> l.text().isBlank() && l.table() == null)) {
                        throw new ReadException(file, ReadException.Reason.OCR_NOTHING);
                    }
                }
            }
        } catch (InvalidPasswordException e) {
            throw new ReadException(file, ReadException.Reason.ENCRYPTED, e);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
        return paragraphs.build(name, "pdf", lines, pages, furniture);
    }

    /**
     * Recognizes the scanned pages and puts their paragraphs in page order among the text lines. The few
     * words a scanned page's text layer held (a stamp over the scan) go to the furniture.
     */
    private static List<Line> withRecognizedPages(
            PDDocument pdf,
            List<Integer> scanned,
            List<Line> lines,
            List<String> furniture,
            String name,
            Consumer<String> progress)
            throws IOException, InterruptedException {
        PDFRenderer renderer = new ImagesOnly(pdf);
        List<Integer> indexes = scanned.stream().map(p -> p - 1).toList();
        List<List<Tesseract.OcrParagraph>> pages = Tesseract.recognize(
                indexes,
                i -> renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY),
                name,
                pdf.getNumberOfPages(),
                progress);
        Set<Integer> scans = new HashSet<>(scanned);
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (scans.contains(l.page())) {
                if (!l.text().isBlank()) {
                    furniture.add(l.text());
                }
            } else {
                out.add(l);
            }
        }
        for (int k = 0; k < scanned.size(); k++) {
            int page = scanned.get(k);
            int at = 0;
            while (at < out.size() && out.get(at).page() < page) {
                at++;
            }
            List<Line> recognized = pages.get(k).stream()
                    .map(p -> Line.recognized(page, p.text()))
                    .toList();
            out.addAll(at, recognized);
        }
        return out;
    }

    /**
     * Renders pages without their text layer: a scanned page's text is only what was printed over the scan
     * (a copy stamp, a signing stamp), which OCR must not read into the body.
     */
    private static final class ImagesOnly extends PDFRenderer {

        ImagesOnly(PDDocument pdf) {
            super(pdf);
        }

        @Override
        protected org.apache.pdfbox.rendering.PageDrawer createPageDrawer(
                org.apache.pdfbox.rendering.PageDrawerParameters parameters) throws IOException {
            return new org.apache.pdfbox.rendering.PageDrawer(parameters) {
                @Override
                protected void showText(byte[] string) {}
            };
        }
    }
}
