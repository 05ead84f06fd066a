/**
 * Stage 5b, <b>fulltext</b>: the full-text index (Lucene in the data folder, or SolrCloud). Named apart from
 * the data folder ({@code ./index} by default), which holds the store and the source copies as well.
 *
 * <p>Takes an {@link vn.baocao.extract.Extraction} per report and the {@link vn.baocao.fulltext.DocumentSymbols} of
 * the import's rules (the symbol shapes and type names by which documents are named, in texts and in queries). Gives one index document per section and per
 * report, analysed by {@link vn.baocao.fulltext.VietnameseAnalyzer} (with or without diacritics, either tone
 * placement, any symbol spelling), and ranked {@link vn.baocao.fulltext.IndexHit}s with highlighted snippets for a
 * query. Entry points: {@link vn.baocao.fulltext.Indexes}, {@link vn.baocao.fulltext.SearchIndex}.
 */
package vn.baocao.fulltext;
