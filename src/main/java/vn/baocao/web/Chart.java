package vn.baocao.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.query.FigureSeries;

/**
 * A line chart of figure series, one line per unit across periods, laid out for inline SVG on the server
 * (no script, no external asset).
 */
public record Chart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

    /** One unit's series: the SVG points and the dots with their values. */
    public record Line(String issuer, String color, String points, List<Dot> dots) {}

    public record Dot(double x, double y, String label) {}

    public record Tick(double at, String label) {}

    private static final String[] COLORS = {"#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d"
    };
    private static final int W = 760, H = 340, LEFT = 70, RIGHT = 70, TOP = 20, BOTTOM = 95;

    /** The chart of the points (ordered by period), or null when no point has a period. */
    static Chart of(List<FigureSeries.Point> points) {
        TreeMap<Integer, String> periods = new TreeMap<>();
        Map<String, TreeMap<Integer, Double>> byUnit = new LinkedHashMap<>();
        for (FigureSeries.Point p : points) {
            if (p.periodKey() == null) {
                continue;
            }
            periods.putIfAbsent(p.periodKey(), p.period());
            // one value per unit and period: the first stated (the report's own figure comes before repeats)
            byUnit.computeIfAbsent(p.issuer() == null ? "?" : p.issuer(), u -> new TreeMap<>())
                    .putIfAbsent(p.periodKey(), p.value());
        }
        if (periods.isEmpty()) {
            return null;
        }
        double max = byUnit.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        double min = Math.min(
                0,
                byUnit.values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(0));
        double top = niceCeiling(max);
        if (top <= min) {
            top = min + 1;
        }
        List<Integer> keys = new ArrayList<>(periods.keySet());
        double plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            xTicks.add(new Tick(x(i, keys.size(), plotW), periods.get(keys.get(i))));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = min + (top - min) * i / 4;
            yTicks.add(new Tick(TOP + plotH - plotH * i / 4, number(v)));
        }
        List<Line> lines = new ArrayList<>();
        int c = 0;
        for (Map.Entry<String, TreeMap<Integer, Double>> e : byUnit.entrySet()) {
            StringBuilder pts = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (Map.Entry<Integer, Double> v : e.getValue().entrySet()) {
                double px = x(keys.indexOf(v.getKey()), keys.size(), plotW);
                double py = TOP + plotH - plotH * (v.getValue() - min) / (top - min);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                dots.add(new Dot(px, py, number(v.getValue())));
            }
            lines.add(new Line(
                    e.getKey(), COLORS[c++ % COLORS.length], pts.toString().strip(), dots));
        }
        return new Chart(W, H, lines, xTicks, yTicks);
    }

    /** Whether the period labels are slanted (too many to stand side by side). */
    public boolean slanted() {
        return xTicks.size() > 4;
    }

    /** The SVG transform of a period label. */
    public String labelTransform(Tick t) {
        return slanted() ? String.format(Locale.ROOT, "rotate(-35 %.1f %d)", t.at(), plotBottom() + 16) : null;
    }

    public int left() {
        return LEFT;
    }

    public int plotBottom() {
        return H - BOTTOM;
    }

    public int plotRight() {
        return W - RIGHT;
    }

    private static double x(int i, int n, double plotW) {
        return n == 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (n - 1);
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A number in Vietnamese format: 1.334 and 36,84. */
    public static String number(double v) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }
}
