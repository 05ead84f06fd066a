package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;

/**
 * The one grammar of reporting periods (kỳ báo cáo), used by extraction (a report's own period), by
 * {@code --period} options and the web forms ({@link #parse}) and by drafting (the period expressions a
 * draft rolls forward, {@link #find}).
 *
 * <p>Forms in running text: "quý I năm 2025", "Quý 1/2025", "QUÝ IV/2023"; "6 tháng đầu năm 2024",
 * "06 tháng", "sáu tháng", "6 tháng cuối năm 2024"; "9 tháng (đầu năm) 2024"; "tháng 3/2026", "tháng 3
 * năm 2026"; "năm 2025"; and the as-of phrase of a report with no standard period ("cập nhật đến
 * 27/11/2025", "tính đến ngày 27/11/2025"). Dates ("ngày 06 tháng 11 năm 2025", "ngày … tháng … năm
 * 2025") are not periods.
 */
public final class PeriodGrammar {

    /** A period expression found in a text: {@code text[start, end)}. */
    public record Mention(int start, int end, Period period) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR = "((?:19|20)\\d{2})(?![\\d])";
    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}\\d])quý\\s*(IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:\\s*(?:/|-|năm)\\s*" + YEAR + ")?", FLAGS);
    private static final Pattern HALF = Pattern.compile(
            "(?<![\\p{L}\\d])(?:0?6|sáu)\\s+tháng(?:\\s+(đầu|cuối)\\s+năm)?(?:\\s*(?:năm|/)?\\s*" + YEAR + ")?", FLAGS);
    private static final Pattern NINE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:0?9|chín)\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s*(?:năm|/)?\\s*" + YEAR + ")?", FLAGS);
    /** "3 tháng đầu năm" (the first quarter); 6 and 9 months are their own kinds above. */
    private static final Pattern FIRST_MONTHS =
            Pattern.compile("(?<![\\p{L}\\d])(?:0?3|ba)\\s+tháng\\s+đầu\\s+năm(?:\\s*" + YEAR + ")?", FLAGS);

    private static final Pattern MONTH =
            Pattern.compile("(?<![\\p{L}\\d])tháng\\s+(\\d{1,2})\\s*(?:năm|/|-)\\s*" + YEAR, FLAGS);
    /** A year after the word "năm" ("năm 2024", in "6 tháng đầu năm 2024" too), the year its group 1; no flags of its own. */
    public static final String YEAR_WORD = "năm\\s+" + YEAR;

    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\p{L}\\d])" + YEAR_WORD + "(?![–-])", FLAGS);
    private static final Pattern AS_OF = Pattern.compile(
            "(?<![\\p{L}\\d])(?:cập nhật|tính|số liệu)\\s+(?:đến|tới)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*"
                    + YEAR,
            FLAGS);
    /** A deadline: "trước 30/6", "trước ngày 30/6/2026", "chậm nhất ngày 15/9", "hạn 31/3". */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:trước|chậm nhất|hạn|hoàn thành)\\s*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})"
                    + "(?:\\s*[/.-]\\s*" + YEAR + ")?",
            FLAGS);
    /** A month without its year, as a plan's time column writes it: "Tháng 6", "trong tháng 9". */
    private static final Pattern BARE_MONTH =
            Pattern.compile("(?<![\\p{L}\\d])tháng\\s+(\\d{1,2})(?![\\d/-]|\\.\\d)", FLAGS);
    /**
     * A data period written as two dates in digits: "từ ngày 15/12/2024 đến ngày 14/3/2025", "từ 15/12/2024 -
     * 14/3/2025". Groups: 1 the opening ("từ ngày "), 2 day, 3 separator, 4 month, 5 separator, 6 year of the start;
     * 7 the words between ("đến ngày "); 8 day, 9 separator, 10 month, 11 separator, 12 year of the end.
     */
    public static final Pattern DATA_PERIOD = Pattern.compile(
            "(?<![\\p{L}\\d])(từ\\s+(?:ngày\\s+)?)(\\d{1,2})(\\s*/\\s*)(\\d{1,2})(\\s*/\\s*)(\\d{4})"
                    + "(\\s*(?:đến|-|–)\\s*(?:ngày\\s+)?)(\\d{1,2})(\\s*/\\s*)(\\d{1,2})(\\s*/\\s*)(\\d{4})(?!\\d)",
            FLAGS);
    /** A mention that is a count of months into the year: "6 tháng đầu năm 2024", "6 tháng cuối năm". */
    private static final Pattern MONTHS_INTO_YEAR =
            Pattern.compile("^(\\d{1,2})\\s+(tháng\\s+(?:đầu|cuối)\\s+năm)(?:\\s+(\\d{4}))?$", FLAGS);
    /** Kinds in the order a report's own period is chosen when its title names several. */
    private static final List<Period.Kind> PRIORITY = List.of(
            Period.Kind.QUARTER, Period.Kind.HALF, Period.Kind.NINE_MONTHS, Period.Kind.MONTH, Period.Kind.YEAR);

    private PeriodGrammar() {}

    /**
     * Every period expression of a text, in text order, none inside a date. A quarter, half, nine-month or
     * month expression without its own year takes none (the caller decides).
     */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = VietnameseText.nfc(text);
        boolean[] taken = new boolean[s.length() + 1];
        Matcher d = VietnameseDates.SPELLED.matcher(s); // dates hold "tháng N năm YYYY" without being a period
        while (d.find()) {
            mark(taken, d.start(), d.end());
        }
        Matcher m = QUARTER.matcher(s);
        while (m.find()) {
            add(out, taken, m, Period.quarter(quarterNumber(m.group(1)), year(m.group(2))));
        }
        m = HALF.matcher(s);
        while (m.find()) {
            boolean second = m.group(1) != null && m.group(1).equalsIgnoreCase("cuối");
            add(out, taken, m, new Period(Period.Kind.HALF, second ? 2 : null, year(m.group(2))));
        }
        m = NINE.matcher(s);
        while (m.find()) {
            add(out, taken, m, Period.of(Period.Kind.NINE_MONTHS, year(m.group(1))));
        }
        m = FIRST_MONTHS.matcher(s);
        while (m.find()) {
            add(out, taken, m, Period.quarter(1, year(m.group(1))));
        }
        m = MONTH.matcher(s);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                add(out, taken, m, new Period(Period.Kind.MONTH, month, year(m.group(2))));
            }
        }
        m = YEAR_ONLY.matcher(s);
        while (m.find()) {
            add(out, taken, m, Period.of(Period.Kind.YEAR, year(m.group(1))));
        }
        m = AS_OF.matcher(s);
        while (m.find()) {
            String iso = VietnameseDates.iso(m.group(1), m.group(3), m.group(4));
            if (iso != null) {
                add(out, taken, m, new Period(Period.Kind.OTHER, null, year(m.group(4)), iso));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static void add(List<Mention> out, boolean[] taken, Matcher m, Period p) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        mark(taken, m.start(), m.end());
        out.add(new Mention(m.start(), m.end(), p));
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    /**
     * A period expression that counts months into the year ("6 tháng đầu năm 2024", "6 tháng cuối năm").
     *
     * @param months the count written
     * @param words  the words after it as written ("tháng đầu năm", "THÁNG ĐẦU NĂM")
     */
    public record MonthsIntoYear(int months, String words) {

        /** The first {@code count} months of a year in the same words: "9 tháng đầu năm" ("cuối" becomes "đầu"). */
        public String first(int count) {
            return count + " " + words.replaceFirst("cuối", "đầu");
        }
    }

    /** The text of a {@link Mention} read as a count of months into the year, or null when it is not one. */
    public static MonthsIntoYear monthsIntoYear(String mention) {
        Matcher m = MONTHS_INTO_YEAR.matcher(mention);
        return m.matches() ? new MonthsIntoYear(Integer.parseInt(m.group(1)), m.group(2)) : null;
    }

    /**
     * When a plan's task is due, from its time phrase ("Quý II", "Tháng 6", "Trước 30/6", "6 tháng đầu năm",
     * "Quý III/2026"): the period it names (a deadline is its month), the plan's year where the phrase has none; null
     * for a phrase with no time of its own ("Thường xuyên", "Cả năm" aside: "năm 2026" is the year).
     *
     * @param year the plan's year, for phrases without one
     */
    public static Period due(String text, Integer year) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = VietnameseText.nfc(text);
        Matcher d = DEADLINE.matcher(s);
        if (d.find()) {
            int month = Integer.parseInt(d.group(2));
            Integer y = d.group(3) != null ? year(d.group(3)) : year;
            return month >= 1 && month <= 12 ? new Period(Period.Kind.MONTH, month, y) : null;
        }
        for (Mention m : find(s)) {
            if (m.period().kind() != Period.Kind.OTHER) {
                Period p = m.period();
                return p.year() == null ? p.withYear(year) : p;
            }
        }
        Matcher b = BARE_MONTH.matcher(s);
        if (b.find()) {
            int month = Integer.parseInt(b.group(1));
            return month >= 1 && month <= 12 ? new Period(Period.Kind.MONTH, month, year) : null;
        }
        return null;
    }

    /**
     * The period a report's title (or another text about the report as a whole) names, or null: the
     * quarter, half, nine months, month or year it names, in that priority; a year with an as-of phrase
     * ("năm 2025, cập nhật đến 27/11/2025") is no standard period: {@code other} with its as-of date.
     */
    public static Period reported(String text) {
        List<Mention> all = find(text);
        Mention asOf = all.stream()
                .filter(x -> x.period().kind() == Period.Kind.OTHER)
                .findFirst()
                .orElse(null);
        for (Period.Kind k : PRIORITY) {
            for (Mention x : all) {
                if (x.period().kind() != k) {
                    continue;
                }
                Period p = x.period();
                if (p.year() == null) {
                    Integer y = all.stream()
                            .map(o -> o.period().year())
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElse(null);
                    p = p.withYear(y);
                }
                if (asOf != null) {
                    return k == Period.Kind.YEAR
                            ? new Period(
                                    Period.Kind.OTHER,
                                    null,
                                    p.year(),
                                    asOf.period().asOf())
                            : new Period(
                                    p.kind(),
                                    p.number(),
                                    p.year(),
                                    asOf.period().asOf());
                }
                return p;
            }
        }
        return asOf == null ? null : asOf.period();
    }

    private static final Pattern USER_QUARTER = Pattern.compile("q\\s*([1-4])\\s*[/.-]?\\s*(\\d{4})");
    private static final Pattern USER_YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/]\\s*q\\s*([1-4])");
    private static final Pattern USER_MONTHS = Pattern.compile("([69])\\s*t\\s*[/.-]?\\s*(\\d{4})");
    private static final Pattern USER_MONTH = Pattern.compile("(?:t|th)?\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern USER_YEAR_MONTH = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{1,2})");
    private static final Pattern USER_YEAR = Pattern.compile("(\\d{4})");

    /**
     * A period as users type it: the forms of running text ("quý IV/2023", "Quý 4 năm 2023", "6 tháng
     * đầu năm 2024", "tháng 12/2025", "năm 2024"), with or without diacritics, and the short forms
     * {@code Q4/2023}, {@code 2023-Q4}, {@code 6T/2024} (6 tháng), {@code 9T/2024} (9 tháng),
     * {@code T12/2025}, {@code 12/2025}, {@code 2025-12} (a month), {@code 2024} (the year).
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not a period
     */
    public static Period parse(String text) {
        String raw = text == null ? "" : VietnameseText.collapseSpaces(VietnameseText.nfc(text));
        String s = VietnameseText.fold(raw).toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = USER_QUARTER.matcher(s)).matches()) {
            return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = USER_YEAR_QUARTER.matcher(s)).matches()) {
            return Period.quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = USER_MONTHS.matcher(s)).matches()) {
            return Period.of(
                    m.group(1).equals("6") ? Period.Kind.HALF : Period.Kind.NINE_MONTHS, Integer.parseInt(m.group(2)));
        }
        if ((m = USER_MONTH.matcher(s)).matches() || (m = USER_YEAR_MONTH.matcher(s)).matches()) {
            boolean yearFirst = m.pattern() == USER_YEAR_MONTH;
            int month = Integer.parseInt(m.group(yearFirst ? 2 : 1));
            int year = Integer.parseInt(m.group(yearFirst ? 1 : 2));
            if (month >= 1 && month <= 12) {
                return new Period(Period.Kind.MONTH, month, year);
            }
        }
        if ((m = USER_YEAR.matcher(s)).matches()) {
            return Period.of(Period.Kind.YEAR, Integer.parseInt(m.group(1)));
        }
        // the forms of running text, typed with or without diacritics
        String written = restoreDiacritics(s);
        List<Mention> all = find(written);
        if (all.size() == 1
                && all.getFirst().start() == 0
                && all.getFirst().end() == written.length()
                && all.getFirst().period().year() != null) {
            return all.getFirst().period();
        }
        throw new IllegalArgumentException("Kỳ báo cáo «" + text + "» không hợp lệ. Ví dụ hợp lệ: tháng 12/2025, "
                + "12/2025, T12/2025, Q1/2026, quý I/2026, Quý 1 năm 2026, 6T/2026 hoặc 6 tháng đầu năm 2026, "
                + "6 tháng cuối năm 2026, 9T/2026 (9 tháng), 2026 hoặc năm 2026 (cả năm).");
    }

    /** The words of the grammar in a folded text given back their diacritics ("quy iv nam 2023"). */
    private static String restoreDiacritics(String folded) {
        return folded.replaceAll("\\bquy\\b", "quý")
                .replaceAll("\\bthang\\b", "tháng")
                .replaceAll("\\bnam\\b", "năm")
                .replaceAll("\\bdau\\b", "đầu")
                .replaceAll("\\bcuoi\\b", "cuối")
                .replaceAll("\\bsau\\b", "sáu")
                .replaceAll("\\bchin\\b", "chín");
    }

    private static Integer year(String y) {
        return y == null ? null : Integer.valueOf(y);
    }

    /** A quarter number in Arabic or Roman digits, any case ("IV" → 4). */
    public static int quarterNumber(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
