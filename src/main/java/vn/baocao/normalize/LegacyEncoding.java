package vn.baocao.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * is therefore never converted.
 */
public enum LegacyEncoding {
    TCVN3, VNI, VIQR;

    /** TCVN3 codes (as Windows-1252 characters) and the Unicode letters they stand for, in pairs. */
    static final String TCVN3_PAIRS = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đ"
            + "µà¸á¶ả·ã¹ạ»ằ¾ắ¼ẳ½ẵÆặÇầÊấÈẩÉẫËậ"
            + "ÌèÐéÎẻÏẽÑẹÒềÕếÓểÔễÖệ×ìÝíØỉÜĩÞị"
            + "ßòãóáỏâõäọåồèốæổçỗéộêờíớëởìỡîợ"
            + "ïùóúñủòũôụõừøứöử÷ữùựúỳýýûỷüỹþỵ";

    private static final Map<Character, Character> FROM_TCVN3 = new HashMap<>();
    private static final Map<Character, Character> TO_TCVN3 = new HashMap<>();

    static {
        for (int i = 0; i < TCVN3_PAIRS.length(); i += 2) {
            FROM_TCVN3.put(TCVN3_PAIRS.charAt(i), TCVN3_PAIRS.charAt(i + 1));
            TO_TCVN3.put(TCVN3_PAIRS.charAt(i + 1), TCVN3_PAIRS.charAt(i));
        }
    }

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char HOOK = '\u0309';
    private static final char TILDE = '\u0303';
    private static final char DOT = '\u0323';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';
    private static final char HORN = '\u031B';
    private static final char NONE = 0;

    /** VNI tone bytes after a vowel (lower and upper case forms). */
    private static final String VNI_TONES = "øùûõïØÙÛÕÏ";
    private static final char[] VNI_TONE_MARKS = {GRAVE, ACUTE, HOOK, TILDE, DOT};
    /** VNI circumflex bytes after a/e/o: the bare hat, then with each tone. */
    private static final String VNI_HATS = "âàáåãäÂÀÁÅÃÄ";
    /** VNI breve bytes after a. */
    private static final String VNI_BREVES = "êèéúüëÊÈÉÚÜË";
    private static final char[] HAT_TONES = {NONE, GRAVE, ACUTE, HOOK, TILDE, DOT};
    /** VNI single bytes: đ, ơ, ư and the i/y letters that have a code of their own. */
    private static final String VNI_SINGLES = "ñđÑĐôơÔƠöưÖƯæỉÆỈóĩÓĨòịÒỊîỵÎỴ";

