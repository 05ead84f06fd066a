/**
 * Figure consistency checks ({@code baocao kiemtra}): what a careful reviewer does by hand before a report is sent.
 *
 * <p>Takes an {@link vn.baocao.extract.Extraction} (a file read now, or an imported report read again from its
 * kept copy), and for period ↔ period the extraction of the unit's previous report. Gives a list of
 * {@link vn.baocao.check.Finding}s: the kind of check, the figures involved with their places
 * ({@link vn.baocao.check.Place}: section, line and offsets of a figure of the text, or the table and the
 * indicator code of a table value), the expected and the printed value, and a one-line explanation in Vietnamese.
 *
 * <ul>
 *   <li>ratio ↔ percentage: "a/b …, đạt c%", "c% (a/b)", a part's percentage of its whole, and a table row "Tỷ lệ"
 *       against its two child rows, within the rounding (or truncation) of the printed precision;</li>
 *   <li>parts ↔ total: "tổng số X, trong đó A, B", "X (gồm A, B)", and table group rows against their children;</li>
 *   <li>body ↔ appendix: the same indicator in the text and in a Biểu mẫu (matched by subject words and unit),
 *       units of money converted before comparing;</li>
 *   <li>period ↔ period: a cumulative figure that falls, a value that jumps by more than a factor.</li>
 * </ul>
 *
 * <p>The words the checks read (cues, abbreviations, fillers) are in {@code extraction-rules/figure-checks.tsv};
 * which units are the same, and money scales, in {@code unit-nouns.tsv}. Where the text itself explains a
 * difference ("không tính …", in the sentence, its footnote or the table row's note) no finding is made.
 * {@link vn.baocao.check.FindingComments} writes findings into a DOCX as Word comments.
 */
package vn.baocao.check;
