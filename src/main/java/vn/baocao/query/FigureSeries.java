package vn.baocao.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.Store;

/**
 * One figure's series across periods and units: the figures whose subject contains the words asked for
 * (diacritics optional) or whose indicator code is exactly them, ordered by period then unit.
 */
public final class FigureSeries {

    /** One point of a series. */
    public record Point(
            long reportId,
            @JsonProperty("unit") String issuer,
            String period,
            Integer periodKey,
            String section,
            String subject,
            String kind,
            double value,
            Double total,
            String measure,
            String indicator,
            String text) {}

    private final Archive archive;

    public FigureSeries(Archive archive) {
        this.archive = archive;
    }

    public List<Point> series(String subject, ReportFilter filter) throws SQLException {
        String wanted = VietnameseText.fold(VietnameseText.collapseSpaces(subject));
        Map<Long, Store.ReportRow> reports = new HashMap<>();
        archive.reports(filter).forEach(r -> reports.put(r.id(), r));
        List<Point> out = new ArrayList<>();
        for (Store.FigureRow f : archive.store().figures()) {
            Store.ReportRow r = reports.get(f.reportId());
            if (r == null) {
                continue;
            }
            boolean bySubject = f.subject() != null
                    && VietnameseText.fold(VietnameseText.collapseSpaces(f.subject()))
                            .contains(wanted);
            boolean byIndicator = f.indicator() != null && f.indicator().equals(subject.strip());
            if (bySubject || byIndicator) {
                out.add(new Point(
                        r.id(),
                        r.issuer(),
                        Archive.periodLabel(r),
                        r.periodKey(),
                        f.section(),
                        f.subject(),
                        f.kind(),
                        f.value(),
                        f.total(),
                        f.unit(),
                        f.indicator(),
                        f.text()));
            }
        }
        out.sort(Comparator.comparing(Point::periodKey, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.issuer() == null ? "" : p.issuer()));
        return out;
    }

    /**
     * One thing a series can measure: an indicator code, else a kind with its unit ("percent %", "count hồ sơ").
     * A series never mixes two: a count with a percentage, or two indicators.
     *
     * @param points  how many points of the series measure it
     * @param periods in how many distinct periods
     */
    public record Measure(String key, String label, int points, int periods) {}

    /** What a point measures ({@link Measure#key}). */
    public static String measureKey(Point p) {
        if (p.indicator() != null && !p.indicator().isBlank()) {
            return "indicator:" + p.indicator();
        }
        String unit = p.measure() == null ? "" : VietnameseText.fold(VietnameseText.collapseSpaces(p.measure()));
        return p.kind() + ":" + unit;
    }

    /** The distinct measures of a series' points, the most periods first (then the most points). */
    public static List<Measure> measures(List<Point> points) {
        Map<String, List<Point>> by = new java.util.LinkedHashMap<>();
        for (Point p : points) {
            by.computeIfAbsent(measureKey(p), k -> new ArrayList<>()).add(p);
        }
        List<Measure> out = new ArrayList<>();
        by.forEach((key, ps) -> {
            Point first = ps.getFirst();
            String label = first.indicator() != null && !first.indicator().isBlank()
                    ? "chỉ tiêu " + first.indicator() + (first.measure() == null ? "" : " (" + first.measure() + ")")
                    : kindLabel(first.kind()) + (first.measure() == null ? "" : " (" + first.measure() + ")");
            long periods = ps.stream().map(p -> p.reportId()).distinct().count();
            out.add(new Measure(key, label, ps.size(), (int) periods));
        });
        out.sort(Comparator.comparingInt(Measure::periods)
                .reversed()
                .thenComparing(Comparator.comparingInt(Measure::points).reversed()));
        return out;
    }

    /** The points of one measure. */
    public static List<Point> of(List<Point> points, Measure m) {
        return points.stream().filter(p -> measureKey(p).equals(m.key())).toList();
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "count" -> "số lượng";
            case "ratio" -> "tỷ số";
            case "percent" -> "tỷ lệ";
            case "money" -> "số tiền";
            default -> "giá trị";
        };
    }

    /** The subjects of the stored figures, most frequent first (suggestions for a subject box). */
    public List<String> subjects(int max) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (Store.FigureRow f : archive.store().figures()) {
            if (f.subject() != null && !f.subject().isBlank() && readable(f.subject())) {
                counts.merge(VietnameseText.collapseSpaces(f.subject()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Whether a subject reads as words a user would pick: no markup left over ("[footnoteRef"), no word pair
     * said twice in a row ("tỷ lệ tỷ lệ").
     */
    static boolean readable(String subject) {
        if (subject.matches(".*[\\[\\]{}<>|].*")) {
            return false;
        }
        return !VietnameseText.collapseSpaces(subject)
                .toLowerCase(java.util.Locale.ROOT)
                .matches("(?U).*\\b(\\p{L}+ \\p{L}+) \\1\\b.*");
    }

    /** The points as CSV (the columns of {@code baocao figures --csv}), one line per point after the header. */
    public static String csv(List<Point> points) {
        StringBuilder out =
                new StringBuilder("report_id,unit,period,section,subject,kind,value,total,measure,indicator,text\n");
        for (Point p : points) {
            out.append(String.join(
                            ",",
                            String.valueOf(p.reportId()),
                            csvField(p.issuer()),
                            csvField(p.period()),
                            csvField(p.section()),
                            csvField(p.subject()),
                            p.kind(),
                            number(p.value()),
                            p.total() == null ? "" : number(p.total()),
                            csvField(p.measure()),
                            csvField(p.indicator()),
                            csvField(p.text())))
                    .append('\n');
        }
        return out.toString();
    }

    /** A value as written in CSV and text output: integers without a decimal point. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String csvField(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("(?s).*[,\"\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
