package vn.baocao.read;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the inline markup of Word-exported text — markdown emphasis ({@code **bold**}, {@code *italic*}),
 * simple HTML ({@code <b>}, {@code <i>}, {@code <p>}, {@code <br>}, {@code <sup>n</sup>}) and autolinks
 * ({@code <https://…>}) — into plain text plus per-character bold and italic flags.
 */
final class InlineMarkup {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern AUTOLINK =
            Pattern.compile("<((?:https?|ftp)://[^>\\s]+|[\\w.+-]+@[\\w-]+\\.[\\w.]+)>");

    /** The result: plain text and which characters were bold / italic. */
    record Styled(String text, BitSet bold, BitSet italic) {

        /** True when every letter or digit is covered by the given mask (and there is at least one). */
        boolean allMarked(BitSet mask) {
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    any = true;
                    if (!mask.get(i)) {
                        return false;
                    }
                }
            }
            return any;
        }

        /** Length of the leading bold run, ignoring leading white space; 0 if the text does not start bold. */
        int boldPrefix() {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < text.length() && (bold.get(end) || !Character.isLetterOrDigit(text.charAt(end)))) {
                end++;
            }
            // trailing non-bold punctuation/space after the bold run does not count
            while (end > i && !bold.get(end - 1)) {
                end--;
            }
            return end > i ? end : 0;
        }
    }

    private InlineMarkup() {}

    static Styled parse(String s) {
        s = AUTOLINK.matcher(s).replaceAll("$1");
        StringBuilder out = new StringBuilder(s.length());
        BitSet bold = new BitSet();
        BitSet italic = new BitSet();
        boolean b = false;
        boolean it = false;
        int htmlBold = 0;
        int htmlItalic = 0;
        boolean sup = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    boolean close = !m.group(1).isEmpty();
                    String tag = m.group(2).toLowerCase();
                    switch (tag) {
                        case "b", "strong" -> htmlBold += close ? -1 : 1;
                        case "i", "em" -> htmlItalic += close ? -1 : 1;
                        case "sup" -> sup = !close;
                        case "p", "li", "div" -> {
                            if (close || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                                newline(out);
                            }
                        }
                        case "br" -> out.append('\n');
                        default -> {}
                    }
                    i = m.end();
                    continue;
                }
            }
            if (c == '*') {
                int run = 0;
                while (i + run < s.length() && s.charAt(i + run) == '*') {
                    run++;
                }
                if (run >= 3) {
                    b = !b;
                    it = !it;
                } else if (run == 2) {
                    b = !b;
                } else {
                    it = !it;
                }
                i += run;
                continue;
            }
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String entity = s.substring(i + 1, semi);
                    String decoded = decodeEntity(entity);
                    if (decoded != null) {
                        append(out, bold, italic, decoded, b || htmlBold > 0, it || htmlItalic > 0);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            char emitted = sup && c >= '0' && c <= '9' ? Footnote.MARKER_DIGITS.charAt(c - '0') : c;
            append(out, bold, italic, String.valueOf(emitted), b || htmlBold > 0, it || htmlItalic > 0);
            i++;
        }
        // trim trailing new lines produced by block tags
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        String text = out.substring(start, end);
        return new Styled(text, bold.get(start, Math.max(start, end)), italic.get(start, Math.max(start, end)));
    }

    private static void newline(StringBuilder out) {
        // drop spaces before the break
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len > 0) {
            out.append('\n');
        }
    }

    private static void append(StringBuilder out, BitSet bold, BitSet italic, String s, boolean b, boolean it) {
        for (int k = 0; k < s.length(); k++) {
            int pos = out.length();
            out.append(s.charAt(k));
            if (b) {
                bold.set(pos);
            }
            if (it) {
                italic.set(pos);
            }
        }
    }

    private static String decodeEntity(String e) {
        return switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            default -> {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    yield codePoint(e.substring(2), 16);
                } else if (e.startsWith("#")) {
                    yield codePoint(e.substring(1), 10);
                }
                yield null;
            }
        };
    }

    private static String codePoint(String digits, int radix) {
        try {
            return Character.toString(Integer.parseInt(digits, radix));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    static String toSuperscript(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? Footnote.MARKER_DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    static String fromSuperscript(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = Footnote.MARKER_DIGITS.indexOf(c);
            sb.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return sb.toString();
    }
}