    /** Letters that Unicode Vietnamese has and none of the legacy encodings produce (as Windows-1252). */
    private static final Pattern UNICODE_VIETNAMESE = Pattern.compile("[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u0323]");
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\d.,;:!?()\\[\\]{}\"'“”‘’/\\\\\\-–—…%+=<>*#@&_|]+");
    private static final String VOWELS = "aeiouyAEIOUY";

    /** Whether {@code text} holds a Vietnamese letter only Unicode has (ơ, ư, đ, ạ, …): it is not legacy text. */
    public static boolean hasUnicodeVietnamese(String text) {
        return text != null && UNICODE_VIETNAMESE.matcher(text).find();
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
            case TCVN3 -> fromTcvn3(text);
            case VNI -> fromVni(text);
            case VIQR -> fromViqr(text);
        };
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Writes Unicode {@code text} in this encoding (TCVN3 and VNI; capitals TCVN3 lacks become lower case). */
    public String fromUnicode(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(d.length() * 2);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (this == TCVN3) {
                Character t = TO_TCVN3.get(c);
                if (t == null && Character.isUpperCase(c)) {
                    t = TO_TCVN3.get(Character.toLowerCase(c));
                }
                sb.append(t == null ? c : t);
            } else if (this == VNI) {
                sb.append(toVni(c));
            } else {
                throw new UnsupportedOperationException("VIQR output");
            }
        }
        return sb.toString();
    }

    private static String fromTcvn3(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // TCVN3's ư is Windows-1252's soft hyphen: word processors keep it as an optional hyphen, which
            // Word files and their readers give back as U+001F or a zero-width space
            sb.append(c == '\u001F' || c == '\u200B' ? 'ư' : FROM_TCVN3.getOrDefault(c, c));
        }
        return sb.toString();
    }

    private static String fromVni(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            char lower = Character.toLowerCase(c);
            int hat = VNI_HATS.indexOf(next);
            int breve = VNI_BREVES.indexOf(next);
            int tone = VNI_TONES.indexOf(next);
            if ((lower == 'a' || lower == 'e' || lower == 'o') && hat >= 0) {
                sb.append(c).append(CIRCUMFLEX);
                mark(sb, HAT_TONES[hat % 6]);
                i++;
            } else if (lower == 'a' && breve >= 0) {
                sb.append(c).append(BREVE);
                mark(sb, HAT_TONES[breve % 6]);
                i++;
            } else if ((c == 'ô' || c == 'Ô' || c == 'ö' || c == 'Ö') && tone >= 0) {
                sb.append(single(c)).append(VNI_TONE_MARKS[tone % 5]);
                i++;
            } else if (VOWELS.indexOf(c) >= 0 && tone >= 0) {
                sb.append(c).append(VNI_TONE_MARKS[tone % 5]);
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
        for (int k = 0; k < VNI_SINGLES.length(); k += 2) {
            if (VNI_SINGLES.charAt(k) == c) {
                return VNI_SINGLES.charAt(k + 1);
            }
        }
        return c;
    }

    private static String toVni(char c) {
        for (int k = 0; k < VNI_SINGLES.length(); k += 2) {
            if (VNI_SINGLES.charAt(k + 1) == c) {
                return String.valueOf(VNI_SINGLES.charAt(k));
            }
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (d.length() == 1) {
            return d;
        }
        char base = d.charAt(0);
        boolean upper = Character.isUpperCase(base);
        char shape = NONE;
        char tone = NONE;
        for (int k = 1; k < d.length(); k++) {
            char m = d.charAt(k);
            if (m == CIRCUMFLEX || m == BREVE || m == HORN) {
                shape = m;
            } else {
                tone = m;
            }
        }
        int t = tone == NONE ? 0 : new String(VNI_TONE_MARKS).indexOf(tone) + 1;
        StringBuilder sb = new StringBuilder();
        if (shape == CIRCUMFLEX || shape == BREVE) {
            String marks = shape == CIRCUMFLEX ? VNI_HATS : VNI_BREVES;
            sb.append(base).append(marks.charAt(t + (upper ? 6 : 0)));
        } else if (shape == HORN) {
            sb.append(toVni(Character.toChars(base == 'o' ? 'ơ' : base == 'O' ? 'Ơ' : base == 'u' ? 'ư' : 'Ư')[0]));
            if (t > 0) {
                sb.append(VNI_TONES.charAt(t - 1 + (upper ? 5 : 0)));
            }
        } else {
            String own = toVniSingleToned(c);
            if (own != null) {
                return own;
            }
            sb.append(base);
            if (t > 0) {
                sb.append(VNI_TONES.charAt(t - 1 + (upper ? 5 : 0)));
            }
        }
        return sb.toString();
    }

    private static String toVniSingleToned(char c) {
        int k = VNI_SINGLES.indexOf(c);
        return k > 0 && k % 2 == 1 ? String.valueOf(VNI_SINGLES.charAt(k - 1)) : null;
    }

    /** VIQR: a vowel followed by its shape mark (^ ( +), then its tone mark (' ` ? ~ .); dd for đ. */
    private static final Pattern VIQR_LETTER = Pattern.compile(
            "(?i)(dd)|([aeiouy])(\\^|\\(|\\+)?(['`?~.])?(?=(\\p{L}|\\s|$|[,;:!)\"]))");

    private static String fromViqr(String text) {
        Matcher m = VIQR_LETTER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String rep;
            if (m.group(1) != null) {
                rep = Character.isUpperCase(m.group(1).charAt(0)) ? "Đ" : "đ";
            } else {
                String shape = m.group(3);
                String tone = m.group(4);
                boolean punctuation = tone != null && ".?".contains(tone) && shape == null
                        && (m.end() >= text.length() || Character.isWhitespace(text.charAt(m.end())));
                StringBuilder letter = new StringBuilder(m.group(2));
                if (shape != null) {
                    letter.append(switch (shape) {
                        case "^" -> CIRCUMFLEX;
                        case "(" -> BREVE;
                        default -> HORN;
                    });
                }
                if (tone != null && !punctuation) {
                    letter.append(switch (tone) {
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

    /**
     * The legacy encoding {@code text} is written in, or null when it is Unicode (or plain ASCII that no
     * conversion improves). {@code hint}, from a font name, is preferred when it improves the text.
     */
    public static LegacyEncoding detect(String text, LegacyEncoding hint) {
        if (text == null || text.isBlank() || UNICODE_VIETNAMESE.matcher(text).find()) {
            return null;
        }
        int bad = foreignTokens(text);
        if (hint != null && foreignTokens(hint.toUnicode(text)) < bad) {
            return hint;
        }
        LegacyEncoding best = null;
        int bestBad = bad;
        for (LegacyEncoding e : values()) {
            if (e == VIQR && !looksLikeViqr(text)) {
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

    private static final Pattern VIQR_SHAPE = Pattern.compile("(?i)[aeo]\\^|[ou]\\+|a\\(|\\bdd");

    /** VIQR must show its shape marks, which ordinary text does not have, at least a few times. */
    private static boolean looksLikeViqr(String text) {
        Matcher m = VIQR_SHAPE.matcher(text);
        int n = 0;
        while (m.find() && n < 3) {
            n++;
        }
        return n >= Math.min(3, Math.max(1, text.length() / 200));
    }

    /**
     * Whether {@code text} may be converted within a document already found to be in this encoding: the
     * conversion changes it and leaves no more foreign tokens ("Soá:" → "Số:", both plausible as words).
     */
    public boolean fitsDocument(String text) {
        if (text == null || text.isBlank() || UNICODE_VIETNAMESE.matcher(text).find()) {
            return false;
        }
        String u = toUnicode(text);
        return !u.equals(Normalizer.normalize(text, Normalizer.Form.NFC)) && foreignTokens(u) <= foreignTokens(text);
    }

    /** The number of tokens that cannot be Vietnamese: a foreign letter or symbol, or two tone marks. */
    public static int foreignTokens(String text) {
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

    private static final Pattern LOWER_ASCII = Pattern.compile("[a-z]");

    /**
     * Upper-cases what a TCVN3 capital font ({@code .VnTimeH}) drew, when the font is not known: TCVN3 has no
     * codes for toned capitals, so "CÔNG TÁC" arrives as "C«NG T¸C" and converts to "CôNG TáC". A word
     * without plain lower-case letters is upper-cased when it has two capitals, or one capital and a
     * neighbour (across a space) that is all capitals: "Về CÔNG TÁC" → "VỀ CÔNG TÁC", but "Số: /BC-UBND" stays.
     */
    public static String capitalizeTcvn3(String converted) {
        Matcher m = TOKEN.matcher(converted);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
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
            boolean byNeighbour = single[k] && (k > 0 && shouty[k - 1] && spaceBetween(converted, spans.get(k - 1), spans.get(k))
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
