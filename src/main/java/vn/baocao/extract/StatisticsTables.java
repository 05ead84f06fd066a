package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Cell;
import vn.baocao.read.Table;

/**
 * The figures of appendix statistics tables (Biểu mẫu): a table whose header names the unit column, each row an
 * indicator code, its text and unit, then its values. Thread-safe.
 */
final class StatisticsTables {

    /** A statistics-table value cell: a number or a ratio, perhaps with "%". */
    static final Pattern TABLE_VALUE = Pattern.compile(
            "(?<a>" + VietnameseNumbers.NUMBER + ")(?:\\s*/\\s*(?<b>" + VietnameseNumbers.NUMBER + "))?\\s*%?");
    /** An indicator code: "3.3.1.", "II", "a)". */
    static final Pattern TABLE_CODE = Pattern.compile("(?:\\d+(?:\\.\\d+)*|[IVX]+|" + ListMarkers.LETTER + ")[.)]?");

    /** The kind of figure a unit noun counts, by its match key ({@link FigureExtractor#kindOf}). */
    private final Function<String, Figure.Kind> kindOf;

    StatisticsTables(Function<String, Figure.Kind> kindOf) {
        this.kindOf = kindOf;
    }

    /**
     * Whether a table is an appendix statistics table (Biểu mẫu): a header cell names the unit column
     * ("Đơn vị tính", "ĐVT").
     */
    boolean isStatisticsTable(Table table) {
        return unitColumn(table) >= 0;
    }

    private static int unitColumn(Table table) {
        for (int r = 0; r < Math.min(4, table.rows().size()); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String k = VietnameseText.fold(row.get(c).text()).strip();
                if (k.startsWith("don vi tinh") || k.equals("dvt") || k.equals("don vi")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The figures of an appendix statistics table: every non-empty value cell of a row whose first cell
     * is an indicator code ("3.3.1."), with the indicator text as subject and the unit column as unit.
     * Empty for other tables (their cells are running text: use {@link FigureExtractor#extract}).
     */
    List<Figure> extract(Table table, Span origin) {
        String section = origin.section();
        int unitCol = unitColumn(table);
        if (unitCol < 0) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            if (row.size() <= unitCol + 1) {
                continue;
            }
            String code = row.get(0).text().strip();
            if (!TABLE_CODE.matcher(code).matches()) {
                continue;
            }
            String indicator = VietnameseText.collapseSpaces(
                            row.get(Math.min(1, unitCol)).text().replace('\n', ' '))
                    .strip();
            String unitText = VietnameseText.collapseSpaces(
                            row.get(unitCol).text().replace('\n', ' '))
                    .strip();
            String unitNoun = unitText.isEmpty() ? null : unitText;
            String indicatorCode = code.replaceAll("[.)]$", "");
            for (int c = unitCol + 1; c < row.size(); c++) {
                String raw = row.get(c).text();
                String v = raw.strip();
                Span span = origin.at(table.cellOffset(r, c) + raw.indexOf(v), v.length());
                Figure f = tableValue(v, unitNoun, indicator, indicatorCode, table.line(), section, span);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Figure tableValue(
            String v, String unitNoun, String indicator, String code, int line, String section, Span span) {
        Matcher m = TABLE_VALUE.matcher(v);
        if (v.isEmpty() || !m.matches()) {
            return null;
        }
        Double a = VietnameseNumbers.parse(m.group("a"));
        Double b = m.group("b") == null ? null : VietnameseNumbers.parse(m.group("b"));
        Figure.Kind kind;
        String unitKey = unitNoun == null ? "" : VietnameseText.matchKey(unitNoun);
        if (b != null) {
            kind = Figure.Kind.RATIO;
        } else if (unitKey.equals("%") || v.endsWith("%")) {
            kind = Figure.Kind.PERCENT;
        } else if (unitKey.contains("=")) {
            kind = Figure.Kind.OTHER; // a coded value: "Chưa = 0, Hoàn thành = 1"
        } else if (kindOf.apply(unitKey) == Figure.Kind.MONEY) {
            kind = Figure.Kind.MONEY;
        } else {
            kind = Figure.Kind.COUNT;
        }
        return new Figure(kind, a, b, unitNoun, indicator, v, code, null, -1, -1, line, section, span);
    }
}
