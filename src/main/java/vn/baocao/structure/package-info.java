/**
 * Stage 3, <b>structure</b>: the numbered section tree of a report.
 *
 * <p>Takes a {@link vn.baocao.read.ReportDocument} (and the {@link vn.baocao.rules.RuleSet} whose layout cues open
 * the closing and the signature block). Gives a {@link vn.baocao.structure.SectionTree}: the
 * preamble (header, title, opening), the {@link vn.baocao.structure.Section}s (I. / 1. / 2.1. / a) / PHỤ LỤC /
 * Biểu mẫu N) with their own body blocks and children, and the closing (signature, recipients; where the signature block starts). Numbered list
 * items of running text are told apart from headings.
 */
package vn.baocao.structure;
