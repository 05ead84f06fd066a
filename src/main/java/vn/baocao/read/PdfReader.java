package vn.baocao.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.baocao.normalize.VietnameseText;

/**
 * Reads a PDF with a text layer through PDFBox, keeping what plain text extraction loses: line
 * positions and font sizes. From them it rebuilds paragraphs (vertical gaps, first-line indents, list
 * markers), bold hints, superscript footnote markers, footnote bodies (smaller type at the page
 * bottom), page numbers (furniture) and tables (lines whose words stand in separate columns).
 */
final class PdfReader {

    /** One text line of a page. */
    private record Line(int page, String text, float x0, float x1, float top, float bottom, float size, boolean bold,
                        List<Segment> segments, Table table, boolean recognized) {

        Line(int page, String text, float x0, float x1, float top, float bottom, float size, boolean bold,
             List<Segment> segments) {
            this(page, text, x0, x1, top, bottom, size, bold, segments, null, false);
        }

        /** A paragraph recognized by OCR on a scanned page: it stands as a paragraph of its own. */
        static Line recognized(int page, String text) {
            return new Line(page, text, 0, 0, 0, 0, 0, false, List.of(), null, true);
        }
    }

    /** A run of words on a line separated from the next by a wide gap (a table column). */
    private record Segment(String text, float x0, float x1) {
    }

    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Resolution at which scanned pages are rendered for OCR. */
    private static final int OCR_DPI = 300;

    private PdfReader() {
    }

