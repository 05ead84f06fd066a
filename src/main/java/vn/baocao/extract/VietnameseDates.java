package vn.baocao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese dates: the spelled-out form "ngày 15 tháng 3 năm 2025", and the ISO form of a date's parts however
 * written ("15/3/2025", "15.3.2025", spelled out), the blanks of unsigned drafts too ("ngày   tháng 3 năm 2024" → "2024-03", "ngày … tháng … năm 2024" → "2024").
 */
public final class VietnameseDates {

    /** The word that opens a date: "ngày 15 tháng 3 năm 2025", "Hòa Thuận, ngày …". */
    public static final String DAY_WORD = "ngày";
    /** "ngày 15 tháng 3 năm 2025", day and month possibly blank. */
    public static final Pattern SPELLED = Pattern.compile(
            DAY_WORD + "\\s*(\\d{1,2}|[.…_\\s]*?)\\s*tháng\\s*(\\d{1,2}|[.…_\\s]*?)\\s*năm\\s*((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The issue date after a cited document's symbol ("Kế hoạch số 51/KH-UBND ngày 24/01/2025", "… ngày 11 tháng 3
     * năm 2025", "… ngày 11 tháng 3", "… ngày 24/01"), to be compiled case-insensitively: "ngày" and a date in
     * figures, spelled out with its year optional, or day and month only. The parts are named groups read by
     * {@link #citedIso}.
     */
    public static final String CITED = DAY_WORD + "\\s*(?:"
            + "(?<d1>\\d{1,2})\\s*[/.-]\\s*(?<m1>\\d{1,2})\\s*[/.-]\\s*(?<y1>(?:19|20)\\d{2})(?!\\d)"
            + "|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})(?:\\s*,?\\s*năm\\s+(?<y2>(?:19|20)\\d{2}))?"
            + "|(?<d3>\\d{1,2})\\s*/\\s*(?<m3>\\d{1,2})(?![\\d/]))";

    /** A date in digits: "15/12/2024", "15.12.2024", "15-12-2024". */
    private static final Pattern NUMERIC =
            Pattern.compile("(?<!\\d)\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}(?!\\d)");

    private VietnameseDates() {}

    /**
     * The ISO form of a {@link #CITED} date matched by {@code m}; a date written without its year ("ngày 24/01",
     * "ngày 11 tháng 3") takes {@code yearOfSymbol} (the year segment of a normative symbol, or null). Null when no
     * year is known or the parts make no valid date.
     */
    public static String citedIso(Matcher m, Integer yearOfSymbol) {
        for (String i : new String[] {"1", "2", "3"}) {
            if (m.group("d" + i) != null) {
                String y = i.equals("3") ? null : m.group("y" + i);
                if (y == null && yearOfSymbol != null) {
                    y = yearOfSymbol.toString();
                }
                return y == null ? null : iso(m.group("d" + i), m.group("m" + i), y);
            }
        }
        return null;
    }

    /**
     * Where a text writes dates, spelled out ({@link #SPELLED}, the blanks of an unsigned draft too) or in digits
     * ("15/12/2024"): the spans {@code {start, end}}, in text order.
     */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : List.of(SPELLED, NUMERIC)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        out.sort(Comparator.comparingInt(s -> s[0]));
        return out;
    }

    /** ISO form of a full or partial date; null when the parts do not make a valid date. */
    public static String iso(String day, String month, String year) {
        Integer y = number(year);
        Integer m = number(month);
        Integer d = number(day);
        if (y == null) {
            return null;
        }
        if (m == null || m < 1 || m > 12) {
            return String.valueOf(y);
        }
        if (d == null) {
            return "%04d-%02d".formatted(y, m);
        }
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * How a date of {@link #iso} form is shown to people: "2025-12-19" → "ngày 19/12/2025", "2025-12" →
     * "tháng 12/2025", "2025" → "năm 2025"; null for null, anything else as it is.
     */
    public static String display(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) {
            return iso;
        }
        if (m.group(2) == null) {
            return "năm " + m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return "tháng " + month + "/" + m.group(1);
        }
        return "ngày %02d/%02d/%s".formatted(Integer.parseInt(m.group(3)), month, m.group(1));
    }

    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.matches("\\d{1,4}") ? Integer.valueOf(t) : null;
    }
}
