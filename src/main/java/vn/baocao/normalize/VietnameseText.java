package vn.baocao.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalization for Vietnamese: Unicode NFC, one canonical tone-mark placement, and a
 * diacritic-folded form.
 *
 * <p>Vietnamese has two accepted placements of the tone mark in the open syllables {@code oa, oe, uy}:
 * the "old" style puts it on the glide ({@code hòa, thủy}), the "new" style on the main vowel
 * ({@code hoà, thuỷ}). Both occur in real reports, often in the same file. For matching we rewrite
 * every such syllable to the new style; the original text is always kept for display.
 */
public final class VietnameseText {

    private static final String GLIDE_O = "òóỏõọ";
    private static final String GLIDE_O_UPPER = "ÒÓỎÕỌ";
    private static final String GLIDE_U = "ùúủũụ";
    private static final String GLIDE_U_UPPER = "ÙÚỦŨỤ";
    private static final String[][] TONED = {
            {"a", "àáảãạ"}, {"e", "èéẻẽẹ"}, {"y", "ỳýỷỹỵ"},
            {"A", "ÀÁẢÃẠ"}, {"E", "ÈÉẺẼẸ"}, {"Y", "ỲÝỶỸỴ"}};

    /** A toned glide o/u followed by a plain a/e/y that ends the syllable. */
    private static final Pattern OLD_STYLE = Pattern.compile(
            "(?<![\\p{L}])([\\p{L}&&[^" + GLIDE_O + GLIDE_O_UPPER + GLIDE_U + GLIDE_U_UPPER + "]]*)"
                    + "([" + GLIDE_O + GLIDE_O_UPPER + "])([aeAE])(?![\\p{L}])"
                    + "|(?<![\\p{L}])([\\p{L}&&[^" + GLIDE_O + GLIDE_O_UPPER + GLIDE_U + GLIDE_U_UPPER + "]]*)"
                    + "([" + GLIDE_U + GLIDE_U_UPPER + "])([yY])(?![\\p{L}])");

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /** Unicode NFC; null-safe. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC plus the canonical ("new style") tone placement: hòa → hoà, thủy → thuỷ. Case is kept. */
    public static String canonical(String s) {
        if (s == null) {
            return null;
        }
        String n = nfc(s);
        if (!hasTonedGlideBeforeVowel(n)) {
            return n; // the common case, without running the pattern (a hot path: every text is matched)
        }
        Matcher m = OLD_STYLE.matcher(n);
        if (!m.find()) {
            return n;
        }
        StringBuilder out = new StringBuilder(n.length());
        do {
            boolean o = m.group(2) != null;
            String prefix = o ? m.group(1) : m.group(4);
            char glide = (o ? m.group(2) : m.group(5)).charAt(0);
            char vowel = (o ? m.group(3) : m.group(6)).charAt(0);
            if (!o && isQuPrefix(prefix)) {
                // "quý", "quỳ": the u after q is not a glide carrying the tone; leave untouched.
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int tone = indexOfTone(glide);
            boolean upperGlide = Character.isUpperCase(glide);
            char plainGlide = o ? (upperGlide ? 'O' : 'o') : (upperGlide ? 'U' : 'u');
            char tonedVowel = tonedVowel(vowel, tone);
            m.appendReplacement(out, Matcher.quoteReplacement(prefix + plainGlide + tonedVowel));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Whether some toned o/u is followed by a, e or y: the only places {@link #canonical} may change. */
    private static boolean hasTonedGlideBeforeVowel(String n) {
        for (int i = 0; i < n.length() - 1; i++) {
            char c = n.charAt(i);
            if (c >= 'Ò' && (GLIDE_O.indexOf(c) >= 0 || GLIDE_O_UPPER.indexOf(c) >= 0 || GLIDE_U.indexOf(c) >= 0
                    || GLIDE_U_UPPER.indexOf(c) >= 0)) {
                char v = n.charAt(i + 1);
                if (v == 'a' || v == 'e' || v == 'y' || v == 'A' || v == 'E' || v == 'Y') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isQuPrefix(String prefix) {
        return prefix.endsWith("q") || prefix.endsWith("Q");
    }

    private static int indexOfTone(char glide) {
        for (String set : new String[]{GLIDE_O, GLIDE_O_UPPER, GLIDE_U, GLIDE_U_UPPER}) {
            int i = set.indexOf(glide);
            if (i >= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a toned glide: " + glide);
    }

    private static char tonedVowel(char vowel, int tone) {
        for (String[] row : TONED) {
            if (row[0].charAt(0) == vowel) {
                return row[1].charAt(tone);
            }
        }
        throw new IllegalArgumentException("not a vowel: " + vowel);
    }

    /** Canonical form, lower-cased (Vietnamese-aware), for case-insensitive matching with diacritics. */
    public static String matchKey(String s) {
        return s == null ? null : canonical(s).toLowerCase(Locale.ROOT);
    }

    /** Diacritics removed, đ→d, lower-cased: "Hòa Thuận" → "hoa thuan". */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = COMBINING.matcher(d).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D');
        return d.toLowerCase(Locale.ROOT);
    }

    /** Collapses runs of white space (including no-break spaces) to one space and trims. */
    public static String collapseSpaces(String s) {
        if (s == null) {
            return null;
        }
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** True when the text has letters and none of them is lower case ("CÔNG TÁC CHỈ ĐẠO"). */
    public static boolean isUpperCaseText(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters = true;
                if (Character.isLowerCase(cp)) {
                    return false;
                }
            }
            i += Character.charCount(cp);
        }
        return letters;
    }
}
