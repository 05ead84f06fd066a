package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.SymbolLetters;

/**
 * Repairs the OCR confusions that break extraction: letters read for digits inside numbers, dates and
 * document symbols ({@code l}/{@code I}/{@code |} for 1, {@code O}/{@code o} for 0), the Icelandic Eth
 * read for the Vietnamese Đ, a doubled Đ inside a symbol, and spaces read around the slashes of symbols
 * and dates. Running words are left alone: only runs that already hold a digit are changed.
 */
final class OcrRepair {

    /** A run of digits and digit look-alikes holding at least one real digit, not inside a word. */
    private static final Pattern NUMBER_RUN =
            Pattern.compile("(?<![\\p{L}\\d])([\\dOolI|]*\\d[\\dOolI|]*)(?![\\p{L}\\d])");
    /** Spaces read around the slash of "75 / KH-UBND" or "24/ 01 /2025". */
    private static final Pattern SPACED_SLASH = Pattern.compile("(\\d) ?/ ?(?=[\\d" + SymbolLetters.UPPER + "])");
    /** A doubled Đ in the type code of a symbol: "26/QĐĐ-UBND". */
    private static final Pattern DOUBLE_D =
            Pattern.compile("(/[A-Z]*)" + SymbolLetters.D + SymbolLetters.D + "(?=[-/\\s])");

    /** A roman part number whose dot was lost: "II KẾT QUẢ". */
    private static final Pattern ROMAN_WITHOUT_DOT = Pattern.compile("^([IVX]{1,4})[,:]?\\s+(?=\\p{Lu}\\p{Lu})");

    /** A roman part heading: "III. ĐÁNH GIÁ CHUNG". */
    private static final Pattern ROMAN_HEADING = Pattern.compile("^([IVX]{1,4})\\.\\s+\\p{Lu}\\p{Lu}");

    private static final String[] ROMAN = {
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"
    };

    private OcrRepair() {}

    static String repair(String text) {
        String s = text.replace('Ð', 'Đ').replace('ð', 'đ');
        Matcher m = NUMBER_RUN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String run = m.group(1)
                    .replace('O', '0')
                    .replace('o', '0')
                    .replace('l', '1')
                    .replace('I', '1')
                    .replace('|', '1');
            m.appendReplacement(out, Matcher.quoteReplacement(run));
        }
        m.appendTail(out);
        s = SPACED_SLASH.matcher(out).replaceAll("$1/");
        s = DOUBLE_D.matcher(s).replaceAll("$1" + SymbolLetters.D);
        s = s.replace(" — ", " – "); // Vietnamese typing uses the en dash; OCR tends to read it long
        return ROMAN_WITHOUT_DOT.matcher(s).replaceFirst("$1. ");
    }

    /**
     * Puts back a roman part number that OCR misread out of sequence: "I. … II. … II. … IV." has its third
     * part restored to "III." when its neighbours fix the value.
     */
    static List<String> romanSequence(List<String> paragraphs) {
        List<Integer> at = new ArrayList<>();
        List<Integer> value = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher m = ROMAN_HEADING.matcher(paragraphs.get(i));
            int v = m.lookingAt() ? List.of(ROMAN).indexOf(m.group(1)) : -1;
            if (v > 0) {
                at.add(i);
                value.add(v);
            }
        }
        List<String> out = new ArrayList<>(paragraphs);
        for (int k = 1; k < value.size(); k++) {
            int expected = value.get(k - 1) + 1;
            boolean nextAgrees = k + 1 == value.size() || value.get(k + 1) == expected + 1;
            if (value.get(k) != expected && nextAgrees && expected < ROMAN.length) {
                String p = out.get(at.get(k));
                out.set(at.get(k), ROMAN[expected] + p.substring(ROMAN[value.get(k)].length()));
                value.set(k, expected);
            }
        }
        return out;
    }
}
