package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.read.PdfReader.Line;
import vn.baocao.read.PdfReader.Word;

/**
 * Tables a PDF prints without ruling lines, rebuilt from the geometry of their words (the tables drawn with
 * lines are found by {@link PdfRulings}).
 *
 * <p>How such a table is made: every cell's text stays inside its column, so over the lines of the table the
 * x-ranges covered by words form one band per column, separated by the cell padding that no word crosses —
 * a paragraph line of running text, which crosses them, is not part of a table. A run of at least three lines
 * that each hold words in three or more such bands is a table; its columns are the bands. Rows come from
 * baselines: a line with words in two or more columns (or a code in the first column, STT) starts a row; a
 * line with words in one column only is the wrapped rest of the row above. A table continued on the next
 * page repeats its header lines there: they become the header row again, and the lines before the next row
 * (the rest of a row cut by the page break) a row with an empty first cell — so that
 * {@link LayoutRepair#mergeSplitTables} joins the two parts into one table as it does for ruled tables.
 */
final class PdfTextTables {

    /** A gap between words wider than this many font sizes separates cells. */
    private static final float CELL_GAP = 0.6f;
    /** Lines of a table follow each other closer than this many font sizes (baseline to baseline). */
    private static final float LINE_STEP = 2.6f;
    /** The lines of one wrapped cell follow each other closer than this (baseline to baseline). */
    private static final float WRAP_STEP = 1.5f;

    private static final int MIN_COLUMNS = 3;

    private PdfTextTables() {}

    /** The lines with every ruling-less table replaced by one table line. */
    static List<Line> rebuild(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        List<String> header = null; // the header lines of the last table, to recognise them repeated on a next page
        int i = 0;
        while (i < lines.size()) {
            int end = regionEnd(lines, i);
            Region r = end > i ? region(lines.subList(i, end + 1)) : null;
            if (r == null) {
                out.add(lines.get(i++));
                continue;
            }
            Table t = r.table(header);
            int used = r.lineCount();
            List<String> own = r.headerLines();
            if (own != null && (header == null || !r.repeats(header))) {
                header = own;
            }
            Line first = lines.get(i);
            Line last = lines.get(i + used - 1);
            out.add(Line.table(first.page(), t, first.top(), last.bottom()));
            i += used;
        }
        return out;
    }

