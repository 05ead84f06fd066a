package vn.baocao.normalize;

/**
 * The letters that number items and subsections in an administrative document (Nghị định 30/2020, Phụ lục I:
 * "a)", "b)", … "d)", "đ)", "e)"): the Latin lower-case letters and đ, which comes after d. One definition for
 * the section parser, the readers' paragraph and table-row tests, the figure and commitment extractors and the
 * search's section numbers.
 */
public final class ListMarkers {

    /** A regex character class of one item letter: {@code [a-zđ]}. */
    public static final String LETTER = "[a-zđ]";

    private ListMarkers() {}
}
