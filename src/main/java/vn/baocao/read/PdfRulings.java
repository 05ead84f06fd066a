package vn.baocao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws (table borders), collected with PDFBox's graphics engine, and the
 * table grids they form: column edges from vertical rules, row edges from horizontal rules. Coordinates
 * are top-down like {@code TextPosition.getYDirAdj()}.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A table grid on a page: x edges of columns and y edges of rows, both ascending. */
    record Grid(List<Float> xs, List<Float> ys) {

        boolean contains(float x, float y) {
            return x >= xs.getFirst() - 1 && x <= xs.getLast() + 1 && y >= ys.getFirst() - 1 && y <= ys.getLast() + 1;
        }

        int column(float x) {
            return slot(xs, x);
        }

        int row(float y) {
            return slot(ys, y);
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

    private record Rule(boolean vertical, float at, float from, float to) {
    }

    private final float pageHeight;
    private final List<Rule> rules = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>(); // x0,y0,x1,y1 segments of the current path
    private Point2D current;

    private PdfRulings(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    /** The table grids drawn on a page. */
    static List<Grid> grids(PDPage page) throws IOException {
        PdfRulings r = new PdfRulings(page);
        r.processPage(page);
        return r.grids();
    }

    private List<Grid> grids() {
        List<Rule> vertical = rules.stream().filter(Rule::vertical).toList();
        List<Rule> horizontal = rules.stream().filter(r -> !r.vertical()).toList();
        // group vertical rules into regions that overlap in y
        List<float[]> regions = new ArrayList<>(); // top, bottom
        for (Rule v : vertical.stream().sorted((a, b) -> Float.compare(a.from(), b.from())).toList()) {
            if (!regions.isEmpty() && v.from() <= regions.getLast()[1] + 2) {
                regions.getLast()[1] = Math.max(regions.getLast()[1], v.to());
            } else {
                regions.add(new float[]{v.from(), v.to()});
            }
        }
        List<Grid> out = new ArrayList<>();
        for (float[] reg : regions) {
            List<Float> xs = edges(vertical.stream().filter(v -> v.from() >= reg[0] - 2 && v.to() <= reg[1] + 2)
                    .map(Rule::at).toList());
            float left = xs.isEmpty() ? 0 : xs.getFirst();
            float right = xs.isEmpty() ? 0 : xs.getLast();
            List<Float> ys = edges(horizontal.stream().filter(h -> h.at() >= reg[0] - 2 && h.at() <= reg[1] + 2
                    && h.to() > left + 2 && h.from() < right - 2).map(Rule::at).toList());
            if (xs.size() >= 3 && ys.size() >= 2) {
                out.add(new Grid(xs, ys));
            }
        }
        return out;
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

    private void addSegment(double x0, double y0, double x1, double y1) {
        path.add(new float[]{(float) x0, (float) (pageHeight - y0), (float) x1, (float) (pageHeight - y1)});
    }

    private void commit() {
        for (float[] s : path) {
            float dx = Math.abs(s[2] - s[0]);
            float dy = Math.abs(s[3] - s[1]);
            if (dx < 2 && dy > 4) {
                rules.add(new Rule(true, (s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])));
            } else if (dy < 2 && dx > 4) {
                rules.add(new Rule(false, (s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])));
            }
        }
        path.clear();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        if (maxX - minX < 2) {
            addSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY); // a thin filled rule
        } else if (maxY - minY < 2) {
            addSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else { // a cell box: its four sides
            addSegment(minX, minY, minX, maxY);
            addSegment(maxX, minY, maxX, maxY);
            addSegment(minX, minY, maxX, minY);
            addSegment(minX, maxY, maxX, maxY);
        }
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            addSegment(current.getX(), current.getY(), x, y);
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        commit();
    }

    @Override
    public void fillPath(int windingRule) {
        commit();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        commit();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
