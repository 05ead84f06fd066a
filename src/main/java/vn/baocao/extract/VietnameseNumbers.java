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

    private VietnameseNumbers() {
    }

    /** The value of a number written the Vietnamese way; null when the text is not one. */
    public static Double parse(String written) {
        String s = written.strip().replace(" ", "");
        if (!PATTERN.matcher(s).matches()) {
            return null;
        }
        return Double.valueOf(s.replace(".", "").replace(',', '.'));
    }
}
