package vn.baocao.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCVN3 codec ({@link LegacyEncoding#TCVN3}: TCVN 5712:1993 "ABC", the {@code .VnTime}/{@code .VnArial} fonts):
 * one byte per letter; only the lower-case toned letters have codes, the {@code .Vn…H} fonts draw those same codes
 * as capitals. A letter table.
 */
final class Tcvn3 {

    /** TCVN3 codes (as Windows-1252 characters) and the Unicode letters they stand for, in pairs. */
    static final String PAIRS = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đ"
            + "µà¸á¶ả·ã¹ạ»ằ¾ắ¼ẳ½ẵÆặÇầÊấÈẩÉẫËậ"
            + "ÌèÐéÎẻÏẽÑẹÒềÕếÓểÔễÖệ×ìÝíØỉÜĩÞị"
            + "ßòãóáỏâõäọåồèốæổçỗéộêờíớëởìỡîợ"
            + "ïùóúñủòũôụõừøứöử÷ữùựúỳýýûỷüỹþỵ";

    private static final Map<Character, Character> FROM = new HashMap<>();

    static {
        for (int i = 0; i < PAIRS.length(); i += 2) {
            FROM.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
        }
    }

    private Tcvn3() {}

    /** TCVN3 text (as the Windows-1252 characters of its bytes) in Unicode, not yet normalised. */
    static String toUnicode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // TCVN3's ư is Windows-1252's soft hyphen: word processors keep it as an optional hyphen, which
            // Word files and their readers give back as U+001F or a zero-width space
            sb.append(c == '\u001F' || c == '\u200B' ? 'ư' : FROM.getOrDefault(c, c));
        }
        return sb.toString();
    }

    private static final Pattern LOWER_ASCII = Pattern.compile("[a-z]");

    /**
     * Upper-cases what a TCVN3 capital font ({@code .VnTimeH}) drew, when the font is not known: TCVN3 has no
     * codes for toned capitals, so "CÔNG TÁC" arrives as "C«NG T¸C" and converts to "CôNG TáC". A word
     * without plain lower-case letters is upper-cased when it has two capitals, or one capital and a
     * neighbour (across a space) that is all capitals: "Về CÔNG TÁC" → "VỀ CÔNG TÁC", but "Số: /BC-UBND" stays.
     */
    static String capitalize(String converted) {
        Matcher m = LegacyDetector.TOKEN.matcher(converted);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int n = spans.size();
        boolean[] shouty = new boolean[n];
        boolean[] single = new boolean[n];
        for (int k = 0; k < n; k++) {
            String w = converted.substring(spans.get(k)[0], spans.get(k)[1]);
            long upper = w.chars().filter(Character::isUpperCase).count();
            boolean lowerAscii = LOWER_ASCII.matcher(w).find();
            shouty[k] = !lowerAscii && upper >= 2;
            single[k] = !lowerAscii && upper == 1 && w.length() > 1;
        }
        StringBuilder sb = new StringBuilder(converted);
        for (int k = 0; k < n; k++) {
            boolean byNeighbour = single[k]
                    && (k > 0 && shouty[k - 1] && spaceBetween(converted, spans.get(k - 1), spans.get(k))
                            || k + 1 < n && shouty[k + 1] && spaceBetween(converted, spans.get(k), spans.get(k + 1)));
            if (shouty[k] || byNeighbour) {
                int[] sp = spans.get(k);
                sb.replace(sp[0], sp[1], converted.substring(sp[0], sp[1]).toUpperCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    private static boolean spaceBetween(String s, int[] a, int[] b) {
        return s.substring(a[1], b[0]).isBlank();
    }
}
