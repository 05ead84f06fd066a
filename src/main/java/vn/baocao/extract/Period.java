package vn.baocao.extract;

/**
 * The reporting period a report covers (kỳ báo cáo).
 *
 * <p>Its text forms are defined once, in {@link PeriodGrammar}.
 *
 * @param kind   quarter, half (6 tháng), nine_months (9 tháng), year (năm), month, or other
 * @param number the quarter 1–4 or the month 1–12; 2 for the second half ("6 tháng cuối năm"); null otherwise
 * @param year   the year, or null when the report does not say
 * @param asOf   the ISO date a report with no standard period is brought up to ("cập nhật đến 27/11/2025"), or null
 */
public record Period(Kind kind, Integer number, Integer year, String asOf) {

    public Period(Kind kind, Integer number, Integer year) {
        this(kind, number, year, null);
    }

    /** Kinds of period, with the spelling used in JSON output. */
    public enum Kind {
        QUARTER("quarter"),
        HALF("half"),
        NINE_MONTHS("nine_months"),
        YEAR("year"),
        MONTH("month"),
        OTHER("other");

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
        return new Period(kind, number, y, asOf);
    }

    /** The second half of a year ("6 tháng cuối năm"). */
    public boolean secondHalf() {
        return kind == Kind.HALF && number != null && number == 2;
    }

    /** Vietnamese label as used in report titles: "Quý I năm 2025", "6 tháng đầu năm 2024", "năm 2024". */
    public String label() {
        String y = year == null ? "" : " năm " + year;
        return switch (kind) {
            case QUARTER -> "Quý " + roman(number) + y;
            case HALF -> (secondHalf() ? "6 tháng cuối năm" : "6 tháng đầu năm") + (year == null ? "" : " " + year);
            case NINE_MONTHS -> "9 tháng đầu năm" + (year == null ? "" : " " + year);
            case YEAR -> "năm" + (year == null ? "" : " " + year);
            case MONTH -> "tháng " + number + y;
            case OTHER -> "kỳ khác" + y;
        };
    }

    /**
     * Parses a period as users type it ({@link PeriodGrammar#parse}): {@code tháng 12/2025}, {@code 12/2025},
     * {@code T12/2025}, {@code Q4/2023}, {@code 2023-Q4}, {@code quý IV/2023}, {@code Quý 4 năm 2023},
     * {@code 6T/2024} (6 tháng), {@code 9T/2024} (9 tháng), {@code 2024} or {@code năm 2024} (the year).
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not a period
     */
    public static Period parse(String text) {
        return PeriodGrammar.parse(text);
    }

    /** A quarter or month number written in Arabic or lower-case Roman digits ("iv" → 4). */
    public static int arabic(String n) {
        return switch (n) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(n);
        };
    }

    /** The first month the period covers (4 for Quý II, 7 for 6 tháng cuối năm, 1 for năm), or null. */
    public Integer startMonth() {
        return switch (kind) {
            case QUARTER -> number == null ? null : number * 3 - 2;
            case HALF -> secondHalf() ? 7 : 1;
            case NINE_MONTHS, YEAR -> 1;
            case MONTH -> number;
            case OTHER -> null;
        };
    }

    /** Whether the two periods share a month (both with a year and months). */
    public boolean overlaps(Period o) {
        if (o == null || year == null || o.year == null || startMonth() == null || o.startMonth() == null) {
            return false;
        }
        int s = year * 12 + startMonth();
        int os = o.year * 12 + o.startMonth();
        return s <= o.endKey() && os <= endKey();
    }

    /** The last month the period covers (3 for Quý I and for month 3, 6 for 6 tháng, 12 for năm), or null. */
    public Integer endMonth() {
        return switch (kind) {
            case QUARTER -> number == null ? null : number * 3;
            case HALF -> secondHalf() ? 12 : 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
            case MONTH -> number;
            case OTHER -> null;
        };
    }

    /**
     * Where the period ends on a month scale ({@code year * 12 + endMonth}), for ordering reports in time;
     * null when year or end month is unknown.
     */
    public Integer endKey() {
        Integer e = endMonth();
        return year == null || e == null ? null : year * 12 + e;
    }

    /**
     * The next reporting period in the quarterly cycle: Quý I → Quý II → Quý III → Quý IV → Quý I of the
     * next year; 6 tháng → Quý III; 9 tháng → Quý IV; năm → Quý I of the next year; a month → the next month.
     */
    public Period next() {
        Integer y = year;
        return switch (kind) {
            case QUARTER ->
                number != null && number == 4
                        ? quarter(1, y == null ? null : y + 1)
                        : quarter(number == null ? 1 : number + 1, y);
            case HALF -> secondHalf() ? new Period(Kind.HALF, null, y == null ? null : y + 1) : quarter(3, y);
            case NINE_MONTHS -> quarter(4, y);
            case YEAR -> quarter(1, y == null ? null : y + 1);
            case MONTH ->
                number != null && number == 12
                        ? new Period(Kind.MONTH, 1, y == null ? null : y + 1)
                        : new Period(Kind.MONTH, number == null ? 1 : number + 1, y);
            case OTHER -> this;
        };
    }

    /** Roman digits for 1–4 ("IV"), else the Arabic number. */
    public static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(n);
        };
    }
}
