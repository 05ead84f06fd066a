package vn.baocao.check;

import vn.baocao.extract.Figure;

/**
 * Where a figure involved in a finding is printed. The one place that carries figure locations in this package
 * (to be replaced by the extraction's span record when there is one).
 *
 * @param section   the section path ("II.6.h", "PHỤ LỤC.Biểu mẫu 7")
 * @param line      the line of its paragraph or table
 * @param start     start offset in the paragraph's text, -1 for a table value
 * @param end       end offset (exclusive), -1 for a table value
 * @param indicator the STT code of a table row ("4.5.1"), else null
 * @param text      the figure as printed ("553/553 TTHC", "453")
 * @param subject   what it counts, or null
 */
public record Place(String section, int line, int start, int end, String indicator, String text, String subject) {

    private static final String APPENDIX = "PHỤ LỤC.";

    /** The place of a figure. */
    public static Place of(Figure f) {
        return new Place(f.section(), f.line(), f.start(), f.end(), f.indicator(), f.text(), f.subject());
    }

    /** Whether it is a value of a statistics table. */
    public boolean inTable() {
        return indicator != null;
    }

    /** In Vietnamese: "mục II.6.h, dòng 147" or "Biểu mẫu 7, chỉ tiêu 4.5.1". */
    public String describe() {
        String where = section == null || section.isEmpty() ? "phần mở đầu/kết thúc"
                : section.startsWith(APPENDIX) ? section.substring(APPENDIX.length()) : "mục " + section;
        return where + (inTable() ? ", chỉ tiêu " + indicator : ", dòng " + line);
    }
}
