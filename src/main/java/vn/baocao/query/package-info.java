/**
 * Stage 6a, <b>query</b>: questions over the archive.
 *
 * <p>Takes an open {@link vn.baocao.query.Archive} (store + index of a data folder), what its rules make (the
 * {@link vn.baocao.fulltext.DocumentSymbols}, the {@link vn.baocao.extract.SectionRoles}) and filters
 * ({@link vn.baocao.query.ReportFilter}: unit of any kind, level, year, period). Gives search hits
 * ({@link vn.baocao.query.Search}), the reports citing a document ({@link vn.baocao.query.Citations}), a figure's
 * series of one measure ({@link vn.baocao.query.FigureSeries}), commitments and where the next report reports on
 * them ({@link vn.baocao.query.CommitmentTracker}), and the versions of one report
 * ({@link vn.baocao.query.ReportVersions}).
 */
package vn.baocao.query;