    /** The index of the last line of the candidate table starting at {@code from}, or {@code from - 1}. */
    private static int regionEnd(List<Line> lines, int from) {
        Line start = lines.get(from);
        if (!plain(start) || segments(start) < MIN_COLUMNS) {
            return from - 1;
        }
        int last = from;
        int rowLines = 1;
        for (int j = from + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!follows(lines.get(j - 1), l, LINE_STEP)) {
                break;
            }
            if (segments(l) >= MIN_COLUMNS) {
                last = j;
                rowLines++;
            }
        }
        if (rowLines < 2) {
            return from - 1;
        }
        // the wrapped rest of the last row: lines set as close as the lines of one cell
        while (last + 1 < lines.size()) {
            Line l = lines.get(last + 1);
            if (!follows(lines.get(last), l, WRAP_STEP) || segments(l) >= MIN_COLUMNS) {
                break;
            }
            last++;
        }
        return last;
    }

    /** Whether {@code l} is a plain line set below {@code prev} on its page, at most {@code step} font sizes down. */
    private static boolean follows(Line prev, Line l, float step) {
        return plain(l)
                && l.page() == prev.page()
                && l.bottom() >= prev.bottom()
                && l.bottom() - prev.bottom() <= step * Math.max(l.size(), prev.size());
    }

    private static boolean plain(Line l) {
        return l.table() == null && !l.recognized() && !l.words().isEmpty();
    }

    /** The number of groups of words of a line separated by cell-wide gaps. */
    private static int segments(Line l) {
        int n = 1;
        List<Word> ws = l.words();
        for (int k = 1; k < ws.size(); k++) {
            if (ws.get(k).x0() - ws.get(k - 1).x1() > CELL_GAP * l.size()) {
                n++;
            }
        }
        return n;
    }

    /** Column bands of the lines, or null when they are not a table. */
    private static Region region(List<Line> lines) {
        List<float[]> bands = new ArrayList<>();
        float gap = CELL_GAP * median(lines);
        for (Line l : lines) {
            if (segments(l) >= MIN_COLUMNS) {
                for (Word w : l.words()) {
                    bands.add(new float[] {w.x0(), w.x1()});
                }
            }
        }
        bands.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] b : bands) {
            if (!columns.isEmpty() && b[0] - columns.getLast()[1] <= gap) {
                columns.getLast()[1] = Math.max(columns.getLast()[1], b[1]);
            } else {
                columns.add(b.clone());
            }
        }
        if (columns.size() < MIN_COLUMNS) {
            return null;
        }
        // the lines in between must keep to the columns (a wrapped cell), else the table ends before them
        int count = 0;
        int rowLines = 0;
        for (Line l : lines) {
            boolean fits = true;
            for (Word w : l.words()) {
                if (column(columns, w) < 0) {
                    fits = false;
                    break;
                }
            }
            if (!fits) {
                break;
            }
            count++;
            if (columnsUsed(columns, l) >= 2) {
                rowLines++;
            }
        }
        if (rowLines < 2) {
            return null;
        }
        return new Region(lines.subList(0, count), columns);
    }

    private static float median(List<Line> lines) {
        float[] s = new float[lines.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = lines.get(k).size();
        }
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /**
     * The column a word lies in: the last band starting left of its centre, provided the word stays clear of
     * the bands beside it (a wrapped line of a cell may run past the widest word of the rows above); or -1.
     */
    private static int column(List<float[]> columns, Word w) {
        float c = w.center();
        int k = 0;
        while (k + 1 < columns.size() && columns.get(k + 1)[0] <= c + 1) {
            k++;
        }
        boolean clearLeft = k == 0 || w.x0() >= columns.get(k - 1)[1];
        boolean clearRight = k + 1 >= columns.size() || w.x1() <= columns.get(k + 1)[0];
        return clearLeft && clearRight ? k : -1;
    }

    private static int columnsUsed(List<float[]> columns, Line l) {
        boolean[] used = new boolean[columns.size()];
        int n = 0;
        for (Word w : l.words()) {
            int k = column(columns, w);
            if (k >= 0 && !used[k]) {
                used[k] = true;
                n++;
            }
        }
        return n;
    }

    private record Region(List<Line> lines, List<float[]> columns) {

        int lineCount() {
            return lines.size();
        }

        /** Whether the first column holds codes (STT: 1, 2, 1.1, I, a): a code there starts a row. */
        private boolean codeColumn() {
            int codes = 0;
            int words = 0;
            for (Line l : lines) {
                for (Word w : l.words()) {
                    if (column(columns, w) == 0) {
                        words++;
                        if (w.text()
                                .matches("(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|" + ListMarkers.LETTER + ")[.)]?")) {
                            codes++;
                        }
                    }
                }
            }
            return words > 0 && codes * 2 >= words;
        }

        private boolean startsRow(Line l, boolean codes) {
            if (columnsUsed(columns, l) >= 2) {
                return true;
            }
            return codes && l.words().stream().anyMatch(w -> column(columns, w) == 0);
        }

        /** The text of the lines of the first row (the header, when its cells are words). */
        List<String> headerLines() {
            boolean codes = codeColumn();
            List<String> out = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                if (k > 0 && startsRow(lines.get(k), codes)) {
                    break;
                }
                out.add(lines.get(k).text());
            }
            return out.stream().anyMatch(s -> s.matches(".*\\p{L}.*")) ? out : null;
        }

        /** Whether this region starts with the header lines of an earlier table (repeated on a new page). */
        boolean repeats(List<String> header) {
            if (lines.size() < header.size()) {
                return false;
            }
            for (int k = 0; k < header.size(); k++) {
                if (!lines.get(k).text().equals(header.get(k))) {
                    return false;
                }
            }
            return true;
        }

        Table table(List<String> earlierHeader) {
            boolean codes = codeColumn();
            List<List<Line>> rows = new ArrayList<>();
            int k = 0;
            if (earlierHeader != null && repeats(earlierHeader)) {
                // the repeated header is one row; the lines after it up to the next row start continue the
                // row the page break cut
                rows.add(new ArrayList<>(lines.subList(0, earlierHeader.size())));
                k = earlierHeader.size();
                List<Line> rest = new ArrayList<>();
                while (k < lines.size() && !startsRow(lines.get(k), codes)) {
                    rest.add(lines.get(k++));
                }
                if (!rest.isEmpty()) {
                    rows.add(rest);
                }
            }
            for (; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (rows.isEmpty() || startsRow(l, codes)) {
                    rows.add(new ArrayList<>());
                }
                rows.getLast().add(l);
            }
            List<List<Cell>> cells = new ArrayList<>();
            for (List<Line> row : rows) {
                cells.add(cells(row));
            }
            return new Table(cells, 0);
        }

        private List<Cell> cells(List<Line> row) {
            int n = columns.size();
            StringBuilder[] text = new StringBuilder[n];
            int[] letters = new int[n];
            int[] bold = new int[n];
            for (Line l : row) {
                StringBuilder[] lineText = new StringBuilder[n];
                for (Word w : l.words()) {
                    int c = column(columns, w);
                    if (lineText[c] == null) {
                        lineText[c] = new StringBuilder(w.text());
                    } else {
                        lineText[c].append(' ').append(w.text());
                    }
                    letters[c] += w.letters();
                    bold[c] += w.boldLetters();
                }
                for (int c = 0; c < n; c++) {
                    if (lineText[c] != null) {
                        if (text[c] == null) {
                            text[c] = lineText[c];
                        } else {
                            text[c].append(LayoutRepair.lineJoint(text[c], lineText[c].toString()))
                                    .append(lineText[c]);
                        }
                    }
                }
            }
            List<Cell> out = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                out.add(new Cell(
                        text[c] == null ? "" : text[c].toString(), letters[c] > 0 && bold[c] == letters[c], false));
            }
            return out;
        }
    }
}
