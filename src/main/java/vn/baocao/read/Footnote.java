package vn.baocao.read;

/**
 * A footnote body, kept apart from the running text. Its marker in the text is the same
 * superscript digits ({@code "¹"}).
 */
public record Footnote(String marker, String text, int line) {
}
