package vn.baocao.read;

/** Paragraph alignment, where the source format states it. */
public enum Alignment {
    UNKNOWN,
    LEFT,
    CENTER,
    RIGHT,
    JUSTIFY
}
