package vn.baocao.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The pre-Unicode Vietnamese encodings that old office files are typed in, and their conversion to
 * Unicode.
 *
 * <ul>
 *   <li>{@link #TCVN3}: TCVN 5712:1993 "ABC", the {@code .VnTime}/{@code .VnArial} fonts. One byte per
 *   letter; only the lower-case toned letters have codes, the {@code .Vn…H} fonts draw those same codes as
 *   capitals.</li>
 *   <li>{@link #VNI}: the {@code VNI-Times}/{@code VNI-Helve} fonts. A base letter followed by a mark byte
 *   ({@code aù} = á, {@code oâ} = ô, {@code aê} = ă), plus single bytes for đ, ơ, ư, ỉ, ĩ, ị, ỵ.</li>
 *   <li>{@link #VIQR}: plain ASCII with the marks typed after the letter ({@code Vie^.t Nam}).</li>
 * </ul>
 *
 * <p>Legacy text reaches us as the Windows-1252 characters of its bytes ("Thµnh phè", "Thaønh phoá"). Which
 * encoding a text is in is decided by {@link #detect}: a text holding Vietnamese letters that only Unicode
 * has is Unicode; otherwise each candidate conversion is scored by the number of tokens that cannot be
 * Vietnamese, and a conversion is kept only when it makes the text markedly more Vietnamese. Unicode text
 * is therefore never converted. One class per codec ({@code Tcvn3}, {@code Vni}, {@code Viqr}) and the detector
 * ({@code LegacyDetector}) do the work; this is their entry point.
 */
public enum LegacyEncoding {
    TCVN3,
    VNI,
    VIQR;

    /** The combining marks of Vietnamese letters (NFD), shared by the codecs and the detector. */
    static final char GRAVE = '\u0300';

    static final char ACUTE = '\u0301';
    static final char HOOK = '\u0309';
    static final char TILDE = '\u0303';
    static final char DOT = '\u0323';
    static final char CIRCUMFLEX = '\u0302';
    static final char BREVE = '\u0306';
    static final char HORN = '\u031B';
    static final char NONE = 0;

    /** The vowels that take a tone mark. */
    static final String VOWELS = "aeiouyAEIOUY";

    /** Whether {@code text} holds a Vietnamese letter only Unicode has (ơ, ư, đ, ạ, …): it is not legacy text. */
    public static boolean hasUnicodeVietnamese(String text) {
        return LegacyDetector.hasUnicodeVietnamese(text);
    }
    /** The encoding a font name implies: {@code .VnTime} → TCVN3, {@code VNI-Times} → VNI, else null. */
    public static LegacyEncoding ofFont(String font) {
        if (font == null) {
            return null;
        }
        String f = font.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            return TCVN3;
        }
        return f.startsWith("vni-") || f.startsWith("vni ") ? VNI : null;
    }

    /** Whether a TCVN3 font draws every letter as a capital ({@code .VnTimeH}, {@code .VnArialH}). */
    public static boolean upperCaseFont(String font) {
        String f = font == null ? "" : font.strip();
        return f.startsWith(".Vn") && f.endsWith("H");
    }

    /** Converts {@code text}, written in this encoding, to Unicode NFC. */
    public String toUnicode(String text) {
        String out = switch (this) {
            case TCVN3 -> Tcvn3.toUnicode(text);
            case VNI -> Vni.toUnicode(text);
            case VIQR -> Viqr.toUnicode(text);
        };
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The legacy encoding {@code text} is written in, or null when it is Unicode (or plain ASCII that no
     * conversion improves). {@code hint}, from a font name, is preferred when it improves the text.
     */
    public static LegacyEncoding detect(String text, LegacyEncoding hint) {
        return LegacyDetector.detect(text, hint);
    }

    /**
     * Whether {@code text} may be converted within a document already found to be in this encoding: the
     * conversion changes it and leaves no more foreign tokens ("Soá:" → "Số:", both plausible as words).
     */
    public boolean fitsDocument(String text) {
        return LegacyDetector.fitsDocument(this, text);
    }

    /** The number of tokens that cannot be Vietnamese: a foreign letter or symbol, or two tone marks. */
    public static int foreignTokens(String text) {
        return LegacyDetector.foreignTokens(text);
    }

    /**
     * Upper-cases what a TCVN3 capital font ({@code .VnTimeH}) drew, when the font is not known: TCVN3 has no
     * codes for toned capitals, so "CÔNG TÁC" arrives as "C«NG T¸C" and converts to "CôNG TáC". A word
     * without plain lower-case letters is upper-cased when it has two capitals, or one capital and a
     * neighbour (across a space) that is all capitals: "Về CÔNG TÁC" → "VỀ CÔNG TÁC", but "Số: /BC-UBND" stays.
     */
    public static String capitalizeTcvn3(String converted) {
        return Tcvn3.capitalize(converted);
    }
}
