package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Cell;
import vn.baocao.read.Table;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * Tables whose rows are entities or indicators and whose columns are measures ("Điểm số", "Chỉ số",
 * "Thứ hạng" under "Lâm Đồng", "Đắk Nông" …): the header rows say what each column measures, so a bare
 * value cell ("6,74", "58") is a figure whose unit and kind come from its column's header
 * ({@code table-measures.tsv}), and whose subject names the row and the column.
 */
final class MeasureTables {

    static final String FILE = "table-measures.tsv";

    private record Measure(Pattern header, Figure.Kind kind, String unit, String ratioUnit) {}

    private final List<Measure> measures = new ArrayList<>();

    MeasureTables(RuleSet rules) {
        for (RuleLine r : rules.lines(FILE)) {
            Figure.Kind kind = switch (r.field(1)) {
                case "other" -> Figure.Kind.OTHER;
                case "percent" -> Figure.Kind.PERCENT;
                case "money" -> Figure.Kind.MONEY;
                case "count" -> Figure.Kind.COUNT;
                default -> throw r.error("loại số liệu phải là other, percent, money hoặc count");
            };
            measures.add(new Measure(
                    RuleSet.regex(r, 0, Pattern.CASE_INSENSITIVE), kind, none(r.field(2)), none(r.field(3))));
        }
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }

    /** The measure of each column of a table from its header rows, or null when the table has none. */
    Columns columns(Table t) {
        List<List<Cell>> rows = t.rows();
        int header = 0;
        while (header < rows.size() && header < 4 && rows.get(header).stream().noneMatch(MeasureTables::isValue)) {
            header++;
        }
        if (header == 0 || header == rows.size()) {
            return null;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        Measure[] byColumn = new Measure[width];
        String[] label = new String[width];
        boolean any = false;
        for (int c = 0; c < width; c++) {
            String group = "";
            for (int r = 0; r < header; r++) {
                String h = cellText(rows.get(r), c);
                if (r < header - 1) {
                    // a group header spans the columns after it until the next one ("Lâm Đồng", then its measures)
                    for (int k = c; k >= 0 && h.isEmpty(); k--) {
                        h = cellText(rows.get(r), k);
                    }
                    group = h;
                } else {
                    String f = VietnameseText.fold(h);
                    for (Measure m : measures) {
                        if (!f.isEmpty() && m.header().matcher(f).find()) {
                            byColumn[c] = m;
                            any = true;
                            break;
                        }
                    }
                    label[c] = group.isEmpty() ? h : group + ": " + h;
                }
            }
        }
        return any ? new Columns(byColumn, label, header) : null;
    }

    /** The measures of a table's columns, as its header rows give them. */
    final class Columns {
        private final Measure[] byColumn;
        private final String[] label;
        private final int headerRows;

        private Columns(Measure[] byColumn, String[] label, int headerRows) {
            this.byColumn = byColumn;
            this.label = label;
            this.headerRows = headerRows;
        }

        /**
         * The figures of one cell: those found in its text get the column's unit where they have none; a bare
         * value becomes a figure of the column's measure. Header rows and cells of columns with no measure are
         * left as found.
         */
        List<Figure> cell(Table t, int row, int col, List<Figure> found, Passage cell) {
            String section = cell.section();
            if (row < headerRows || col >= byColumn.length || byColumn[col] == null) {
                return found;
            }
            Measure m = byColumn[col];
            String subject = rowLabel(t.rows().get(row)) + " – " + label[col];
            String raw = t.rows().get(row).get(col).text();
            String v = raw.strip();
            if (found.isEmpty()) {
                int lead = raw.indexOf(v);
                Span span = cell.span(lead, lead + v.length());
                Matcher x = StatisticsTables.TABLE_VALUE.matcher(v);
                if (!x.matches()) {
                    return found;
                }
                Double a = VietnameseNumbers.parse(x.group("a"));
                Double b = x.group("b") == null ? null : VietnameseNumbers.parse(x.group("b"));
                if (a == null) {
                    return found;
                }
                Figure f = b != null
                        ? new Figure(
                                Figure.Kind.RATIO,
                                a,
                                b,
                                m.ratioUnit(),
                                subject,
                                v,
                                null,
                                null,
                                -1,
                                -1,
                                t.line(),
                                section,
                                span)
                        : v.endsWith("%")
                                ? new Figure(
                                        Figure.Kind.PERCENT,
                                        a,
                                        null,
                                        "%",
                                        subject,
                                        v,
                                        null,
                                        null,
                                        -1,
                                        -1,
                                        t.line(),
                                        section,
                                        span)
                                : new Figure(
                                        m.kind(), a, null, m.unit(), subject, v, null, null, -1, -1, t.line(), section,
                                        span);
                return List.of(f);
            }
            List<Figure> out = new ArrayList<>();
            for (Figure f : found) {
                String unit = f.unit() != null ? f.unit() : f.kind() == Figure.Kind.RATIO ? m.ratioUnit() : m.unit();
                String sub = f.subject() == null || f.subject().isBlank() ? subject : f.subject();
                out.add(new Figure(
                        f.kind(),
                        f.value(),
                        f.total(),
                        unit,
                        sub,
                        f.text(),
                        f.indicator(),
                        f.note(),
                        f.start(),
                        f.end(),
                        f.line(),
                        f.section(),
                        f.span()));
            }
            return out;
        }

        private static String rowLabel(List<Cell> row) {
            for (Cell c : row) {
                String s = VietnameseText.collapseSpaces(c.text().replace('\n', ' '));
                if (!s.isEmpty()
                        && !isValue(c)
                        && !StatisticsTables.TABLE_CODE.matcher(s).matches()) {
                    return s;
                }
            }
            return "";
        }
    }

    private static String cellText(List<Cell> row, int c) {
        return c < row.size() ? VietnameseText.collapseSpaces(row.get(c).text().replace('\n', ' ')) : "";
    }

    /** A cell holding a value ("6,74", "9,49/ 9,5", "99,9%"), not an STT code alone. */
    private static boolean isValue(Cell c) {
        String s = c.text().strip();
        return !s.isEmpty() && StatisticsTables.TABLE_VALUE.matcher(s).matches() && !s.matches("\\d{1,2}[.)]?");
    }
}
