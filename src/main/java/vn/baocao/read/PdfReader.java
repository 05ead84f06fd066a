package vn.baocao.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.baocao.extract.rules.LayoutCues;
import vn.baocao.normalize.VietnameseText;

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
    record Word(String text, float x0, float x1, float base, float size, int letters, int boldLetters,
                int boldChars) {

        float center() {
            return (x0 + x1) / 2;
        }
    }

    /** One text line of a page. */
    record Line(int page, String text, float x0, float x1, float top, float bottom, float size, boolean bold,
                int boldPrefix, List<Word> words, Table table, boolean recognized) {

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
            float base = 0;
            int n = 0;
            for (Word w : ws) {
                if (w.size() >= size * 0.85f) {
                    base += w.base();
                    n++;
                }
            }
            base = n == 0 ? ws.getFirst().base() : base / n;
            boolean bold = letters > 0 && boldLetters == letters;
            return new Line(page, text, ws.getFirst().x0(), ws.getLast().x1(), base - size, base, size, bold,
                    bold ? text.length() : Math.min(boldPrefix, text.length()), List.copyOf(ws), null, false);
        }

        private static float medianSize(List<Word> ws) {
            List<float[]> sizes = new ArrayList<>();
            int total = 0;
            for (Word w : ws) {
                sizes.add(new float[]{w.size(), w.text().length()});
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
    record PageInfo(float width, float height, List<PdfRulings.Rule> loneRules) {
    }

    /** A footnote body: superscript marker digits at the start of the line. */
    private static final Pattern NOTE_START = Pattern.compile("^(" + Footnote.MARKER_DIGIT + "{1,3})\\s*(\\S.*)$");
    /** A footnote body numbered in plain digits (a marker not raised): accepted only in sequence. */
    private static final Pattern PLAIN_NOTE_START = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");
    /**
     * A line that stands as a paragraph of its own: the document type above the title ("BÁO CÁO"), the label
     * of an appendix or a form ("PHỤ LỤC II", "Biểu mẫu 1").
     */
    private static final Pattern LABEL = Pattern.compile("^(?:" + LayoutCues.of("appendix-label")
            + "(?:\\s+(?:số\\s+)?[0-9IVXLA-Z]{1,5}[a-z]?)?[.:]?|" + LayoutCues.of("document-title") + ")\\s*$");
    /** Resolution at which scanned pages are rendered for OCR. */
    private static final int OCR_DPI = 300;
    /** A page with fewer letters than this over a page-size image is a scan with a stamp on it. */
    private static final int TOKEN_TEXT_LETTERS = 160;

    private final ReadLimits limits;
    private final Consumer<String> progress;

    /** A reader within {@code limits} that tells {@code progress} of each page it recognizes and of skipped scans. */
    PdfReader(ReadLimits limits, Consumer<String> progress) {
        this.limits = limits;
        this.progress = progress;
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    /** {@link #read(Path, ReadLimits, Consumer)}, then text typed in a legacy encoding turned into Unicode. */
    @Override
    public ReportDocument read(Path file, String type) throws ReadException, InterruptedException {
        return LegacyText.toUnicode(read(file, limits, progress), null);
    }

    /**
     * Reads a PDF. Pages without a text layer that hold an image (scans), and scans whose only text is a
     * stamp, are recognized by OCR, page by page, when Tesseract is installed; {@code progress} gets one
     * line per recognized page.
     */
    static ReportDocument read(Path file, ReadLimits limits, Consumer<String> progress)
            throws ReadException, InterruptedException {
        String name = file.getFileName().toString();
        List<Line> lines;
        List<String> furniture = new ArrayList<>();
        Map<Integer, PageInfo> pages;
        try (PDDocument pdf = Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()), "",
                null, null, limits.pdfCache())) {
            LineCollector c = new LineCollector();
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
        return build(name, "pdf", lines, pages, furniture);
    }

    /**
     * Recognizes the scanned pages and puts their paragraphs in page order among the text lines. The few
     * words a scanned page's text layer held (a stamp over the scan) go to the furniture.
     */
    private static List<Line> withRecognizedPages(PDDocument pdf, List<Integer> scanned, List<Line> lines,
                                                  List<String> furniture, String name, Consumer<String> progress)
            throws IOException, InterruptedException {
        PDFRenderer renderer = new ImagesOnly(pdf);
        List<Integer> indexes = scanned.stream().map(p -> p - 1).toList();
        List<List<Tesseract.OcrParagraph>> pages = Tesseract.recognize(indexes,
                i -> renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY), name, pdf.getNumberOfPages(), progress);
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
            List<Line> recognized = pages.get(k).stream().map(p -> Line.recognized(page, p.text())).toList();
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
                protected void showText(byte[] string) {
                }
            };
        }
    }

    private static final class LineCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        final Map<Integer, PageInfo> pages = new HashMap<>();
        final List<String> furniture = new ArrayList<>();
        private PdfRulings.Graphics graphics;
        private int pageStart;
        /** 1-based numbers of the pages to recognize: an image and no text, or only a stamp's few words. */
        final List<Integer> scanned = new ArrayList<>();

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            graphics = PdfRulings.graphics(page);
            pageStart = lines.size();
        }

        /** Adds the text of the printed annotations (form fields filled in, signing stamps) to the page's. */
        @Override
        protected void writePage() throws IOException {
            PDPage page = getCurrentPage();
            if (page != null) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink || a instanceof PDAnnotationPopup || !a.isPrinted()
                            || a.isHidden() || a.isNoView() || a.getNormalAppearanceStream() == null) {
                        continue;
                    }
                    showAnnotation(a);
                }
            }
            super.writePage();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flushLine();
            int number = getCurrentPageNo();
            var box = page.getCropBox();
            boolean rotated = page.getRotation() % 180 != 0;
            float width = rotated ? box.getHeight() : box.getWidth();
            float height = rotated ? box.getWidth() : box.getHeight();
            pages.put(number, new PageInfo(width, height, graphics.loneRules()));
            List<Line> own = new ArrayList<>(lines.subList(pageStart, lines.size()));
            lines.subList(pageStart, lines.size()).clear();
            lines.addAll(PdfPageLayout.lay(number, own, graphics, furniture));
            int letters = 0;
            for (int i = pageStart; i < lines.size(); i++) {
                letters += (int) lines.get(i).text().codePoints().filter(Character::isLetter).count()
                        + (lines.get(i).table() == null ? 0 : 1000);
            }
            boolean pageImage = graphics.imageArea() >= width * height * 0.5f;
            if (lines.size() == pageStart && holdsImage(page) || pageImage && letters < TOKEN_TEXT_LETTERS) {
                scanned.add(number);
            }
            super.endPage(page);
        }

        private static boolean holdsImage(PDPage page) {
            var resources = page.getResources();
            if (resources == null) {
                return false;
            }
            // an image, or a form drawing one: a scanned page holds nothing else
            return resources.getXObjectNames().iterator().hasNext();
        }

        /** The glyphs of the line being written: PDFBox hands a line over in one or more strings. */
        private final List<TextPosition> pending = new ArrayList<>();
        /** Indexes in {@link #pending} where PDFBox put a word separator. */
        private final Set<Integer> wordBreaks = new HashSet<>();

        @Override
        protected void writeString(String text, List<TextPosition> all) {
            if (!pending.isEmpty()) {
                wordBreaks.add(pending.size());
            }
            pending.addAll(all);
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void writeWordSeparator() {
        }

        private void flushLine() {
            if (pending.isEmpty()) {
                return;
            }
            List<TextPosition> all = new ArrayList<>(pending);
            Set<Integer> breaks = new HashSet<>(wordBreaks);
            pending.clear();
            wordBreaks.clear();
            List<TextPosition> kept = new ArrayList<>();
            Set<TextPosition> breakBefore = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<TextPosition> vis = visible(all);
            Set<TextPosition> visibleSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            visibleSet.addAll(vis);
            boolean breakNext = false;
            for (int i = 0; i < all.size(); i++) {
                breakNext |= breaks.contains(i);
                if (visibleSet.contains(all.get(i))) {
                    if (breakNext) {
                        breakBefore.add(all.get(i));
                    }
                    breakNext = false;
                    kept.add(all.get(i));
                }
            }
            line(kept, breakBefore);
        }

        private void line(List<TextPosition> pos, Set<TextPosition> breakBefore) {
            if (pos.isEmpty() || pos.stream().allMatch(p -> p.getUnicode() == null || p.getUnicode().isBlank())) {
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
            WordBuilder w = new WordBuilder();
            List<Word> words = new ArrayList<>();
            float prevEnd = -1;
            for (TextPosition p : pos) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                float x = p.getXDirAdj();
                if (u.isBlank()) {
                    w.flush(words);
                    prevEnd = -1;
                    continue;
                }
                float space = Math.max(p.getWidthOfSpace(), size * 0.25f);
                if (prevEnd >= 0 && x - prevEnd > space * 0.6f || breakBefore.contains(p)) {
                    w.flush(words);
                }
                boolean sup = p.getFontSizeInPt() < size * 0.8f && base - p.getYDirAdj() > size * 0.15f
                        && u.length() == 1 && Character.isDigit(u.charAt(0));
                String out = sup ? String.valueOf(Footnote.MARKER_DIGITS.charAt(u.charAt(0) - '0')) : u;
                w.add(p, out, sup);
                prevEnd = x + p.getWidthDirAdj();
            }
            w.flush(words);
            if (!words.isEmpty()) {
                lines.add(Line.of(getCurrentPageNo(), words));
            }
        }

        /**
         * The glyphs of a line without the blanks printed under other glyphs: the spaces of a form's blank
         * ("Số:      /BC-UBND") that the typed number covers, or that a second text layer overprints.
         */
        private static List<TextPosition> visible(List<TextPosition> all) {
            List<TextPosition> out = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                TextPosition p = all.get(i);
                String u = p.getUnicode();
                if (u != null && u.isBlank()) {
                    float a0 = p.getXDirAdj();
                    float a1 = a0 + Math.max(p.getWidthDirAdj(), 0.1f);
                    // covered when glyphs overprint it from end to end: then it separates nothing
                    float covered = 0;
                    for (int j = Math.max(0, i - 8); j < Math.min(all.size(), i + 9); j++) {
                        TextPosition q = all.get(j);
                        if (j == i || q.getUnicode() == null || q.getUnicode().isBlank()) {
                            continue;
                        }
                        float b0 = q.getXDirAdj();
                        float b1 = b0 + q.getWidthDirAdj();
                        covered += Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
                    }
                    if (covered >= (a1 - a0) * 0.85f) {
                        continue;
                    }
                }
                out.add(p);
            }
            return out;
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

    /** Gathers the glyphs of one word. */
    private static final class WordBuilder {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder bold = new StringBuilder();
        private boolean boldOpen = true;
        private float x0;
        private float x1;
        private final List<float[]> glyphs = new ArrayList<>(); // size, y, superscript
        private int letters;
        private int boldLetters;

        void add(TextPosition p, String out, boolean sup) {
            if (text.isEmpty()) {
                x0 = p.getXDirAdj();
            }
            text.append(out);
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
            boolean letter = !out.isEmpty() && Character.isLetterOrDigit(out.codePointAt(0));
            // punctuation takes the weight of the text around it ("Kết quả,", "giao:")
            boolean b = font.contains("Bold") || font.contains("bold") || font.contains("Black")
                    || font.contains("Heavy") || font.contains("Semibold") || !letter && boldOpen && !bold.isEmpty();
            if (boldOpen && b) {
                bold.append(out);
            } else {
                boldOpen = false;
            }
            if (letter) {
                letters++;
                if (b) {
                    boldLetters++;
                }
            }
            glyphs.add(new float[]{p.getFontSizeInPt(), p.getYDirAdj(), sup ? 1 : 0});
        }

        void flush(List<Word> into) {
            if (text.isEmpty()) {
                return;
            }
            String t = VietnameseText.nfc(text.toString());
            float size = 0;
            float base = 0;
            int n = 0;
            for (float[] g : glyphs) {
                if (g[2] == 0) {
                    size = Math.max(size, g[0]);
                }
            }
            for (float[] g : glyphs) {
                if (g[2] == 0 && g[0] >= size * 0.85f) {
                    base += g[1];
                    n++;
                }
            }
            if (n == 0) { // a word all in superscript
                for (float[] g : glyphs) {
                    size = Math.max(size, g[0]);
                    base += g[1];
                    n++;
                }
            }
            int boldChars = boldOpen ? t.length() : VietnameseText.nfc(bold.toString()).length();
            into.add(new Word(t, x0, x1, base / n, size, letters, boldLetters, Math.min(boldChars, t.length())));
            text.setLength(0);
            bold.setLength(0);
            boldOpen = true;
            x1 = 0;
            glyphs.clear();
            letters = 0;
            boldLetters = 0;
        }
    }

    static ReportDocument build(String source, String format, List<Line> read, Map<Integer, PageInfo> pages,
                                List<String> furniture) {
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
            if (!l.recognized() && l.table() == null) {
                sizes.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
            }
        }
        float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
        // the text margins, per page width (a landscape appendix has its own)
        Map<Integer, float[]> margins = new HashMap<>();
        for (Line l : lines) {
            if (l.table() == null && !l.recognized() && Math.abs(l.size() - body) < 1) {
                PageInfo info = pages.get(l.page());
                int key = info == null ? 0 : Math.round(info.width());
                float[] m = margins.computeIfAbsent(key, k -> new float[]{Float.MAX_VALUE, 0});
                m[0] = Math.min(m[0], l.x0());
                m[1] = Math.max(m[1], l.x1());
            }
        }

        lines = PdfColumns.header(lines, pages, furniture);
        lines = PdfColumns.signature(lines, pages, furniture);
        lines = PdfTextTables.rebuild(lines);
        Set<Line> notes = footnoteLines(lines, body, pages);

        List<Block> blocks = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        StringBuilder para = null;
        Line prev = null;
        boolean paraBold = true;
        int paraPrefix = 0;
        boolean prefixOpen = true;
        String noteMarker = null;
        StringBuilder note = null;
        int ordinal = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.recognized() || l.table() != null) {
                // a table, or a paragraph recognized on a scanned page: it ends the open paragraph
                if (para != null) {
                    blocks.add(paragraph(para, paraBold, paraPrefix, ++ordinal));
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
            // page numbers and other lone numbers at a page edge
            if (l.text().matches("\\d{1,3}|-\\s*\\d{1,3}\\s*-") && atPageEdge(lines, i)) {
                furniture.add(l.text());
                continue;
            }
            if (notes.contains(l)) {
                Matcher m = noteStart(l.text(), footnotes.size() + (note == null ? 0 : 1));
                if (m != null) {
                    if (note != null) {
                        footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
                    }
                    noteMarker = InlineMarkup.toSuperscript(InlineMarkup.fromSuperscript(m.group(1)));
                    note = new StringBuilder(m.group(2));
                } else if (note != null) {
                    note.append(LayoutRepair.lineJoint(note, l.text())).append(l.text());
                } else if (!footnotes.isEmpty()) { // the rest of a footnote begun on the previous page
                    Footnote last = footnotes.removeLast();
                    noteMarker = last.marker();
                    note = new StringBuilder(last.text());
                    note.append(LayoutRepair.lineJoint(note, l.text())).append(l.text());
                }
                continue;
            }
            PageInfo info = pages.get(l.page());
            float[] margin = margins.getOrDefault(info == null ? 0 : Math.round(info.width()), new float[]{0, 600});
            float left = margin[0];
            float right = margin[1];
            boolean newPara = para == null || startsParagraph(prev, l, body, left, right);
            if (newPara) {
                if (para != null) {
                    blocks.add(paragraph(para, paraBold, paraPrefix, ++ordinal));
                }
                para = new StringBuilder(l.text());
                paraBold = l.bold();
                paraPrefix = l.boldPrefix();
                prefixOpen = l.boldPrefix() >= l.text().length();
            } else {
                boolean centered = prev.x0() > left + 20 && Math.abs((prev.x0() - left) - (right - prev.x1())) < 15;
                String joint = centered ? "\n" : LayoutRepair.lineJoint(para, l.text());
                para.append(joint).append(l.text());
                if (prefixOpen) {
                    paraPrefix += joint.length() + l.boldPrefix();
                    prefixOpen = l.boldPrefix() >= l.text().length();
                }
                paraBold &= l.bold();
            }
            prev = l;
        }
        if (note != null) {
            footnotes.add(new Footnote(noteMarker, note.toString().strip(), ++ordinal));
        }
        if (para != null) {
            blocks.add(paragraph(para, paraBold, paraPrefix, ++ordinal));
        }
        blocks = LayoutRepair.takeFootnotes(blocks, footnotes);
        blocks = LayoutRepair.joinPageBreakSplits(blocks);
        blocks = LayoutRepair.mergeSplitTables(blocks);
        return new ReportDocument(source, format, blocks, footnotes, furniture);
    }

    /** The marker and text of a line opening a footnote body, or null. */
    private static Matcher noteStart(String text, int notesSoFar) {
        Matcher m = NOTE_START.matcher(text);
        if (m.matches()) {
            return m;
        }
        Matcher plain = PLAIN_NOTE_START.matcher(text);
        if (plain.matches() && Integer.parseInt(plain.group(1)) == notesSoFar + 1) {
            return plain;
        }
        return null;
    }

    /**
     * The footnote lines of each page: the run of lines in smaller type at the page bottom that holds a
     * footnote marker, or that stands under a footnote separator (a short rule alone) and goes on with a
     * footnote begun on an earlier page.
     */
    private static Set<Line> footnoteLines(List<Line> lines, float body, Map<Integer, PageInfo> pages) {
        Set<Line> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean anyNote = false;
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).page();
            int end = i;
            while (end < lines.size() && lines.get(end).page() == page) {
                end++;
            }
            // the trailing run of small lines, page numbers aside
            int start = end;
            while (start > i) {
                Line l = lines.get(start - 1);
                boolean number = l.table() == null && l.text().matches("\\d{1,3}|-\\s*\\d{1,3}\\s*-");
                if (number && (start == end || start - 1 == i)) {
                    start--;
                    continue;
                }
                if (l.table() != null || l.recognized() || l.size() >= body * 0.88f) {
                    break;
                }
                start--;
            }
            int firstMarker = -1;
            for (int k = start; k < end; k++) {
                if (NOTE_START.matcher(lines.get(k).text()).matches()) {
                    firstMarker = k;
                    break;
                }
            }
            PageInfo info = pages.get(page);
            if (firstMarker >= 0) {
                int from = firstMarker;
                if (anyNote || separatorAbove(info, lines.get(start))) {
                    from = start;
                }
                for (int k = from; k < end; k++) {
                    out.add(lines.get(k));
                }
                anyNote = true;
            } else if (anyNote && start < end && separatorAbove(info, lines.get(start))) {
                for (int k = start; k < end; k++) {
                    out.add(lines.get(k));
                }
            }
            i = end;
        }
        return out;
    }

    /** Whether a short rule standing alone (a footnote separator) is drawn just above the line. */
    private static boolean separatorAbove(PageInfo info, Line l) {
        if (info == null || l.table() != null || l.recognized()) {
            return false;
        }
        for (PdfRulings.Rule r : info.loneRules()) {
            float length = r.to() - r.from();
            // Word's separator is short; the one over a footnote continued from the page before spans the text
            if (r.at() < l.top() + 1 && l.top() - r.at() < l.size() * 3 && length > 30 && length < info.width() * 0.9f) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i} is the first or the last of its page. */
    private static boolean atPageEdge(List<Line> lines, int i) {
        int page = lines.get(i).page();
        return i + 1 == lines.size() || lines.get(i + 1).page() != page || i == 0 || lines.get(i - 1).page() != page;
    }

    private static Paragraph paragraph(StringBuilder sb, boolean bold, int boldPrefix, int ordinal) {
        String raw = sb.toString();
        String t = raw.strip();
        int lead = raw.indexOf(t.isEmpty() ? " " : t.substring(0, 1));
        int prefix = bold ? t.length() : Math.max(0, Math.min(t.length(), boldPrefix - Math.max(0, lead)));
        return new Paragraph(t, new Style(bold, false, 0, Alignment.UNKNOWN, prefix), ordinal);
    }

    /**
     * A new paragraph starts after a wider gap, at an item marker, or after a line that ended short: one
     * whose right end left room for the next line's first word (a line the typesetter wrapped ends where the
     * next word would not fit).
     */
    private static boolean startsParagraph(Line prev, Line l, float body, float left, float right) {
        if (prev == null) {
            return true;
        }
        // a change of weight starts a paragraph, unless a bold line runs on into a run-in heading's end
        boolean weight = l.bold() != prev.bold() && !(prev.bold() && l.boldPrefix() > 0);
        if (weight || LABEL.matcher(prev.text()).matches()
                || LABEL.matcher(l.text()).matches()
                || l.text().matches("^(?:[-+•]\\s|[IVX]+\\.\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ][.)]\\s).*")) {
            return true;
        }
        boolean endedShort = endedShort(prev, l, right);
        if (prev.page() != l.page()) {
            return endedShort; // a full last line continues on the next page
        }
        float gap = l.top() - prev.bottom();
        if (gap > body * 0.55f + Math.max(0, l.size() - body)) {
            return true;
        }
        // the previous line stopped well short of the right margin: it ended its paragraph
        return endedShort && l.x0() <= prev.x0() + 1 && !centeredPair(prev, l, left, right);
    }

    /** Whether {@code prev} ended before the right margin although the first word of {@code next} would have fitted. */
    private static boolean endedShort(Line prev, Line next, float right) {
        float first = next.words().isEmpty() ? next.size() * 3 : next.words().getFirst().x1() - next.words().getFirst().x0();
        return prev.x1() + prev.size() * 0.3f + first < right - 1;
    }

    private static boolean centeredPair(Line a, Line b, float left, float right) {
        return Math.abs((a.x0() - left) - (right - a.x1())) < 15 && Math.abs((b.x0() - left) - (right - b.x1())) < 15
                && a.x0() > left + 20;
    }
}
