package vn.baocao.extract;

import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese reports write them: "." groups thousands and "," marks decimals
 * ("1.334" = 1334, "36,84" = 36.84, "7.159.635.648", "301.953,3").
 */
public final class VietnameseNumbers {

    /** One number: thousands groups with dots and an optional decimal part, or digits with a decimal comma. */
    public static final String NUMBER = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    /** {@link #NUMBER} compiled. */
    public static final Pattern PATTERN = Pattern.compile(NUMBER);

    private VietnameseNumbers() {}

    /** The value of a number written the Vietnamese way; null when the text is not one. */
    public static Double parse(String written) {
        String s = written.strip().replace(" ", "");
        if (!PATTERN.matcher(s).matches()) {
            return null;
        }
        return Double.valueOf(s.replace(".", "").replace(',', '.'));
    }

    /** How many decimals a written number shows ("36,84" → 2, "1.334" → 0). */
    public static int decimals(String written) {
        int comma = written.indexOf(',');
        if (comma < 0) {
            return 0;
        }
        int n = 0;
        for (int i = comma + 1; i < written.length() && Character.isDigit(written.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    /** A value written the Vietnamese way with so many decimals: 1334 → "1.334", 36.842 → "36,84" (2). */
    public static String format(double value, int decimals) {
        String s = String.format(java.util.Locale.ROOT, "%." + Math.max(0, decimals) + "f", value);
        String sign = s.startsWith("-") ? "-" : "";
        s = sign.isEmpty() ? s : s.substring(1);
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        whole = whole.replaceAll("(\\d)(?=(\\d{3})+$)", "$1.");
        return sign + whole + (frac.isEmpty() ? "" : "," + frac);
    }
}
