package vn.baocao.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.baocao.normalize.SymbolLetters;
import vn.baocao.normalize.VietnameseText;

/**
 * Document symbols (số, ký hiệu): the pieces their shapes in {@code reference-patterns.tsv} are made of (a group,
 * the hyphen between groups; letters from {@link SymbolLetters}), and the one canonical form that variant
 * spellings of a symbol share, so that {@code 12-KH-UBND}, {@code 12/ KH-UBND}, {@code 012/KH-UBND} and
 * {@code 12/kh-ubnd} meet as {@code 12/KH-UBND}.
 */
public final class Symbols {

    /**
     * One group of a symbol ({@code ${G}} of {@code reference-patterns.tsv}): an upper-case code letter, then code
     * letters, digits or "&", ending where no letter, digit or "&" follows: UBND, KSTTHC, TTg, CTr, PC06, ĐKTr.
     */
    public static final String GROUP = "[" + SymbolLetters.UPPER + "][" + SymbolLetters.LETTER + "0-9&]*(?![\\p{L}\\p{N}&])";
    /**
     * A hyphen between groups ({@code ${S}}): white space may follow it (a line wrapped after the hyphen: "CT- TTg");
     * white space before it only when an all-capitals group follows ("QĐ-UBND - HC").
     */
    public static final String SEPARATOR = "(?:-\\s*(?=[" + SymbolLetters.UPPER + "])|\\s+-\\s*(?=[" + SymbolLetters.UPPER
            + "0-9&]+(?![\\p{L}\\p{N}&])))";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—−]");
    /** 756KH-UBND: the slash is missing. */
    private static final Pattern SLASH_MISSING = Pattern.compile("^(\\d+)(?=[" + SymbolLetters.UPPER + "])");
    /** 12-KH-UBND: a hyphen stands for the slash (and no slash follows, as it would in 08-NQ/HU). */
    private static final Pattern HYPHEN_FOR_SLASH = Pattern.compile("^(\\d+)-(?=[^/]*$)");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private Symbols() {
    }

    /**
     * The canonical form of a symbol as written: NFC, upper case, white space removed, dashes unified,
     * "/" between the number and the rest, leading zeros of the number dropped. Party symbols
     * ({@code 08-NQ/HU}) keep their hyphen. Null stays null.
     */
    public static String canonical(String written) {
        if (written == null) {
            return null;
        }
        String s = VietnameseText.nfc(written).toUpperCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        s = SLASH_MISSING.matcher(s).replaceFirst("$1/");
        s = HYPHEN_FOR_SLASH.matcher(s).replaceFirst("$1/");
        return LEADING_ZEROS.matcher(s).replaceFirst("");
    }
}
