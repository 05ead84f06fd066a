package vn.baocao.normalize;

import static vn.baocao.normalize.LegacyEncoding.ACUTE;
import static vn.baocao.normalize.LegacyEncoding.BREVE;
import static vn.baocao.normalize.LegacyEncoding.CIRCUMFLEX;
import static vn.baocao.normalize.LegacyEncoding.DOT;
import static vn.baocao.normalize.LegacyEncoding.GRAVE;
import static vn.baocao.normalize.LegacyEncoding.HOOK;
import static vn.baocao.normalize.LegacyEncoding.NONE;
import static vn.baocao.normalize.LegacyEncoding.TILDE;
import static vn.baocao.normalize.LegacyEncoding.VOWELS;

/**
 * The VNI codec ({@link LegacyEncoding#VNI}: the {@code VNI-Times}/{@code VNI-Helve} fonts): a base letter followed
 * by a mark byte ({@code aù} = á, {@code oâ} = ô, {@code aê} = ă), plus single bytes for đ, ơ, ư, ỉ, ĩ, ị, ỵ. A
 * letter table.
 */
final class Vni {

    /** VNI tone bytes after a vowel (lower and upper case forms). */
    static final String TONES = "øùûõïØÙÛÕÏ";

    static final char[] TONE_MARKS = {GRAVE, ACUTE, HOOK, TILDE, DOT};
    /** VNI circumflex bytes after a/e/o: the bare hat, then with each tone. */
    static final String HATS = "âàáåãäÂÀÁÅÃÄ";
    /** VNI breve bytes after a. */
    static final String BREVES = "êèéúüëÊÈÉÚÜË";

    private static final char[] HAT_TONES = {NONE, GRAVE, ACUTE, HOOK, TILDE, DOT};
    /** VNI single bytes: đ, ơ, ư and the i/y letters that have a code of their own. */
    static final String SINGLES = "ñđÑĐôơÔƠöưÖƯæỉÆỈóĩÓĨòịÒỊîỵÎỴ";

    private Vni() {}

    /** VNI text (as the Windows-1252 characters of its bytes) in Unicode, not yet normalised. */
    static String toUnicode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            char lower = Character.toLowerCase(c);
            int hat = HATS.indexOf(next);
            int breve = BREVES.indexOf(next);
            int tone = TONES.indexOf(next);
            if ((lower == 'a' || lower == 'e' || lower == 'o') && hat >= 0) {
                sb.append(c).append(CIRCUMFLEX);
                mark(sb, HAT_TONES[hat % 6]);
                i++;
            } else if (lower == 'a' && breve >= 0) {
                sb.append(c).append(BREVE);
                mark(sb, HAT_TONES[breve % 6]);
                i++;
            } else if ((c == 'ô' || c == 'Ô' || c == 'ö' || c == 'Ö') && tone >= 0) {
                sb.append(single(c)).append(TONE_MARKS[tone % 5]);
                i++;
            } else if (VOWELS.indexOf(c) >= 0 && tone >= 0) {
                sb.append(c).append(TONE_MARKS[tone % 5]);
                i++;
            } else {
                sb.append(single(c));
            }
        }
        return sb.toString();
    }

    private static void mark(StringBuilder sb, char m) {
        if (m != NONE) {
            sb.append(m);
        }
    }

    private static char single(char c) {
        for (int k = 0; k < SINGLES.length(); k += 2) {
            if (SINGLES.charAt(k) == c) {
                return SINGLES.charAt(k + 1);
            }
        }
        return c;
    }
}
