package vn.baocao.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.Period;
import vn.baocao.extract.PeriodGrammar;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.rules.LayoutCues;

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
    public record Edit(int start, int end, String replacement) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Period base;
    private final Period target;
    private final Cues cues;

    /**
     * The words the roll-forward reads by, from the rules' layout cues: those that name the next period's directions
     * ("phương hướng, nhiệm vụ … năm 2026") and those that name a plan ("Kế hoạch CCHC năm 2026"), whose year is its
     * name's. Made once per rule set by whoever rolls many texts.
     */
    public record Cues(Pattern directions, Pattern planName) {
        public static Cues of(LayoutCues cues) {
            return new Cues(cues.pattern("", "directions", "", FLAGS), cues.pattern("", "plan-name", "", FLAGS));
        }
    }

    /** Rolls {@code base} to {@code target}, reading the directions and plan names by the rules' layout cues. */
    public PeriodRollForward(Period base, Period target, LayoutCues cues) {
        this(base, target, Cues.of(cues));
    }

    public PeriodRollForward(Period base, Period target, Cues cues) {
        if (base == null || target == null) {
            throw new IllegalArgumentException("base and target periods are required");
        }
        this.base = base;
        this.target = target;
        this.cues = cues;
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
        guard.addAll(VietnameseDates.spans(text));
        List<Edit> out = new ArrayList<>();
        Matcher range = PeriodGrammar.DATA_PERIOD.matcher(text);
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
        boolean baseFirstQuarter =
                base.kind() == Period.Kind.QUARTER && Integer.valueOf(1).equals(base.number());
        int startKey = startYear * 12 + startMonth - 1;
        if (fromYearStart && (!baseFirstQuarter || target.kind() != Period.Kind.QUARTER)) {
            startKey = (target.year() - 1) * 12 + 11;
        } else {
            startKey += delta;
        }
        int endKey = endYear * 12 + endMonth - 1 + delta;
        return m.group(1)
                + m.group(2)
                + m.group(3)
                + month(startKey % 12 + 1, m.group(4))
                + m.group(5)
                + startKey / 12
                + m.group(7)
                + m.group(8)
                + m.group(9)
                + month(endKey % 12 + 1, m.group(10))
                + m.group(11)
                + endKey / 12;
    }

    /** A month number written like the original ("03" stays two digits). */
    private static String month(int month, String like) {
        return like.length() == 2 && like.startsWith("0") && month < 10 ? "0" + month : String.valueOf(month);
    }

    /** The expressions of the base's own period in a text, outside dates: what a fully rolled draft must not contain. */
    public List<String> baseMentions(String text) {
        List<int[]> dates = VietnameseDates.spans(text);
        return scan(text).stream()
                .filter(m -> m.own && !overlaps(dates, m.start, m.end))
                .map(m -> text.substring(m.start, m.end))
                .toList();
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

    private record Mention(
            int start, int end, boolean own, boolean next, java.util.function.Function<Period, String> rewrite) {}

    /**
     * The period expressions of a text ({@link PeriodGrammar#find}, the one period grammar), each with whether it
     * denotes the base's own period or its next, and how to write another period in its style.
     */
    private List<Mention> scan(String text) {
        List<Mention> out = new ArrayList<>();
        Period baseNext = base.next();
        for (PeriodGrammar.Mention g : PeriodGrammar.find(text)) {
            String surface = text.substring(g.start(), g.end());
            Period p = g.period();
            Integer y = p.year();
            PeriodGrammar.MonthsIntoYear into = PeriodGrammar.monthsIntoYear(surface);
            if (into != null) {
                int months = into.months();
                String words = into.words();
                boolean own =
                        base.endMonth() != null && months == base.endMonth() && (y == null || y.equals(base.year()));
                out.add(new Mention(g.start(), g.end(), own, false, t -> {
                    Integer e = t.endMonth();
                    if (e == null) {
                        return null;
                    }
                    String yy = y == null || t.year() == null ? "" : " " + t.year();
                    return e == 12
                            ? capitalizeLike(words, label(Period.of(Period.Kind.YEAR, null))) + yy
                            : into.first(e) + yy;
                }));
                continue;
            }
            switch (p.kind()) {
                case QUARTER -> {
                    QuarterStyle st = QuarterStyle.of(surface);
                    int q = p.number();
                    out.add(new Mention(
                            g.start(),
                            g.end(),
                            denotes(base, Period.Kind.QUARTER, q, y),
                            denotes(baseNext, Period.Kind.QUARTER, q, y) && !denotes(base, Period.Kind.QUARTER, q, y),
                            t -> spell(t, st.word(), st.roman(), st.separator(), y != null)));
                }
                case MONTH -> {
                    boolean own = base.endMonth() != null
                            && p.number().equals(base.endMonth())
                            && y != null
                            && y.equals(base.year());
                    // a monthly report's next month ("nhiệm vụ tháng 9/2025" in the tháng 8 report)
                    boolean next = !own
                            && base.kind() == Period.Kind.MONTH
                            && baseNext.number() != null
                            && baseNext.number().equals(p.number())
                            && y != null
                            && y.equals(baseNext.year());
                    String word = surface.substring(0, "tháng".length());
                    String sep = surface.substring(word.length()).replaceAll("^\\s*\\d{1,2}|\\d{4}$", "");
                    out.add(new Mention(
                            g.start(),
                            g.end(),
                            own,
                            next,
                            t -> t.endMonth() == null || t.year() == null
                                    ? null
                                    : word + " " + t.endMonth() + sep + t.year()));
                }
                case YEAR -> {
                    String word = surface.substring(0, "năm".length());
                    if (base.kind() == Period.Kind.YEAR
                            && base.year() != null
                            && base.year().equals(y)) {
                        out.add(new Mention(g.start(), g.end(), true, false, t -> capitalizeLike(word, label(t))));
                    } else if (base.kind() == Period.Kind.YEAR
                            && y != null
                            && y.equals(baseNext.year())
                            && directions(text, g.start())) {
                        // "phương hướng, nhiệm vụ năm 2026" of the annual report: the next period of the new one
                        out.add(new Mention(g.start(), g.end(), false, true, t -> capitalizeLike(word, label(t))));
                    }
                }
                default -> {
                    // 6 or 9 months without "đầu năm", a standalone as-of phrase: durations or data dates, kept
                }
            }
        }
        return out;
    }

    /**
     * Whether a year at {@code at} closes a phrase of directions: "phương hướng" or "nhiệm vụ" earlier in its clause
     * (after the last sentence or clause stop), so that the year of a plan's name ("Kế hoạch CCHC năm 2026") stays.
     */
    private boolean directions(String text, int at) {
        int s = at;
        while (s > 0 && ".;:\n()".indexOf(text.charAt(s - 1)) < 0 && at - s < 160) {
            s--;
        }
        String before = vn.baocao.normalize.VietnameseText.matchKey(text.substring(s, at));
        return !cues.planName().matcher(before).find()
                && cues.directions().matcher(before).find();
    }

    /** How a quarter is written: the word as cased ("Quý", "QUÝ"), Roman or Arabic digits, the year separator. */
    private record QuarterStyle(String word, boolean roman, String separator) {
        static QuarterStyle of(String surface) {
            String word = surface.substring(0, "quý".length());
            int i = word.length();
            while (i < surface.length() && Character.isWhitespace(surface.charAt(i))) {
                i++;
            }
            boolean roman = i < surface.length() && !Character.isDigit(surface.charAt(i));
            while (i < surface.length() && Character.isLetterOrDigit(surface.charAt(i))) {
                i++;
            }
            String rest = surface.substring(i);
            String sep = rest.replaceAll("\\d{4}$", "");
            return new QuarterStyle(word, roman, sep.isEmpty() ? " năm " : sep);
        }
    }

    private static boolean denotes(Period p, Period.Kind kind, int number, Integer year) {
        return p.kind() == kind
                && p.number() != null
                && p.number() == number
                && (year == null || year.equals(p.year()));
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
