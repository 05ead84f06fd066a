package vn.baocao.extract;

/**
 * A passage of report text that extractors read: a paragraph, a footnote body or a table cell.
 *
 * @param text    the text (NFC; hard line breaks as {@code '\n'})
 * @param line    where it starts in the source (see {@link vn.baocao.read.Block#line()})
 * @param section the path of the section it belongs to ("II.1.a"), or "" for the preamble and closing
 * @param origin  where the text starts in its report (the span of its first character; its {@code end}
 *                is ignored), so that a mention at offsets [s, e) of {@code text} is at {@link #span}
 */
public record Passage(String text, int line, String section, Span origin) {

    /** Text that is a whole block of its own (a single sentence, a test): offsets are those of the text. */
    public Passage(String text, int line, String section) {
        this(text, line, section, new Span(section, Span.Part.BODY, 0, 0, 0));
    }

    /** The span of characters [start, end) of this text. */
    public Span span(int start, int end) {
        return origin.at(start, end - start);
    }
}
