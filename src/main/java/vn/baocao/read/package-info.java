/**
 * Stage 1 of the pipeline, <b>read</b>: a report file → a format-independent block model.
 *
 * <p>Takes a file path (DOCX, DOCM, DOC, ODT, RTF, HTML, PDF with text or scanned, PNG/JPEG/TIFF, TXT) and
 * per-file {@link vn.baocao.read.ReadLimits}, and the {@link vn.baocao.rules.RuleSet} whose layout cues lay out PDF
 * pages and scans (the header, the signature block, labels). Gives a {@link vn.baocao.read.ReportDocument}: the body as
 * {@link vn.baocao.read.Block}s ({@link vn.baocao.read.Paragraph}s with {@link vn.baocao.read.Style} hints,
 * {@link vn.baocao.read.Table}s of {@link vn.baocao.read.Cell}s), the {@link vn.baocao.read.Footnote}s, and page
 * furniture (headers, footers, stamps) kept apart; or a {@link vn.baocao.read.ReadException} with a Vietnamese
 * reason. Entry point: {@link vn.baocao.read.ReportReader}, which detects the type and hands the file to the
 * {@link vn.baocao.read.BlockReader} of its format (a DOCX is streamed from its package into the same XHTML
 * events Tika's extractor gives; Tika parses it only when the package uses what that reader does not model).
 * Layout damage (footnotes printed mid-text, paragraphs and tables split by page breaks, tables without ruling
 * lines, legacy font encodings) is repaired here, so later stages never see the format.
 */
package vn.baocao.read;
