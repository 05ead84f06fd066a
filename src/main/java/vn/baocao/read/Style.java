package vn.baocao.read;

/**
 * Style hints of a paragraph.
 *
 * @param bold         every letter of the paragraph is bold
 * @param italic       every letter of the paragraph is italic
 * @param headingLevel 1–6 when the source marks the paragraph as a heading (Word heading style,
 *                     markdown {@code #}), else 0
 * @param alignment    the paragraph alignment, when known
 * @param boldPrefix   the number of leading characters of the text that are bold (a run-in heading
 *                     such as "<b>b. Kết quả …:</b> chưa thành lập.")
 */
public record Style(boolean bold, boolean italic, int headingLevel, Alignment alignment, int boldPrefix) {

    public static final Style PLAIN = new Style(false, false, 0, Alignment.UNKNOWN, 0);

    public boolean isHeading() {
        return headingLevel > 0;
    }
}
