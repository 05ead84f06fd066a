package vn.baocao.check;

import vn.baocao.extract.Figure;
import vn.baocao.extract.Span;

/**
 * Where a figure involved in a finding is printed: the extraction's {@link Span} (the section and the exact
 * characters, a table value's cell included), with what a reader is told about it.
 *
 * @param span      where the figure is in the report
 * @param line      the line of its paragraph or table
 * @param indicator the STT code of a table row ("4.5.1"), else null
 * @param text      the figure as printed ("553/553 TTHC", "453")
 * @param subject   what it counts, or null
 */
public record Place(Span span, int line, String indicator, String text, String subject) {

    private static final String APPENDIX = "PHỤ LỤC.";

    /** The place of a figure. */
    public static Place of(Figure f) {
        return new Place(f.span(), f.line(), f.indicator(), f.text(), f.subject());
    }

    /** The section path ("II.6.h", "PHỤ LỤC.Biểu mẫu 7"). */
    public String section() {
        return span.section();
    }

    /** Whether it is a value of a statistics table. */
    public boolean inTable() {
        return indicator != null;
    }

    /** In Vietnamese: "mục II.6.h, dòng 147" or "Biểu mẫu 7, chỉ tiêu 4.5.1". */
    public String describe() {
        String section = section();
        String where = section == null || section.isEmpty()
                ? "phần mở đầu/kết thúc"
                : section.startsWith(APPENDIX) ? section.substring(APPENDIX.length()) : "mục " + section;
        return where + (inTable() ? ", chỉ tiêu " + indicator : ", dòng " + line);
    }
}
