package vn.baocao.normalize;

import static vn.baocao.normalize.LegacyEncoding.ACUTE;
import static vn.baocao.normalize.LegacyEncoding.BREVE;
import static vn.baocao.normalize.LegacyEncoding.CIRCUMFLEX;
import static vn.baocao.normalize.LegacyEncoding.DOT;
import static vn.baocao.normalize.LegacyEncoding.GRAVE;
import static vn.baocao.normalize.LegacyEncoding.HOOK;
import static vn.baocao.normalize.LegacyEncoding.HORN;
import static vn.baocao.normalize.LegacyEncoding.TILDE;
import static vn.baocao.normalize.LegacyEncoding.VOWELS;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which encoding a text is in ({@link LegacyEncoding#detect}): a text holding Vietnamese letters that only Unicode
 * has is Unicode; otherwise each candidate conversion is scored by the number of tokens that cannot be Vietnamese,
 * and a conversion is kept only when it makes the text markedly more Vietnamese.
 */
final class LegacyDetector {

    /** Letters that Unicode Vietnamese has and none of the legacy encodings produce (as Windows-1252). */
    private static final Pattern UNICODE_VIETNAMESE = Pattern.compile("[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u0323]");
    /** A word: what stands between white space, digits and punctuation. */
    static final Pattern TOKEN = Pattern.compile("[^\\s\\d.,;:!?()\\[\\]{}\"'“”‘’/\\\\\\-–—…%+=<>*#@&_|]+");

    private LegacyDetector() {}

    /** Whether {@code text} holds a Vietnamese letter only Unicode has (ơ, ư, đ, ạ, …): it is not legacy text. */
    static boolean hasUnicodeVietnamese(String text) {
        return text != null && UNICODE_VIETNAMESE.matcher(text).find();
    }

    /**
     * The legacy encoding {@code text} is written in, or null when it is Unicode (or plain ASCII that no
     * conversion improves). {@code hint}, from a font name, is preferred when it improves the text.
     */
    static LegacyEncoding detect(String text, LegacyEncoding hint) {
        if (text == null || text.isBlank() || UNICODE_VIETNAMESE.matcher(text).find()) {
            return null;
        }
        int bad = foreignTokens(text);
        if (hint != null && foreignTokens(hint.toUnicode(text)) < bad) {
            return hint;
        }
        LegacyEncoding best = null;
        int bestBad = bad;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            if (e == LegacyEncoding.VIQR && !Viqr.looksLike(text)) {
                continue;
            }
            int b = foreignTokens(e.toUnicode(text));
            if (b < bestBad) {
                best = e;
                bestBad = b;
            }
        }
        return best;
    }

    /**
     * Whether {@code text} may be converted within a document already found to be in {@code encoding}: the
     * conversion changes it and leaves no more foreign tokens ("Soá:" → "Số:", both plausible as words).
     */
    static boolean fitsDocument(LegacyEncoding encoding, String text) {
        if (text == null || text.isBlank() || UNICODE_VIETNAMESE.matcher(text).find()) {
            return false;
        }
        String u = encoding.toUnicode(text);
        return !u.equals(Normalizer.normalize(text, Normalizer.Form.NFC)) && foreignTokens(u) <= foreignTokens(text);
    }

    /** The number of tokens that cannot be Vietnamese: a foreign letter or symbol, or two tone marks. */
    static int foreignTokens(String text) {
        int bad = 0;
        Matcher m = TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            if (!vietnameseToken(m.group())) {
                bad++;
            }
        }
        return bad;
    }

    private static boolean vietnameseToken(String token) {
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        int tones = 0;
        char prev = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == 'đ' || c == 'Đ') {
                prev = c;
                continue;
            }
            if (c == GRAVE || c == ACUTE || c == HOOK || c == TILDE || c == DOT) {
                if (VOWELS.indexOf(prev) < 0) {
                    return false;
                }
                tones++;
            } else if (c == CIRCUMFLEX || c == BREVE || c == HORN) {
                // â ê ô, ă, ơ ư only: û, î, ŷ, ĕ … are not Vietnamese letters
                String bases = c == CIRCUMFLEX ? "aeoAEO" : c == BREVE ? "aA" : "ouOU";
                if (bases.indexOf(prev) < 0) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return tones <= 1;
    }
}
