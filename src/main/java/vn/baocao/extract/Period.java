package vn.baocao.extract;

/**
 * The reporting period a report covers (kỳ báo cáo).
 *
 * @param kind   quarter, half (6 tháng), nine_months (9 tháng), year (năm), month, or other
 * @param number the quarter 1–4 or the month 1–12; null for the other kinds
 * @param year   the year, or null when the report does not say
 */
public record Period(Kind kind, Integer number, Integer year) {

    /** Kinds of period, with the spelling used in JSON output. */
    public enum Kind {
        QUARTER("quarter"), HALF("half"), NINE_MONTHS("nine_months"), YEAR("year"), MONTH("month"), OTHER("other");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Kind ofJson(String s) {
            for (Kind k : values()) {
                if (k.json.equals(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown period kind: " + s);
        }
    }

    public static Period quarter(int q, Integer year) {
        return new Period(Kind.QUARTER, q, year);
    }

    public static Period of(Kind kind, Integer year) {
        return new Period(kind, null, year);
    }

    public Period withYear(Integer y) {
        return new Period(kind, number, y);
    }

    /** Vietnamese label as used in report titles: "Quý I năm 2025", "6 tháng đầu năm 2024", "năm 2024". */
    public String label() {
        String y = year == null ? "" : " năm " + year;
        return switch (kind) {
            case QUARTER -> "Quý " + roman(number) + y;
            case HALF -> "6 tháng đầu năm" + (year == null ? "" : " " + year);
            case NINE_MONTHS -> "9 tháng đầu năm" + (year == null ? "" : " " + year);
            case YEAR -> "năm" + (year == null ? "" : " " + year);
            case MONTH -> "tháng " + number + y;
            case OTHER -> "kỳ khác" + y;
        };
    }

    static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(n);
        };
    }
}
