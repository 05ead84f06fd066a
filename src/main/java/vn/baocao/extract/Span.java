package vn.baocao.extract;

/**
 * Where a mention (a figure, a reference) is in its report, computed once at extraction and carried through
 * the store to the web page and the draft, so that nothing is searched for again at display time.
 *
 * <p>The offsets are characters of the text of {@link #part} of {@link #section}: for {@link Part#BODY},
 * {@link Part#PREAMBLE} and {@link Part#CLOSING} the blocks of that part joined by {@code '\n'} (as
 * {@link vn.baocao.structure.Section#bodyText()} and {@link vn.baocao.read.Table#text()} join them); for
 * {@link Part#TITLE} the section's heading text; for {@link Part#FOOTNOTE} the text of footnote
 * {@link #block}.
 *
 * @param section the section path ("II.1.a"), or "" for the preamble, the closing and footnotes outside
 *                any section
 * @param part    which text of the section
 * @param block   the index of the block holding the mention among the part's blocks (for a footnote: its
 *                index among the report's footnotes); -1 when unknown
 * @param start   start offset in the part's text; -1 when unknown
 * @param end     end offset (exclusive); -1 when unknown
 */
public record Span(String section, Part part, int block, int start, int end) {

    /** The texts of a report a span can point into. */
    public enum Part {
        TITLE,
        BODY,
        PREAMBLE,
        CLOSING,
        FOOTNOTE;

        /** The spelling in JSON and in the store. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The part of a stored spelling, or {@link #BODY} for null/unknown. */
        public static Part of(String json) {
            if (json != null) {
                for (Part p : values()) {
                    if (p.json().equals(json)) {
                        return p;
                    }
                }
            }
            return BODY;
        }
    }

    /** A span whose place is not known beyond its section (text made outside a report). */
    public static Span unknown(String section) {
        return new Span(section == null ? "" : section, Part.BODY, -1, -1, -1);
    }

    /** Whether the span points at characters. */
    public boolean known() {
        return start >= 0 && end >= start;
    }

    /** This span's origin moved by {@code start} characters, {@code length} long. */
    public Span at(int offset, int length) {
        if (!known()) {
            return this;
        }
        return new Span(section, part, block, start + offset, start + offset + length);
    }
}
