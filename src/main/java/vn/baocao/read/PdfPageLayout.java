package vn.baocao.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.read.PdfReader.Line;
import vn.baocao.read.PdfReader.Word;
import vn.baocao.read.PdfRulings.Box;
import vn.baocao.read.PdfRulings.Grid;

/**
 * Sorts the words of one PDF page into running text, table cells and chart labels.
 *
 * <p>A ruled grid becomes a table when its cells hold text in at least two columns; each word goes whole
 * into the cell under its middle, and into the first cell of a merged one (a cell whose inner border is
 * not drawn). A chart (three or more filled shapes close together with no text on them: the bars of a
 * bar chart, the slices of a pie; its gridlines and bar outlines make no table) takes the words inside its frame out of the body: they are kept as one
 * furniture entry ("Biểu đồ: …").
 */
final class PdfPageLayout {

    private PdfPageLayout() {}

    /** The page's lines with tables in place of their words and charts taken out. */
    static List<Line> lay(int page, List<Line> lines, PdfRulings.Graphics graphics, List<String> furniture) {
        Map<Word, Boolean> taken = new IdentityHashMap<>();
        List<Line> tables = new ArrayList<>();
        List<Box> charts = charts(graphics, lines);
        for (Grid g : graphics.grids()) {
            Box b = g.box();
            if (charts.stream()
                    .anyMatch(c -> c.x0() <= b.x0() + 2
                            && c.y0() <= b.y0() + 2
                            && c.x1() >= b.x1() - 2
                            && c.y1() >= b.y1() - 2)) {
                continue; // the gridlines and outlined bars of a chart
            }
            Line t = table(page, g, lines, taken);
            if (t != null) {
                tables.add(t);
            }
        }
        for (Box chart : charts) {
            List<Word> labels = new ArrayList<>();
            for (Line l : lines) {
                for (Word w : l.words()) {
                    if (!taken.containsKey(w) && chart.contains(w.center(), w.base() - w.size() * 0.3f)) {
                        labels.add(w);
                        taken.put(w, true);
                    }
                }
            }
            if (!labels.isEmpty()) {
                furniture.add("Biểu đồ: "
                        + String.join(
                                " ",
                                rows(labels).stream().map(PdfPageLayout::text).toList()));
            }
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            List<Word> rest =
                    l.words().stream().filter(w -> !taken.containsKey(w)).toList();
            if (rest.size() == l.words().size()) {
                out.add(l);
            } else if (!rest.isEmpty()) {
                out.add(Line.of(page, rest));
            }
        }
        for (Line t : tables) {
            int at = 0;
            while (at < out.size() && out.get(at).top() < t.top()) {
                at++;
            }
            out.add(at, t);
        }
        return out;
    }

    /** The table a grid holds, its words marked taken; null when it is no table (text in one column at most). */
    private static Line table(int page, Grid g, List<Line> lines, Map<Word, Boolean> taken) {
        int rowCount = g.ys().size() - 1;
        int colCount = g.xs().size() - 1;
        List<List<List<Word>>> cells = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<List<Word>> row = new ArrayList<>();
            for (int c = 0; c < colCount; c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        List<Word> mine = new ArrayList<>();
        for (Line l : lines) {
            for (Word w : l.words()) {
                float y = w.base() - w.size() * 0.3f;
                if (taken.containsKey(w) || !g.contains(w.center(), y)) {
                    continue;
                }
                int r = g.row(y);
                int c = g.spanStart(r, g.column(w.center()));
                cells.get(r).get(c).add(w);
                mine.add(w);
            }
        }
        boolean[] used = new boolean[colCount];
        int filled = 0;
        for (List<List<Word>> row : cells) {
            for (int c = 0; c < colCount; c++) {
                if (!row.get(c).isEmpty()) {
                    used[c] = true;
                    filled++;
                }
            }
        }
        int columns = 0;
        for (boolean u : used) {
            columns += u ? 1 : 0;
        }
        if (columns < 2 || filled < 2) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<List<Word>> row : cells) {
            List<Cell> r = new ArrayList<>();
            boolean any = false;
            for (List<Word> ws : row) {
                String t = String.join(
                        " ", rows(ws).stream().map(PdfPageLayout::text).toList());
                int letters = ws.stream().mapToInt(Word::letters).sum();
                boolean bold =
                        letters > 0 && ws.stream().mapToInt(Word::boldLetters).sum() == letters;
                any |= !t.isEmpty();
                r.add(new Cell(t, bold, false));
            }
            if (any) {
                rows.add(r);
            }
        }
        mine.forEach(w -> taken.put(w, true));
        return Line.table(page, new Table(rows, 0), g.ys().getFirst(), g.ys().getLast());
    }

