package vn.baocao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Vietnamese dates: the spelled-out form "ngày 15 tháng 3 năm 2025", and the ISO form of a date's parts however
 * written ("15/3/2025", "15.3.2025", spelled out), the blanks of unsigned drafts too ("ngày   tháng 3 năm 2024" → "2024-03", "ngày … tháng … năm 2024" → "2024").
 */
public final class VietnameseDates {

    /** "ngày 15 tháng 3 năm 2025", day and month possibly blank. */
    public static final Pattern SPELLED = Pattern.compile(
            "ngày\\s*(\\d{1,2}|[.…_\\s]*?)\\s*tháng\\s*(\\d{1,2}|[.…_\\s]*?)\\s*năm\\s*((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VietnameseDates() {
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

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.matches("\\d{1,4}") ? Integer.valueOf(t) : null;
    }
}
