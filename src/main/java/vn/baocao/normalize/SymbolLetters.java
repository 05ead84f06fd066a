package vn.baocao.normalize;

/**
 * The letters of a document symbol's codes (số, ký hiệu: 75/KH-UBND, 26/QĐ-UBND, 02-KH/BCĐTW, 10/CT-TTg): the
 * Latin letters and Đ/đ, the one Vietnamese letter the codes of Nghị định 30/2020 (Phụ lục III) are written with.
 * Not every upper-case letter ({@code \p{Lu}} holds Ă, Â, Ê, Ô, Ơ, Ư and their toned forms too, which no code
 * uses). One definition for the symbol grammar ({@code extract.Symbols}, the {@code ${G}} and {@code ${S}} of
 * {@code reference-patterns.tsv}) and the readers' OCR repair of symbols, which runs before it.
 */
public final class SymbolLetters {

    /** Đ, the Vietnamese capital of symbol codes (QĐ, BCĐ, ĐKTr). */
    public static final String D = "Đ";
    /** The upper-case letters of a code as the content of a character class ({@code A-ZĐ}; add digits, "&" …). */
    public static final String UPPER = "A-Z" + D;
    /** Any letter of a code as the content of a character class: {@code A-Za-zĐđ} (TTg, CTr, ĐKTr). */
    public static final String LETTER = "A-Za-z" + D + "đ";

    private SymbolLetters() {}
}
