package vn.baocao.structure;

/** How a section heading is numbered; the hierarchy follows the order in which kinds appear. */
public enum NumberingKind {
    /** "A.", "B." — parts above or beside Roman parts. */
    UPPER_LETTER,
    /** "I.", "II." — phần. */
    ROMAN,
    /** "1.", "2." — mục. */
    ARABIC,
    /** "2.1.", "7.1.", "3.3.1." — tiểu mục; depth counts the dots. */
    DOTTED,
    /** "a)", "b.", "đ)" — điểm. */
    LETTER,
    /** "PHỤ LỤC", "PHỤ LỤC I" — an appendix. */
    APPENDIX,
    /** "Biểu mẫu 1" — a statistics form inside an appendix. */
    FORM
}
