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
        {"A", "ÀÁẢÃẠ"}, {"E", "ÈÉẺẼẸ"}, {"Y", "ỲÝỶỸỴ"}
    };

    /** A toned glide o/u followed by a plain a/e/y that ends the syllable. */
    private static final Pattern OLD_STYLE =
            Pattern.compile("(?<![\\p{L}])([\\p{L}&&[^" + GLIDE_O + GLIDE_O_UPPER + GLIDE_U + GLIDE_U_UPPER + "]]*)"
                    + "([" + GLIDE_O + GLIDE_O_UPPER + "])([aeAE])(?![\\p{L}])"
                    + "|(?<![\\p{L}])([\\p{L}&&[^" + GLIDE_O + GLIDE_O_UPPER + GLIDE_U + GLIDE_U_UPPER + "]]*)"
                    + "([" + GLIDE_U + GLIDE_U_UPPER + "])([yY])(?![\\p{L}])");

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private VietnameseText() {}

    /** Unicode NFC; null-safe. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return isSurelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)
                ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * A quick check: text of characters below U+0300 (Latin-1, Latin Extended A/B: ă, đ, ơ, ư), of precomposed
     * Vietnamese letters (U+1E00–U+1EFF) and of general punctuation (U+2002–U+206F) is NFC — none of them is decomposed by NFC
     * or composes with a character before it (composition takes a combining mark as its second character).
     */
    static boolean isSurelyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0300 && !(c >= 0x1E00 && c <= 0x1EFF || c >= 0x2002 && c <= 0x206F)) {
                return false;
            }
        }
        return true;
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
        // The pattern's matches are whole words ending at a place the check above finds: it is tried only at
        // the start of those words (find() would try it at every character), the matches and their order the same.
        Matcher m = OLD_STYLE.matcher(n).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int last = 0;
        for (int i = tonedGlideBeforeVowel(n, 0); i >= 0; i = tonedGlideBeforeVowel(n, i + 2)) {
            int w = i;
            while (w > last && Character.isLetter(n.charAt(w - 1))) {
                w--; // by char, as the pattern's look-behind sees the text (a match may also start before)
            }
            m.region(w, n.length());
            if (!m.lookingAt() || m.end() != i + 2) {
                continue;
            }
            boolean o = m.group(2) != null;
            String prefix = o ? m.group(1) : m.group(4);
            char glide = (o ? m.group(2) : m.group(5)).charAt(0);
            char vowel = (o ? m.group(3) : m.group(6)).charAt(0);
            if (!o && isQuPrefix(prefix)) {
                continue; // "quý", "quỳ": the u after q is not a glide carrying the tone; leave untouched.
            }
            int tone = indexOfTone(glide);
            boolean upperGlide = Character.isUpperCase(glide);
            char plainGlide = o ? (upperGlide ? 'O' : 'o') : (upperGlide ? 'U' : 'u');
            if (out == null) {
                out = new StringBuilder(n.length());
            }
            out.append(n, last, m.start()).append(prefix).append(plainGlide).append(tonedVowel(vowel, tone));
            last = m.end();
        }
        return out == null ? n : out.append(n, last, n.length()).toString();
    }

    /**
     * Whether some toned o is followed by a or e, or some toned u by y, ending a word: the only places
     * {@link #canonical} may change ("hòa", "thủy"; not "của", "mùa", "hoàn").
     */
    private static boolean hasTonedGlideBeforeVowel(String n) {
        return tonedGlideBeforeVowel(n, 0) >= 0;
    }

    /** The index of the next such toned o or u at or after {@code from}, or -1. */
    private static int tonedGlideBeforeVowel(String n, int from) {
        for (int i = from; i < n.length() - 1; i++) {
            char c = n.charAt(i);
            if (c < 'Ò') {
                continue;
            }
            char v = n.charAt(i + 1);
            boolean o = GLIDE_O.indexOf(c) >= 0 || GLIDE_O_UPPER.indexOf(c) >= 0;
            boolean u = !o && (GLIDE_U.indexOf(c) >= 0 || GLIDE_U_UPPER.indexOf(c) >= 0);
            if ((o && (v == 'a' || v == 'e' || v == 'A' || v == 'E') || u && (v == 'y' || v == 'Y'))
                    && (i + 2 == n.length() || !Character.isLetter(n.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuPrefix(String prefix) {
        return prefix.endsWith("q") || prefix.endsWith("Q");
    }

    private static int indexOfTone(char glide) {
        for (String set : new String[] {GLIDE_O, GLIDE_O_UPPER, GLIDE_U, GLIDE_U_UPPER}) {
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
        char[] out = null;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = c < FOLD.length ? FOLD[c] : SLOW;
            if (f == SLOW) {
                return foldSlowly(s); // outside Latin/Vietnamese letters: the general path
            }
            if (f != c && out == null) {
                out = new char[s.length()];
                s.getChars(0, i, out, 0);
                n = i;
            }
            if (out != null && f != DROP) {
                out[n++] = f;
            }
        }
        return out == null ? s : new String(out, 0, n);
    }

    /** Marks a character {@link #fold} leaves to {@link #foldSlowly} (a private-use code point). */
    private static final char SLOW = '\uE000';
    /** Marks a character folding removes (a combining mark; a private-use code point). */
    private static final char DROP = '\uE001';

    /**
     * The fold of each character of the Latin and Vietnamese ranges and of general punctuation (U+0000–U+036F,
     * U+1E00–U+1EFF, U+2000–U+206F), as
     * {@link #foldSlowly} computes it one character at a time; {@link #SLOW} where that is not one character
     * or where the fold depends on context. Folding is per character there: NFD decomposes each character on
     * its own, the marks it adds are all removed, and lower-casing of these letters ignores context.
     */
    private static final char[] FOLD = foldTable();

    private static char[] foldTable() {
        char[] t = new char[0x2070];
        java.util.Arrays.fill(t, SLOW);
        for (int c = 0; c < t.length; c++) {
            if (c >= 0x0370 && c < 0x1E00 || c >= 0x1F00 && c < 0x2000) {
                continue;
            }
            String f = foldSlowly(String.valueOf((char) c));
            if (f.isEmpty()) {
                t[c] = DROP;
            } else if (f.length() == 1) {
                t[c] = f.charAt(0);
            }
        }
        return t;
    }

    /** {@link #fold} by its definition: NFD, marks removed, đ→d, lower case. */
    static String foldSlowly(String s) {
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
