package vn.baocao.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.Period;

/**
 * Rewrites the expressions of a base report's own period into those of the target period:
 * "quý III năm 2023" → "quý IV năm 2023", "Quý 1 năm 2025" → "Quý 2 năm 2025", "đến tháng 3/2025" →
 * "đến tháng 6/2025", "3 tháng đầu năm" → "6 tháng đầu năm", the data period "từ ngày 15/12/2024 đến ngày
 * 14/3/2025" → "từ ngày 15/3/2025 đến ngày 14/6/2025", and the base's next period (its "phương
 * hướng" period) into the target's next: "QUÝ IV/2023" → "QUÝ I/2024" when drafting Q4/2023 from Q3/2023.
 * For an annual base, "năm 2024" is its own period. Dates ("ngày 24/01/2025", "ngày 11 tháng 3 năm 2025")
 * and protected spans (cited documents) are left as they are.
 */
public final class PeriodRollForward {

    /** A replacement of {@code text[start, end)}. */
    public record Edit(int start, int end, String replacement) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "quý III năm 2023", "Quý 1/2025", "QUÝ IV/2023", "quý I". */
    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}\\d])(quý)\\s+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])(?:(\\s*/\\s*|\\s+năm\\s+)(\\d{4}))?", FLAGS);
    /** "6 tháng đầu năm 2024", "9 tháng đầu năm". */
    private static final Pattern MONTHS_INTO_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\s+(tháng\\s+đầu\\s+năm)(?:\\s+(\\d{4}))?(?!\\d)", FLAGS);
    /** "tháng 3/2025", "tháng 3 năm 2025". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(tháng)\\s+(\\d{1,2})(\\s*/\\s*|\\s+năm\\s+)(\\d{4})(?!\\d)", FLAGS);
    /** "năm 2024" (the own period of an annual report only). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d])(năm)\\s+(\\d{4})(?!\\d)", FLAGS);
    /** A data period "từ ngày 15/12/2024 đến ngày 14/3/2025". */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d])(từ\\s+(?:ngày\\s+)?)(\\d{1,2})(\\s*/\\s*)(\\d{1,2})(\\s*/\\s*)(\\d{4})"
                    + "(\\s*(?:đến|-|–)\\s*(?:ngày\\s+)?)(\\d{1,2})(\\s*/\\s*)(\\d{1,2})(\\s*/\\s*)(\\d{4})(?!\\d)", FLAGS);
    /** Dates that are never rewritten: "ngày 24/01/2025", "ngày 11 tháng 3 năm 2025", "15/12/2024", "ngày … tháng … năm 2024". */
    private static final Pattern DATE = Pattern.compile(
            "ngày\\s*\\d{1,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4}"
                    + "|(?<!\\d)\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}(?!\\d)"
                    + "|ngày[\\s.…]*tháng[\\s.…]*năm\\s*\\d{4}", FLAGS);

    private final Period base;
    private final Period target;

    public PeriodRollForward(Period base, Period target) {
        if (base == null || target == null) {
            throw new IllegalArgumentException("base and target periods are required");
        }
        this.base = base;
        this.target = target;
    }

    public Period base() {
        return base;
    }

    public Period target() {
        return target;
    }

    /** The text with every expression of the base's own (and next) period rewritten, dates kept. */
    public String roll(String text) {
        return apply(text, edits(text, List.of()));
    }

    /**
     * The rewrites for a text, none overlapping a date or one of the protected spans ({@code int[]{start, end}},
     * e.g. the spans of cited documents), in text order.
     */
    public List<Edit> edits(String text, List<int[]> protectedSpans) {
        List<int[]> guard = new ArrayList<>(protectedSpans);
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            guard.add(new int[]{d.start(), d.end()});
        }
        List<Edit> out = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            String r = dataPeriod(range);
            if (r != null && !overlaps(protectedSpans, range.start(), range.end())) {
                out.add(new Edit(range.start(), range.end(), r));
            }
        }
        for (Mention m : scan(text)) {
            if (m.own || m.next) {
                String r = m.own ? m.rewrite.apply(target) : m.rewrite.apply(target.next());
                if (r != null && !overlaps(guard, m.start, m.end) && !overlapsEdit(out, m.start, m.end)) {
                    out.add(new Edit(m.start, m.end, r));
                }
            }
        }
        out.sort(Comparator.comparingInt(Edit::start));
        return out;
    }

    /**
     * The data period of the base ("từ ngày 15/12/2024 đến ngày 14/3/2025", ending in the base's last month)
     * moved to the target: the end by the months between the two periods, the start likewise, or kept at the
     * start of the target's year when the base counted from the start of its year (15/12 of the year before)
     * and is not a first quarter, or when the target is a 6-month, 9-month or annual report. Null when the
     * range is not the base's.
     */
    private String dataPeriod(Matcher m) {
        int endMonth = Integer.parseInt(m.group(10));
        int endYear = Integer.parseInt(m.group(12));
        if (base.endKey() == null || target.endKey() == null || endYear * 12 + endMonth != base.endKey()) {
            return null;
        }
        int delta = target.endKey() - base.endKey();
        int startMonth = Integer.parseInt(m.group(4));
        int startYear = Integer.parseInt(m.group(6));
        boolean fromYearStart = startMonth == 12 && base.year() != null && startYear == base.year() - 1;
        boolean baseFirstQuarter = base.kind() == Period.Kind.QUARTER && Integer.valueOf(1).equals(base.number());
        int startKey = startYear * 12 + startMonth - 1;
        if (fromYearStart && (!baseFirstQuarter || target.kind() != Period.Kind.QUARTER)) {
            startKey = (target.year() - 1) * 12 + 11;
        } else {
            startKey += delta;
        }
        int endKey = endYear * 12 + endMonth - 1 + delta;
        return m.group(1) + m.group(2) + m.group(3) + month(startKey % 12 + 1, m.group(4)) + m.group(5) + startKey / 12
                + m.group(7) + m.group(8) + m.group(9) + month(endKey % 12 + 1, m.group(10)) + m.group(11) + endKey / 12;
    }

    /** A month number written like the original ("03" stays two digits). */
    private static String month(int month, String like) {
        return like.length() == 2 && like.startsWith("0") && month < 10 ? "0" + month : String.valueOf(month);
    }

    /** The expressions of the base's own period in a text, outside dates: what a fully rolled draft must not contain. */
    public List<String> baseMentions(String text) {
        List<int[]> dates = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            dates.add(new int[]{d.start(), d.end()});
        }
        return scan(text).stream().filter(m -> m.own && !overlaps(dates, m.start, m.end))
                .map(m -> text.substring(m.start, m.end)).toList();
    }

    /** Applies edits (in text order, non-overlapping) to a text. */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Edit e : edits) {
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    private record Mention(int start, int end, boolean own, boolean next,
                           java.util.function.Function<Period, String> rewrite) {
    }

    private List<Mention> scan(String text) {
        List<Mention> out = new ArrayList<>();
        Period baseNext = base.next();
        Matcher m = QUARTER.matcher(text);
        while (m.find()) {
            int q = Period.arabic(m.group(2).toLowerCase(java.util.Locale.ROOT));
            Integer y = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            String word = m.group(1);
            boolean roman = !Character.isDigit(m.group(2).charAt(0));
            String sep = m.group(3);
            out.add(new Mention(m.start(), m.end(), denotes(base, Period.Kind.QUARTER, q, y),
                    denotes(baseNext, Period.Kind.QUARTER, q, y) && !denotes(base, Period.Kind.QUARTER, q, y),
                    p -> spell(p, word, roman, sep, y != null)));
        }
        m = MONTHS_INTO_YEAR.matcher(text);
        while (m.find()) {
            int months = Integer.parseInt(m.group(1));
            Integer y = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            String words = m.group(2);
            boolean own = base.endMonth() != null && months == base.endMonth() && (y == null || y.equals(base.year()));
            out.add(new Mention(m.start(), m.end(), own, false, p -> {
                Integer e = p.endMonth();
                if (e == null) {
                    return null;
                }
                String yy = y == null || p.year() == null ? "" : " " + p.year();
                return e == 12 ? capitalizeLike(words, "năm") + yy : e + " " + words + yy;
            }));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(4));
            boolean own = base.endMonth() != null && month == base.endMonth() && base.year() != null && y == base.year();
            String word = m.group(1);
            String sep = m.group(3);
            out.add(new Mention(m.start(), m.end(), own, false, p -> p.endMonth() == null || p.year() == null ? null
                    : word + " " + p.endMonth() + sep + p.year()));
        }
        if (base.kind() == Period.Kind.YEAR && base.year() != null) {
            m = YEAR.matcher(text);
            while (m.find()) {
                if (Integer.parseInt(m.group(2)) == base.year()) {
                    String word = m.group(1);
                    out.add(new Mention(m.start(), m.end(), true, false, p -> capitalizeLike(word, label(p))));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean denotes(Period p, Period.Kind kind, int number, Integer year) {
        return p.kind() == kind && p.number() != null && p.number() == number && (year == null || year.equals(p.year()));
    }

    /** The target period spelled in the style of the matched expression ("Quý 2 năm 2025", "QUÝ I/2024"). */
    private static String spell(Period p, String word, boolean roman, String sep, boolean withYear) {
        String year = withYear && p.year() != null ? p.year().toString() : null;
        if (p.kind() == Period.Kind.QUARTER) {
            String n = roman ? Period.roman(p.number()) : String.valueOf(p.number());
            return word + " " + n + (year == null ? "" : sep + year);
        }
        return capitalizeLike(word, label(p.withYear(null))) + (year == null ? "" : " " + year);
    }

    /** "quý II năm 2025", "6 tháng đầu năm 2025", "năm 2025" (lower case). */
    private static String label(Period p) {
        String l = p.label();
        return l.isEmpty() ? l : Character.toLowerCase(l.charAt(0)) + l.substring(1);
    }

    /** {@code s} with the case pattern of {@code model}: all capitals, capitalized, or as is. */
    private static String capitalizeLike(String model, String s) {
        if (model.length() > 1 && model.equals(model.toUpperCase(java.util.Locale.ROOT))) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
        if (!model.isEmpty() && Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsEdit(List<Edit> edits, int start, int end) {
        for (Edit e : edits) {
            if (start < e.end() && e.start() < end) {
                return true;
            }
        }
        return false;
    }
}
