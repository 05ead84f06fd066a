package vn.baocao.read;

/**
 * One block of a report body in reading order: a {@link Paragraph} or a {@link Table}.
 * Every reader (TXT, DOCX, DOC, ODT, RTF, PDF) produces the same block model.
 */
public sealed interface Block permits Paragraph, Table {

    /** Where the block starts in the source: a 1-based line for text files, else the block's ordinal. */
    int line();

    /** The block's plain text (table cells joined by tabs, rows by new lines). */
    String text();
}
