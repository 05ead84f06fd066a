package vn.baocao.normalize;

import static vn.baocao.normalize.LegacyEncoding.BREVE;
import static vn.baocao.normalize.LegacyEncoding.CIRCUMFLEX;
import static vn.baocao.normalize.LegacyEncoding.HORN;
import static vn.baocao.normalize.LegacyEncoding.NONE;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Writes Unicode text in a legacy encoding (TCVN3 and VNI), for tests that make legacy files. */
public final class LegacyEncoder {

    private static final Map<Character, Character> TO_TCVN3 = new HashMap<>();

    static {
        for (int i = 0; i < Tcvn3.PAIRS.length(); i += 2) {
            TO_TCVN3.put(Tcvn3.PAIRS.charAt(i + 1), Tcvn3.PAIRS.charAt(i));
        }
    }

    private LegacyEncoder() {}

    /** Unicode {@code text} in the encoding (TCVN3 and VNI; capitals TCVN3 lacks become lower case). */
    public static String encode(LegacyEncoding encoding, String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(d.length() * 2);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (encoding == LegacyEncoding.TCVN3) {
                Character t = TO_TCVN3.get(c);
                if (t == null && Character.isUpperCase(c)) {
                    t = TO_TCVN3.get(Character.toLowerCase(c));
                }
                sb.append(t == null ? c : t);
            } else if (encoding == LegacyEncoding.VNI) {
                sb.append(toVni(c));
            } else {
                throw new UnsupportedOperationException("VIQR output");
            }
        }
        return sb.toString();
    }

    private static String toVni(char c) {
        for (int k = 0; k < Vni.SINGLES.length(); k += 2) {
            if (Vni.SINGLES.charAt(k + 1) == c) {
                return String.valueOf(Vni.SINGLES.charAt(k));
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
        int t = tone == NONE ? 0 : new String(Vni.TONE_MARKS).indexOf(tone) + 1;
        StringBuilder sb = new StringBuilder();
        if (shape == CIRCUMFLEX || shape == BREVE) {
            String marks = shape == CIRCUMFLEX ? Vni.HATS : Vni.BREVES;
            sb.append(base).append(marks.charAt(t + (upper ? 6 : 0)));
        } else if (shape == HORN) {
            sb.append(toVni(Character.toChars(base == 'o' ? 'ơ' : base == 'O' ? 'Ơ' : base == 'u' ? 'ư' : 'Ư')[0]));
            if (t > 0) {
                sb.append(Vni.TONES.charAt(t - 1 + (upper ? 5 : 0)));
            }
        } else {
            String own = toVniSingleToned(c);
            if (own != null) {
                return own;
            }
            sb.append(base);
            if (t > 0) {
                sb.append(Vni.TONES.charAt(t - 1 + (upper ? 5 : 0)));
            }
        }
        return sb.toString();
    }

    private static String toVniSingleToned(char c) {
        int k = Vni.SINGLES.indexOf(c);
        return k > 0 && k % 2 == 1 ? String.valueOf(Vni.SINGLES.charAt(k - 1)) : null;
    }
}
