package vn.baocao.read;

/**
 * A footnote body, kept apart from the running text. Its marker in the text is the same
 * superscript digits ({@code "¹"}).
 */
public record Footnote(String marker, String text, int line) {

    /** The superscript digits markers are written in, {@code ⁰} to {@code ⁹} (index = value). */
    public static final String MARKER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** One marker digit, as a regular-expression character class. */
    public static final String MARKER_DIGIT = "[" + MARKER_DIGITS + "]";
}