    /** The frames of the charts drawn on the page. */
    private static List<Box> charts(PdfRulings.Graphics graphics, List<Line> lines) {
        List<Box> marks = new ArrayList<>();
        for (Box m : graphics.marks()) {
            if (!holdsText(m, lines)) { // shading behind a cell's or a paragraph's text is no bar
                marks.add(m);
            }
        }
        // clusters of marks lying close together
        List<List<Box>> clusters = new ArrayList<>();
        for (Box m : marks) {
            Box near = new Box(m.x0() - 24, m.y0() - 24, m.x1() + 24, m.y1() + 24);
            List<Box> into = null;
            for (List<Box> c : clusters) {
                // close together, or bars standing on one axis
                if (c.stream()
                        .anyMatch(o -> near.overlaps(o)
                                || Math.abs(o.y1() - m.y1()) < 1.5f
                                        && Math.max(o.x0(), m.x0()) - Math.min(o.x1(), m.x1()) < 150)) {
                    if (into == null) {
                        into = c;
                        c.add(m);
                    } else {
                        into.addAll(c);
                        c.clear();
                    }
                }
            }
            clusters.removeIf(List::isEmpty);
            if (into == null) {
                List<Box> c = new ArrayList<>();
                c.add(m);
                clusters.add(c);
            }
        }
        List<Box> out = new ArrayList<>();
        for (List<Box> c : clusters) {
            if (c.size() < 3) {
                continue;
            }
            Box area = c.stream().reduce(Box::union).orElseThrow();
            if (area.width() < 60 || area.height() < 40) {
                continue;
            }
            Box frame = null;
            for (Box f : graphics.frames()) {
                if (f.x0() <= area.x0() + 2
                        && f.y0() <= area.y0() + 2
                        && f.x1() >= area.x1() - 2
                        && f.y1() >= area.y1() - 2
                        && (frame == null || f.width() * f.height() < frame.width() * frame.height())
                        && f.width() * f.height() < area.width() * area.height() * 6) {
                    frame = f;
                }
            }
            out.add(frame != null ? frame : new Box(area.x0() - 30, area.y0() - 40, area.x1() + 30, area.y1() + 40));
        }
        return out;
    }

    /** Whether words stand on a filled shape: cell shading or text highlighting, not a bar or a slice. */
    private static boolean holdsText(Box m, List<Line> lines) {
        for (Line l : lines) {
            for (Word w : l.words()) {
                if (m.contains(w.center(), w.base() - w.size() * 0.3f) && m.width() >= (w.x1() - w.x0()) * 0.8f) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words grouped into visual lines by their baselines, top to bottom, each left to right. */
    static List<List<Word>> rows(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Float.compare(a.base(), b.base()));
        List<List<Word>> out = new ArrayList<>();
        float base = Float.NaN;
        for (Word w : sorted) {
            if (out.isEmpty()
                    || Math.abs(w.base() - base)
                            > Math.max(w.size(), out.getLast().getFirst().size()) * 0.5f) {
                out.add(new ArrayList<>());
                base = w.base();
            }
            out.getLast().add(w);
        }
        for (List<Word> r : out) {
            r.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        }
        return out;
    }

    /** The text of a row of words. */
    static String text(List<Word> row) {
        return String.join(" ", row.stream().map(Word::text).toList());
    }
}
