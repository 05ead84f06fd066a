package vn.baocao.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.PdfReader.Line;
import vn.baocao.read.PdfReader.PageInfo;
import vn.baocao.read.PdfReader.Word;

/**
 * Collects the text lines of a PDF page by page, with their words, positions, weight and superscripts, the
 * ruling lines and tables of each page ({@link PdfRulings}), the page furniture, and the pages that are scans.
 * {@link PdfParagraphs} makes the block model of what it collects.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** A page with fewer letters than this over a page-size image is a scan with a stamp on it. */
    private static final int TOKEN_TEXT_LETTERS = 160;

    final List<Line> lines = new ArrayList<>();
    final Map<Integer, PageInfo> pages = new HashMap<>();
    final List<String> furniture = new ArrayList<>();
    private PdfRulings.Graphics graphics;
    private int pageStart;
    /** 1-based numbers of the pages to recognize: an image and no text, or only a stamp's few words. */
    final List<Integer> scanned = new ArrayList<>();

    PdfLineCollector() throws IOException {
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
                if (a instanceof PDAnnotationLink
                        || a instanceof PDAnnotationPopup
                        || !a.isPrinted()
                        || a.isHidden()
                        || a.isNoView()
                        || a.getNormalAppearanceStream() == null) {
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
            letters += (int) lines.get(i)
                            .text()
                            .codePoints()
                            .filter(Character::isLetter)
                            .count()
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
    protected void writeWordSeparator() {}

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
        if (pos.isEmpty()
                || pos.stream()
                        .allMatch(p -> p.getUnicode() == null || p.getUnicode().isBlank())) {
            return;
        }
        float size = median(pos);
        float base = baseline(pos, size, TextPosition::getFontSizeInPt, TextPosition::getYDirAdj);
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
            boolean sup = p.getFontSizeInPt() < size * 0.8f
                    && base - p.getYDirAdj() > size * 0.15f
                    && u.length() == 1
                    && Character.isDigit(u.charAt(0));
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

    /** A float property of a glyph or a word. */
    interface FloatOf<T> {
        float of(T t);
    }

    /**
     * The baseline of a line: the mean y of its glyphs (or words) of at least 0.85 × the line's median size, so that
     * superscript footnote marks and small signs do not pull it up; the first one's y when none is that large.
     */
    static <T> float baseline(List<T> items, float medianSize, FloatOf<T> size, FloatOf<T> y) {
        float base = 0;
        int counted = 0;
        for (T t : items) {
            if (size.of(t) >= medianSize * 0.85f) {
                base += y.of(t);
                counted++;
            }
        }
        return counted == 0 ? y.of(items.getFirst()) : base / counted;
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
            String font = p.getFont() == null || p.getFont().getName() == null
                    ? ""
                    : p.getFont().getName();
            boolean letter = !out.isEmpty() && Character.isLetterOrDigit(out.codePointAt(0));
            // punctuation takes the weight of the text around it ("Kết quả,", "giao:")
            boolean b = font.contains("Bold")
                    || font.contains("bold")
                    || font.contains("Black")
                    || font.contains("Heavy")
                    || font.contains("Semibold")
                    || !letter && boldOpen && !bold.isEmpty();
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
            glyphs.add(new float[] {p.getFontSizeInPt(), p.getYDirAdj(), sup ? 1 : 0});
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
            int boldChars =
                    boldOpen ? t.length() : VietnameseText.nfc(bold.toString()).length();
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
}
