package vn.baocao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The vector graphics of a page that bear on reading its text, collected with PDFBox's graphics engine:
 * the ruling lines (table borders) and the table grids they form, the filled shapes of charts (bars,
 * slices), short rules standing alone (the footnote separator) and the area covered by images.
 * Coordinates are top-down like {@code TextPosition.getYDirAdj()}.
 *
 * <p>Only what is visibly drawn as a line counts as a rule: a stroked segment, or a filled shape thinner
 * than 2 pt. White shapes (the background Word paints behind paragraphs and invisible cell borders) and
 * wide filled areas (bars of a chart, cell shading, highlighting) never make a grid.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A drawn rule: vertical at x = {@code at} from y {@code from} to {@code to}, or horizontal at y = {@code at}. */
    record Rule(boolean vertical, float at, float from, float to) {}

    /** A box on the page: left, top, right, bottom. */
    record Box(float x0, float y0, float x1, float y1) {

        float width() {
            return x1 - x0;
        }

        float height() {
            return y1 - y0;
        }

        boolean contains(float x, float y) {
            return x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1;
        }

        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        Box union(Box o) {
            return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
        }
    }

    /**
     * A table grid on a page: x edges of columns and y edges of rows, both ascending, and the vertical rules
     * drawn inside it (to tell a merged cell, whose inner border is missing, from separate cells).
     */
    record Grid(List<Float> xs, List<Float> ys, List<Rule> verticals) {

        boolean contains(float x, float y) {
            return x >= xs.getFirst() - 1 && x <= xs.getLast() + 1 && y >= ys.getFirst() - 1 && y <= ys.getLast() + 1;
        }

        int column(float x) {
            return slot(xs, x);
        }

        int row(float y) {
            return slot(ys, y);
        }

        /**
         * The first column of the cell holding column {@code c} in row {@code r}: where no rule is drawn on
         * the left edge of a column within the row, the cell spans it (a merged cell).
         */
        int spanStart(int r, int c) {
            float top = ys.get(r);
            float bottom = ys.get(r + 1);
            float mid = (top + bottom) / 2;
            while (c > 0 && !ruled(xs.get(c), top, bottom, mid)) {
                c--;
            }
            return c;
        }

        private boolean ruled(float x, float top, float bottom, float mid) {
            for (Rule v : verticals) {
                if (Math.abs(v.at() - x) <= 2
                        && v.from() <= mid + 1
                        && v.to() >= mid - 1
                        && Math.min(v.to(), bottom) - Math.max(v.from(), top) >= (bottom - top) * 0.5f) {
                    return true;
                }
            }
            return false;
        }

        Box box() {
            return new Box(xs.getFirst(), ys.getFirst(), xs.getLast(), ys.getLast());
        }

        private static int slot(List<Float> edges, float v) {
            for (int i = 1; i < edges.size(); i++) {
                if (v < edges.get(i)) {
                    return i - 1;
                }
            }
            return edges.size() - 2;
        }
    }

    /** What a page draws: its grids, chart marks, lone short rules and the image area. */
    record Graphics(List<Grid> grids, List<Box> marks, List<Box> frames, List<Rule> loneRules, float imageArea) {}

    private final float pageHeight;
    private final List<Rule> rules = new ArrayList<>();
    /** Filled shapes wider than a rule, coloured (not white): bars and slices of charts, shading. */
    private final List<Box> marks = new ArrayList<>();
    /** Rectangles of any kind, frames of charts among them. */
    private final List<Box> frames = new ArrayList<>();

    private final List<List<float[]>> subpaths = new ArrayList<>(); // x0,y0,x1,y1 segments per subpath
    /** Per subpath: 1 a rectangle, 2 holding curves (a slice, a rounded shape: never a rule), 0 else. */
    private final List<Integer> kinds = new ArrayList<>();

    private Point2D current;
    private float imageArea;

    private PdfRulings(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    /** The table grids drawn on a page. */
    static List<Grid> grids(PDPage page) throws IOException {
        return graphics(page).grids();
    }

    /** What a page draws. */
    static Graphics graphics(PDPage page) throws IOException {
        PdfRulings r = new PdfRulings(page);
        r.processPage(page);
        List<Grid> grids = r.grids();
        List<Rule> lone = new ArrayList<>();
        for (Rule h : r.rules) {
            if (!h.vertical() && grids.stream().noneMatch(g -> g.box().contains((h.from() + h.to()) / 2, h.at()))) {
                lone.add(h);
            }
        }
        return new Graphics(grids, List.copyOf(r.marks), List.copyOf(r.frames), lone, r.imageArea);
    }

    private List<Grid> grids() {
        List<Rule> vertical = rules.stream().filter(Rule::vertical).toList();
        List<Rule> horizontal = rules.stream().filter(r -> !r.vertical()).toList();
        // group vertical rules into regions that overlap in y
        List<float[]> regions = new ArrayList<>(); // top, bottom
        for (Rule v : vertical.stream()
                .sorted((a, b) -> Float.compare(a.from(), b.from()))
                .toList()) {
            if (!regions.isEmpty() && v.from() <= regions.getLast()[1] + 2) {
                regions.getLast()[1] = Math.max(regions.getLast()[1], v.to());
            } else {
                regions.add(new float[] {v.from(), v.to()});
            }
        }
        List<Grid> out = new ArrayList<>();
        for (float[] reg : regions) {
            List<Rule> inside = vertical.stream()
                    .filter(v -> v.from() >= reg[0] - 2 && v.to() <= reg[1] + 2)
                    .toList();
            List<Float> xs = edges(inside.stream().map(Rule::at).toList());
            float left = xs.isEmpty() ? 0 : xs.getFirst();
            float right = xs.isEmpty() ? 0 : xs.getLast();
            // a row edge is a rule running across most of the grid, or at least across a cell
            List<Float> ys = edges(horizontal.stream()
                    .filter(h ->
                            h.at() >= reg[0] - 2 && h.at() <= reg[1] + 2 && h.to() > left + 2 && h.from() < right - 2)
                    .map(Rule::at)
                    .toList());
            if (xs.size() >= 3 && ys.size() >= 2 && closed(xs, ys, horizontal)) {
                out.add(new Grid(xs, ys, inside));
            }
        }
        return out;
    }

    /** Whether the grid's outer top and bottom are ruled across its width: a table, not a few loose lines. */
    private static boolean closed(List<Float> xs, List<Float> ys, List<Rule> horizontal) {
        float left = xs.getFirst();
        float right = xs.getLast();
        float width = right - left;
        for (float y : List.of(ys.getFirst(), ys.getLast())) {
            float covered = 0;
            for (Rule h : horizontal) {
                if (Math.abs(h.at() - y) <= 2) {
                    covered += Math.max(0, Math.min(h.to(), right) - Math.max(h.from(), left));
                }
            }
            if (covered < width * 0.5f) {
                return false;
            }
        }
        return true;
    }

    private static List<Float> edges(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.getLast() > 2) {
                out.add(v);
            }
        }
        return out;
    }

    private float[] point(double x, double y) {
        return new float[] {(float) x, (float) (pageHeight - y)};
    }

    private void addSegment(Point2D a, Point2D b) {
        if (subpaths.isEmpty()) {
            subpaths.add(new ArrayList<>());
            kinds.add(0);
        }
        float[] p = point(a.getX(), a.getY());
        float[] q = point(b.getX(), b.getY());
        subpaths.getLast().add(new float[] {p[0], p[1], q[0], q[1]});
    }

    private static Box bounds(List<float[]> segments) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] s : segments) {
            x0 = Math.min(x0, Math.min(s[0], s[2]));
            x1 = Math.max(x1, Math.max(s[0], s[2]));
            y0 = Math.min(y0, Math.min(s[1], s[3]));
            y1 = Math.max(y1, Math.max(s[1], s[3]));
        }
        return new Box(x0, y0, x1, y1);
    }

    private static boolean white(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Turns the current path into rules and marks; {@code stroked} and {@code filled} say how it was painted. */
    private void commit(boolean stroked, boolean filled) {
        boolean invisible = (!stroked || white(getGraphicsState().getStrokingColor()))
                && (!filled || white(getGraphicsState().getNonStrokingColor()));
        for (int k = 0; k < subpaths.size(); k++) {
            List<float[]> segments = subpaths.get(k);
            if (segments.isEmpty()) {
                continue;
            }
            Box b = bounds(segments);
            if (kinds.get(k) == 1 && b.width() > 20 && b.height() > 20) {
                frames.add(b);
            }
            if (invisible) {
                continue;
            }
            boolean thin = b.width() < 2 || b.height() < 2;
            boolean strokeVisible = stroked && !white(getGraphicsState().getStrokingColor());
            if (thin && (strokeVisible || filled && !white(getGraphicsState().getNonStrokingColor()))) {
                if (b.width() < 2 && b.height() > 4) {
                    rules.add(new Rule(true, (b.x0() + b.x1()) / 2, b.y0(), b.y1()));
                } else if (b.height() < 2 && b.width() > 4) {
                    rules.add(new Rule(false, (b.y0() + b.y1()) / 2, b.x0(), b.x1()));
                }
            } else if (strokeVisible && kinds.get(k) != 2) {
                for (float[] s : segments) { // the sides of a stroked box or polyline
                    float dx = Math.abs(s[2] - s[0]);
                    float dy = Math.abs(s[3] - s[1]);
                    if (dx < 2 && dy > 4) {
                        rules.add(new Rule(true, (s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])));
                    } else if (dy < 2 && dx > 4) {
                        rules.add(new Rule(false, (s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])));
                    }
                }
            } else if (filled && !thin && !white(getGraphicsState().getNonStrokingColor())) {
                marks.add(b);
            }
        }
        subpaths.clear();
        kinds.clear();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(new ArrayList<>());
        kinds.add(1);
        addSegment(p0, p1);
        addSegment(p1, p2);
        addSegment(p2, p3);
        addSegment(p3, p0);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        subpaths.add(new ArrayList<>());
        kinds.add(0);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            addSegment(current, next);
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        Point2D next = new Point2D.Float(x3, y3);
        if (current != null) { // a curve bounds its shape like the chord does: enough for a slice's box
            addSegment(current, new Point2D.Float(x1, y1));
            addSegment(new Point2D.Float(x1, y1), new Point2D.Float(x2, y2));
            addSegment(new Point2D.Float(x2, y2), next);
            kinds.set(kinds.size() - 1, 2);
        }
        current = next;
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
        subpaths.clear();
        kinds.clear();
    }

    @Override
    public void strokePath() {
        commit(true, false);
    }

    @Override
    public void fillPath(int windingRule) {
        commit(false, true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        commit(true, true);
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs(m.getScalingFactorX() * m.getScalingFactorY());
    }

    @Override
    public void shadingFill(COSName shadingName) {}
}
