/**
 * Stage 4, <b>extract</b>: what a report says, by rules kept as data in {@code extraction-rules/}.
 *
 * <p>Takes a {@link vn.baocao.read.ReportDocument} and its {@link vn.baocao.structure.SectionTree} (or a file,
 * through {@link vn.baocao.extract.ReportExtractor}). Gives an {@link vn.baocao.extract.Extraction}: the
 * {@link vn.baocao.extract.ReportMetadata} (type, symbol, issuer and parent body, level, place, date,
 * {@link vn.baocao.extract.Period}, title, signer, recipients), the {@link vn.baocao.extract.Reference}s to other
 * documents, the {@link vn.baocao.extract.Figure}s and the {@link vn.baocao.extract.Commitment}s — each mention
 * with the {@link vn.baocao.extract.Span} it was found at, carried unchanged through the store to pages and
 * drafts. The Vietnamese grammar of periods ({@link vn.baocao.extract.PeriodGrammar}), dates, symbols
 * ({@link vn.baocao.extract.Symbols}) and issuer kinds ({@link vn.baocao.extract.Issuers}) is defined here once.
 */
package vn.baocao.extract;
