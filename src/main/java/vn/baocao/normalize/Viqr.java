package vn.baocao.normalize;

import static vn.baocao.normalize.LegacyEncoding.ACUTE;
import static vn.baocao.normalize.LegacyEncoding.BREVE;
import static vn.baocao.normalize.LegacyEncoding.CIRCUMFLEX;
import static vn.baocao.normalize.LegacyEncoding.DOT;
import static vn.baocao.normalize.LegacyEncoding.GRAVE;
import static vn.baocao.normalize.LegacyEncoding.HOOK;
import static vn.baocao.normalize.LegacyEncoding.HORN;
import static vn.baocao.normalize.LegacyEncoding.TILDE;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The VIQR codec ({@link LegacyEncoding#VIQR}): plain ASCII with the marks typed after the letter ({@code Vie^.t Nam}). */
final class Viqr {

    private Viqr() {}

    /** VIQR: a vowel followed by its shape mark (^ ( +), then its tone mark (' ` ? ~ .); dd for đ. */
    private static final Pattern VIQR_LETTER =
            Pattern.compile("(?i)(dd)|([aeiouy])(\\^|\\(|\\+)?(['`?~.])?(?=(\\p{L}|\\s|$|[,;:!)\"]))");

    static String toUnicode(String text) {
        Matcher m = VIQR_LETTER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String rep;
            if (m.group(1) != null) {
                rep = Character.isUpperCase(m.group(1).charAt(0)) ? "Đ" : "đ";
            } else {
                String shape = m.group(3);
                String tone = m.group(4);
                boolean punctuation = tone != null
                        && ".?".contains(tone)
                        && shape == null
                        && (m.end() >= text.length() || Character.isWhitespace(text.charAt(m.end())));
                StringBuilder letter = new StringBuilder(m.group(2));
                if (shape != null) {
                    letter.append(
                            switch (shape) {
                                case "^" -> CIRCUMFLEX;
                                case "(" -> BREVE;
                                default -> HORN;
                            });
                }
                if (tone != null && !punctuation) {
                    letter.append(
                            switch (tone) {
                                case "'" -> ACUTE;
                                case "`" -> GRAVE;
                                case "?" -> HOOK;
                                case "~" -> TILDE;
                                default -> DOT;
                            });
                } else if (tone != null) {
                    letter.append(tone);
                }
                rep = letter.toString();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern VIQR_SHAPE = Pattern.compile("(?i)[aeo]\\^|[ou]\\+|a\\(|\\bdd");

    /** VIQR must show its shape marks, which ordinary text does not have, at least a few times. */
    static boolean looksLike(String text) {
        Matcher m = VIQR_SHAPE.matcher(text);
        int n = 0;
        while (m.find() && n < 3) {
            n++;
        }
        return n >= Math.min(3, Math.max(1, text.length() / 200));
    }
}
