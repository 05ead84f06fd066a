package vn.baocao.extract;

/**
 * A piece of report text that extractors read: a paragraph, a footnote body or a table cell.
 *
 * @param text    the text (NFC; hard line breaks as {@code '\n'})
 * @param line    where it starts in the source (see {@link vn.baocao.read.Block#line()})
 * @param section the path of the section it belongs to ("II.1.a"), or "" for the preamble and closing
 */
public record TextUnit(String text, int line, String section) {
}
