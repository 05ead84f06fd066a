package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.SymbolLetters;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;
import vn.baocao.rules.StartChars;

/**
 * Document symbols (số, ký hiệu): the pieces their shapes in {@code reference-patterns.tsv} are made of (a group,
 * the hyphen between groups; letters from {@link SymbolLetters}), and the one canonical form that variant
 * spellings of a symbol share, so that {@code 12-KH-UBND}, {@code 12/ KH-UBND}, {@code 012/KH-UBND} and
 * {@code 12/kh-ubnd} meet as {@code 12/KH-UBND}. What a symbol looks like — the shapes of {@value #FILE}
 * ("75/KH-UBND", "61/2018/NĐ-CP", "08-NQ/HU", "12-KH-UBND" …) — is found by an instance made from the rules, for the
 * reference extractor and the search index alike. Thread-safe.
 */
public final class Symbols {

    /** The rule file of symbol shapes. */
    public static final String FILE = "reference-patterns.tsv";

    /**
     * One group of a symbol ({@code ${G}} of {@code reference-patterns.tsv}): an upper-case code letter, then code
     * letters, digits or "&", ending where no letter, digit or "&" follows: UBND, KSTTHC, TTg, CTr, PC06, ĐKTr.
     */
    public static final String GROUP =
            "[" + SymbolLetters.UPPER + "][" + SymbolLetters.LETTER + "0-9&]*(?![\\p{L}\\p{N}&])";
    /**
     * A hyphen between groups ({@code ${S}}): white space may follow it (a line wrapped after the hyphen: "CT- TTg");
     * white space before it only when an all-capitals group follows ("QĐ-UBND - HC").
     */
    public static final String SEPARATOR = "(?:-\\s*(?=[" + SymbolLetters.UPPER + "])|\\s+-\\s*(?=["
            + SymbolLetters.UPPER + "0-9&]+(?![\\p{L}\\p{N}&])))";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—−]");
    /** 756KH-UBND: the slash is missing. */
    private static final Pattern SLASH_MISSING = Pattern.compile("^(\\d+)(?=[" + SymbolLetters.UPPER + "])");
    /** 12-KH-UBND: a hyphen stands for the slash (and no slash follows, as it would in 08-NQ/HU). */
    private static final Pattern HYPHEN_FOR_SLASH = Pattern.compile("^(\\d+)-(?=[^/]*$)");

    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private final List<StartChars> shapes = new ArrayList<>();

    /**
     * The symbol shapes of the rules ({@value #FILE}: built-in, then the user's).
     *
     * @throws vn.baocao.rules.RuleException for a shape without a {@code number} group or a bad expression
     */
    public Symbols(RuleSet rules) {
        for (RuleLine r : rules.lines(FILE)) {
            String re = r.field(1).replace("${G}", GROUP).replace("${S}", SEPARATOR);
            if (!re.contains("(?<number>")) {
                throw r.error("biểu thức thiếu nhóm (?<number>…) cho số văn bản");
            }
            // the shape starts where no letter, digit or symbol punctuation precedes it
            RuleLine expanded = new RuleLine(r.file(), r.line(), List.of(r.field(0), "(?<![\\p{L}\\p{N}/.,])" + re));
            shapes.add(new StartChars(RuleSet.regex(expanded, 1, 0)));
        }
    }

    /**
     * A symbol written in a text.
     *
     * @param start  where it starts
     * @param end    where it ends (exclusive)
     * @param number its number ("75")
     * @param year   its year group (a normative symbol's: "2018" of "61/2018/NĐ-CP"), or null
     * @param code   the group that carries the document type ("KH" of "75/KH-UBND"), or null
     * @param shape  the index of its shape among the rules
     */
    public record Match(int start, int end, String number, String year, String code, int shape) {}

    /** The symbols written in a text, in order, not overlapping; at one start the longest wins, then the earlier shape. */
    public List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            StartChars.Finder f = shapes.get(i).finder(text);
            while (f.find()) {
                Matcher m = f.matcher();
                all.add(new Match(m.start(), m.end(), m.group("number"), group(m, "year"), group(m, "code"), i));
            }
        }
        all.sort(Comparator.comparingInt(Match::start)
                .thenComparing(Comparator.comparingInt(Match::end).reversed())
                .thenComparingInt(Match::shape));
        List<Match> out = new ArrayList<>();
        int end = -1;
        for (Match m : all) {
            if (m.start() >= end) {
                out.add(m);
                end = m.end();
            }
        }
        return out;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