    /**
     * Reads a PDF. Pages without a text layer that hold an image (scans) are recognized by OCR, page by
     * page, when Tesseract is installed; {@code progress} gets one line per recognized page.
     */
    static ReportDocument read(Path file, ReadLimits limits, Consumer<String> progress)
            throws ReadException, InterruptedException {
        String name = file.getFileName().toString();
        List<Line> lines;
        try (PDDocument pdf = Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()), "",
                null, null, limits.pdfCache())) {
            LineCollector c = new LineCollector();
            c.setSortByPosition(true);
            c.getText(pdf);
            lines = c.lines;
            if (!c.scanned.isEmpty()) {
                if (!Tesseract.available()) {
                    if (lines.isEmpty()) {
                        throw new ReadException(file, ReadException.Reason.OCR_MISSING);
                    }
                    progress.accept("Cảnh báo: «" + name + "» có " + c.scanned.size() + " trang scan bị bỏ qua vì "
                            + "chưa có Tesseract; " + Tesseract.INSTALL_HINT);
                } else {
                    lines = withRecognizedPages(pdf, c.scanned, lines, name, progress);
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
        return build(name, "pdf", lines);
    }

    /** Recognizes the scanned pages and puts their paragraphs in page order among the text lines. */
    private static List<Line> withRecognizedPages(PDDocument pdf, List<Integer> scanned, List<Line> lines, String name,
                                                  Consumer<String> progress) throws IOException, InterruptedException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<Integer> indexes = scanned.stream().map(p -> p - 1).toList();
        List<List<Tesseract.OcrParagraph>> pages = Tesseract.recognize(indexes,
                i -> renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY), name, pdf.getNumberOfPages(), progress);
        List<Line> out = new ArrayList<>(lines);
        for (int k = 0; k < scanned.size(); k++) {
            int page = scanned.get(k);
            int at = 0;
            while (at < out.size() && out.get(at).page() < page) {
                at++;
            }
            List<Line> recognized = pages.get(k).stream().map(p -> Line.recognized(page, p.text())).toList();
            out.addAll(at, recognized);
        }
        return out;
    }

    /** Reads an image file (PNG, JPEG, TIFF with one or more pages) by OCR. */
    static ReportDocument readImage(Path file, String format, Consumer<String> progress)
            throws ReadException, InterruptedException {
        String name = file.getFileName().toString();
        if (!Tesseract.available()) {
            throw new ReadException(file, ReadException.Reason.OCR_MISSING);
        }
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? null : javax.imageio.ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ReadException(file, ReadException.Reason.CORRUPT);
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                List<Integer> indexes = java.util.stream.IntStream.range(0, count).boxed().toList();
                List<List<Tesseract.OcrParagraph>> pages = Tesseract.recognize(indexes, reader::read, name, count,
                        progress);
                List<Line> lines = new ArrayList<>();
                for (int k = 0; k < pages.size(); k++) {
                    int page = k + 1;
                    pages.get(k).forEach(p -> lines.add(Line.recognized(page, p.text())));
                }
                if (lines.stream().allMatch(l -> l.text().isBlank())) {
                    throw new ReadException(file, ReadException.Reason.OCR_NOTHING);
                }
                return build(name, format, lines);
            } finally {
                reader.dispose();
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
    }

    private static final class LineCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private List<PdfRulings.Grid> grids = List.of();
        private List<StringBuilder[][]> cells = new ArrayList<>();
        private List<float[][][]> lastChar = new ArrayList<>(); // per cell: last x end and y
        private int pageStart;
        /** 1-based numbers of the pages without text that hold an image: scans to recognize. */
        final List<Integer> scanned = new ArrayList<>();

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            super.startPage(page);
            grids = PdfRulings.grids(page);
            cells = new ArrayList<>();
            lastChar = new ArrayList<>();
            for (PdfRulings.Grid g : grids) {
                int r = g.ys().size() - 1;
                int c = g.xs().size() - 1;
                StringBuilder[][] b = new StringBuilder[r][c];
                for (StringBuilder[] row : b) {
                    for (int k = 0; k < c; k++) {
                        row[k] = new StringBuilder();
                    }
                }
                cells.add(b);
                lastChar.add(new float[r][c][]);
            }
            pageStart = lines.size();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            for (int g = 0; g < grids.size(); g++) {
                List<List<Cell>> rows = new ArrayList<>();
                for (StringBuilder[] row : cells.get(g)) {
                    List<Cell> r = new ArrayList<>();
                    boolean any = false;
                    for (StringBuilder c : row) {
                        String t = VietnameseText.nfc(c.toString()).replaceAll("[ \\t]+", " ").strip();
                        any |= !t.isEmpty();
                        r.add(new Cell(t, false, false));
                    }
                    if (any) {
                        rows.add(r);
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                float top = grids.get(g).ys().getFirst();
                int at = pageStart;
                while (at < lines.size() && lines.get(at).top() < top) {
                    at++;
                }
                lines.add(at, new Line(getCurrentPageNo(), "", 0, 0, top, grids.get(g).ys().getLast(), 0, false,
                        List.of(), new Table(rows, 0), false));
            }
            if (lines.size() == pageStart && holdsImage(page)) {
                scanned.add(getCurrentPageNo());
            }
            super.endPage(page);
        }

        private static boolean holdsImage(org.apache.pdfbox.pdmodel.PDPage page) {
            var resources = page.getResources();
            if (resources == null) {
                return false;
            }
            // an image, or a form drawing one: a scanned page holds nothing else
            return resources.getXObjectNames().iterator().hasNext();
        }

        /** Routes a glyph inside a table grid to its cell; returns false for running text. */
        private boolean toCell(TextPosition p) {
            float x = p.getXDirAdj() + p.getWidthDirAdj() / 2;
            float y = p.getYDirAdj() - p.getHeightDir() / 2;
            for (int g = 0; g < grids.size(); g++) {
                PdfRulings.Grid grid = grids.get(g);
                if (!grid.contains(x, y)) {
                    continue;
                }
                int r = grid.row(y);
                int c = grid.column(x);
                StringBuilder b = cells.get(g)[r][c];
                float[] last = lastChar.get(g)[r][c];
                float space = Math.max(p.getWidthOfSpace(), p.getFontSizeInPt() * 0.25f);
                if (last != null && (Math.abs(p.getYDirAdj() - last[1]) > p.getFontSizeInPt() * 0.5f
                        || p.getXDirAdj() - last[0] > space * 0.6f) && !b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                b.append(p.getUnicode());
                lastChar.get(g)[r][c] = new float[]{p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()};
                return true;
            }
            return false;
        }

        @Override
        protected void writeString(String text, List<TextPosition> all) {
            List<TextPosition> pos = new ArrayList<>(all.size());
            for (TextPosition p : all) {
                if (!toCell(p)) {
                    pos.add(p);
                }
            }
            if (pos.isEmpty() || text.isBlank()) {
                return;
            }
            float size = median(pos);
            float base = 0;
            int counted = 0;
            for (TextPosition p : pos) {
                if (p.getFontSizeInPt() >= size * 0.85f) {
                    base += p.getYDirAdj();
                    counted++;
                }
            }
            base = counted == 0 ? pos.getFirst().getYDirAdj() : base / counted;
            StringBuilder sb = new StringBuilder();
            List<Segment> segments = new ArrayList<>();
            StringBuilder seg = new StringBuilder();
            float segStart = pos.getFirst().getXDirAdj();
            float prevEnd = -1;
            int boldChars = 0;
            int letters = 0;
            for (TextPosition p : pos) {
                String u = p.getUnicode();
                float x = p.getXDirAdj();
                float gap = prevEnd < 0 ? 0 : x - prevEnd;
                float space = Math.max(p.getWidthOfSpace(), size * 0.25f);
                if (prevEnd >= 0 && gap > space * 2.2f) {
                    segments.add(new Segment(seg.toString().strip(), segStart, prevEnd));
                    seg.setLength(0);
                    segStart = x;
                    sb.append(' ');
                } else if (prevEnd >= 0 && gap > space * 0.6f && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                    seg.append(' ');
                }
                boolean sup = p.getFontSizeInPt() < size * 0.8f && base - p.getYDirAdj() > size * 0.15f
                        && u.length() == 1 && Character.isDigit(u.charAt(0));
                String out = sup ? String.valueOf(SUPERSCRIPT.charAt(u.charAt(0) - '0')) : u;
                sb.append(out);
                seg.append(out);
                if (Character.isLetterOrDigit(u.isEmpty() ? ' ' : u.charAt(0))) {
                    letters++;
                    String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
                    if (font.contains("Bold") || font.contains("bold")) {
                        boldChars++;
                    }
                }
                prevEnd = x + p.getWidthDirAdj();
            }
            segments.add(new Segment(seg.toString().strip(), segStart, prevEnd));
            String t = VietnameseText.nfc(sb.toString()).replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) {
                return;
            }
            float top = base - size;
            lines.add(new Line(getCurrentPageNo(), t, pos.getFirst().getXDirAdj(), prevEnd, top, base, size,
                    letters > 0 && boldChars == letters, segments.stream().map(s -> new Segment(
                    VietnameseText.nfc(s.text()), s.x0(), s.x1())).toList()));
        }

        @Override
        protected void writeLineSeparator() {
        }

        @Override
        protected void writeWordSeparator() {
        }

        private static float median(List<TextPosition> pos) {
            float[] s = new float[pos.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = pos.get(i).getFontSizeInPt();
            }
            java.util.Arrays.sort(s);
            return s[s.length / 2];
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            StringWriter w = new StringWriter();
            writeText(doc, w);
            return w.toString();
        }
    }

    private static ReportDocument build(String source, String format, List<Line> read) {
        List<Line> lines = read;
        if (read.stream().anyMatch(Line::recognized)) {
            List<String> fixed = OcrRepair.romanSequence(read.stream().map(Line::text).toList());
            lines = new ArrayList<>(read.size());
            for (int i = 0; i < read.size(); i++) {
                Line l = read.get(i);
                lines.add(l.recognized() ? Line.recognized(l.page(), fixed.get(i)) : l);
            }
        }
        // the body size: the most common line size
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Line l : lines) {
            if (!l.recognized()) {
                sizes.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
            }
        }
        float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
        float left = (float) lines.stream().filter(l -> Math.abs(l.size() - body) < 1).mapToDouble(Line::x0).min().orElse(0);
        float right = (float) lines.stream().filter(l -> Math.abs(l.size() - body) < 1).mapToDouble(Line::x1).max().orElse(600);

        List<Block> blocks = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        StringBuilder para = null;
        Line prev = null;
        boolean paraBold = true;
        StringBuilder note = null;
        String noteMarker = null;
        int ordinal = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.recognized() || l.table() != null) {
                // a table, or a paragraph recognized on a scanned page: it ends the open paragraph and note
                if (note != null) {
                    footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
                    note = null;
                }
                if (para != null) {
                    blocks.add(paragraph(para, paraBold, ++ordinal));
                    para = null;
                }
                prev = null;
                if (l.table() == null) {
                    if (atPageEdge(lines, i) && l.text().matches("\\d{1,3}|-\\s*\\d{1,3}\\s*-")) {
                        furniture.add(l.text());
                    } else {
                        blocks.add(new Paragraph(l.text(), Style.PLAIN, ++ordinal));
                    }
                    continue;
                }
                blocks.add(new Table(l.table().rows(), ++ordinal));
                continue;
            }
            boolean small = l.size() < body * 0.88f;
            // page numbers and other lone numbers at a page edge
            if (l.text().matches("\\d{1,3}") && atPageEdge(lines, i)) {
                furniture.add(l.text());
                continue;
            }
            if (small && (l.text().matches("^[⁰¹²³⁴⁵⁶⁷⁸⁹0-9]{1,2}\\s*\\S.*") || note != null && prev != null
                    && prev.page() == l.page())) {
                var m = java.util.regex.Pattern.compile("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\d{1,2})\\s*(\\S.*)$").matcher(l.text());
                if (m.matches() && (note == null || l.x0() <= left + 2)) {
                    if (note != null) {
                        footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
                    }
                    noteMarker = InlineMarkup.toSuperscript(InlineMarkup.fromSuperscript(m.group(1)));
                    note = new StringBuilder(m.group(2));
                } else if (note != null) {
                    note.append(' ').append(l.text());
                }
                continue;
            }
            if (note != null) {
                footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
                note = null;
            }
            boolean newPara = para == null || startsParagraph(prev, l, body, left, right);
            if (newPara) {
                if (para != null) {
                    blocks.add(paragraph(para, paraBold, ++ordinal));
                }
                para = new StringBuilder(l.text());
                paraBold = l.bold();
            } else {
                boolean centered = prev.x0() > left + 20 && Math.abs((prev.x0() - left) - (right - prev.x1())) < 15;
                para.append(centered ? "\n" : " ").append(l.text());
                paraBold &= l.bold();
            }
            prev = l;
        }
        if (note != null) {
            footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
        }
        if (para != null) {
            blocks.add(paragraph(para, paraBold, ++ordinal));
        }
        blocks = LayoutRepair.takeFootnotes(blocks, footnotes);
        blocks = LayoutRepair.joinPageBreakSplits(blocks);
        blocks = LayoutRepair.mergeSplitTables(blocks);
        return new ReportDocument(source, format, blocks, footnotes, furniture);
    }

    /** Whether line {@code i} is the first or the last of its page. */
    private static boolean atPageEdge(List<Line> lines, int i) {
        int page = lines.get(i).page();
        return i + 1 == lines.size() || lines.get(i + 1).page() != page || i == 0 || lines.get(i - 1).page() != page;
    }

    private static Paragraph paragraph(StringBuilder sb, boolean bold, int ordinal) {
        String t = sb.toString().strip();
        return new Paragraph(t, new Style(bold, false, 0, Alignment.UNKNOWN, bold ? t.length() : 0), ordinal);
    }

    /** A new paragraph starts after a wider gap, on a new page's first line after a full line, or at an item marker. */
    private static boolean startsParagraph(Line prev, Line l, float body, float left, float right) {
        if (prev == null || l.bold() != prev.bold()
                || l.text().matches("^(?:[-+•]\\s|[IVX]+\\.\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ][.)]\\s).*")) {
            return true;
        }
        if (prev.page() != l.page()) {
            return prev.x1() < right - body * 3; // a full last line continues on the next page
        }
        float gap = l.top() - prev.bottom();
        if (gap > body * 0.55f) {
            return true;
        }
        // the previous line stopped well short of the right margin: it ended its paragraph
        return prev.x1() < right - body * 3 && l.x0() <= prev.x0() + 1 && !centeredPair(prev, l, left, right);
    }

    private static boolean centeredPair(Line a, Line b, float left, float right) {
        return Math.abs((a.x0() - left) - (right - a.x1())) < 15 && Math.abs((b.x0() - left) - (right - b.x1())) < 15
                && a.x0() > left + 20;
    }
}
