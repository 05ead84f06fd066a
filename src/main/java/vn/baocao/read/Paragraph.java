package vn.baocao.read;

/**
 * A paragraph of running text. Hard line breaks inside the paragraph are kept as {@code '\n'}.
 * Footnote markers stay in the text as Unicode superscript digits ("năm 2025¹").
 *
 * @param text  the display text, Unicode NFC, markup removed
 * @param style style hints
 * @param line  where it starts in the source (see {@link Block#line()})
 */
public record Paragraph(String text, Style style, int line) implements Block {

    public Paragraph {
        text = text == null ? "" : text;
        style = style == null ? Style.PLAIN : style;
    }

    /** The text in the form used for matching: canonical tone marks, lower case ("hòa" and "Hoà" → "hoà"). */
    public String matchText() {
        return vn.baocao.normalize.VietnameseText.matchKey(text);
    }
}
