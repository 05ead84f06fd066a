package vn.baocao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.read.PdfReader.Line;
import vn.baocao.read.PdfReader.PageInfo;
import vn.baocao.rules.LayoutCues;

/**
 * The block model of a PDF from its collected lines ({@link PdfLineCollector}) or of recognized scan lines:
 * lines joined into paragraphs by indent, gap, weight and centring, labels standing alone, footnote bodies
 * taken out of the page bottoms and tied to their markers, tables from the ruling lines.
 */
final class PdfParagraphs {

    /** A footnote body: superscript marker digits at the start of the line. */
    private static final Pattern NOTE_START = Pattern.compile("^(" + Footnote.MARKER_DIGIT + "{1,3})\\s*(\\S.*)$");
    /** A footnote body numbered in plain digits (a marker not raised): accepted only in sequence. */
    private static final Pattern PLAIN_NOTE_START = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");
    /**
     * A line that stands as a paragraph of its own: the document type above the title ("BÁO CÁO"), the label
     * of an appendix or a form ("PHỤ LỤC II", "Biểu mẫu 1").
     */
    private final Pattern label;

    private final PdfColumns columns;

    /** The label pattern and the columns from the layout cues. */
    PdfParagraphs(LayoutCues cues) {
        label = Pattern.compile("^(?:" + cues.of("appendix-label")
                + "(?:\\s+(?:" + cues.of("number-word") + "\\s+)?[0-9IVXLA-Z]{1,5}[a-z]?)?[.:]?|"
                + cues.of("document-title") + ")\\s*$");
        columns = new PdfColumns(cues);
    }

    ReportDocument build(
            String source, String format, List<Line> read, Map<Integer, PageInfo> pages, List<String> furniture) {
        List<Line> lines = read;
        if (read.stream().anyMatch(Line::recognized)) {
            List<String> fixed =
                    OcrRepair.romanSequence(read.stream().map(Line::text).toList());
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
        float body = sizes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f)
                .orElse(12f);
        // the text margins, per page width (a landscape appendix has its own)
        Map<Integer, float[]> margins = new HashMap<>();
        for (Line l : lines) {
            if (l.table() == null && !l.recognized() && Math.abs(l.size() - body) < 1) {
                PageInfo info = pages.get(l.page());
                int key = info == null ? 0 : Math.round(info.width());
                float[] m = margins.computeIfAbsent(key, k -> new float[] {Float.MAX_VALUE, 0});
                m[0] = Math.min(m[0], l.x0());
                m[1] = Math.max(m[1], l.x1());
            }
        }

        lines = columns.header(lines, pages, furniture);
        lines = columns.signature(lines, pages, furniture);
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
            float[] margin = margins.getOrDefault(info == null ? 0 : Math.round(info.width()), new float[] {0, 600});
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
            if (r.at() < l.top() + 1
                    && l.top() - r.at() < l.size() * 3
                    && length > 30
                    && length < info.width() * 0.9f) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i} is the first or the last of its page. */
    private static boolean atPageEdge(List<Line> lines, int i) {
        int page = lines.get(i).page();
        return i + 1 == lines.size()
                || lines.get(i + 1).page() != page
                || i == 0
                || lines.get(i - 1).page() != page;
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
    private boolean startsParagraph(Line prev, Line l, float body, float left, float right) {
        if (prev == null) {
            return true;
        }
        // a change of weight starts a paragraph, unless a bold line runs on into a run-in heading's end
        boolean weight = l.bold() != prev.bold() && !(prev.bold() && l.boldPrefix() > 0);
        if (weight
                || label.matcher(prev.text()).matches()
                || label.matcher(l.text()).matches()
                || l.text()
                        .matches("^(?:[-+•]\\s|[IVX]+\\.\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|" + ListMarkers.LETTER
                                + "[.)]\\s).*")) {
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
        float first = next.words().isEmpty()
                ? next.size() * 3
                : next.words().getFirst().x1() - next.words().getFirst().x0();
        return prev.x1() + prev.size() * 0.3f + first < right - 1;
    }

    private static boolean centeredPair(Line a, Line b, float left, float right) {
        return Math.abs((a.x0() - left) - (right - a.x1())) < 15
                && Math.abs((b.x0() - left) - (right - b.x1())) < 15
                && a.x0() > left + 20;
    }
}
