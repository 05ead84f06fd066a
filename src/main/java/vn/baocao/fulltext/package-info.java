/**
 * Stage 5b, <b>fulltext</b>: the full-text index (Lucene in the data folder, or SolrCloud). Named apart from
 * the data folder ({@code ./index} by default), which holds the store and the source copies as well.
 *
 * <p>Takes an {@link vn.baocao.extract.Extraction} per report. Gives one index document per section and per
 * report, analysed by {@link vn.baocao.fulltext.VietnameseAnalyzer} (with or without diacritics, either tone
 * placement, any symbol spelling), and ranked {@link vn.baocao.fulltext.IndexHit}s with highlighted snippets for a
 * query. Entry points: {@link vn.baocao.fulltext.Indexes}, {@link vn.baocao.fulltext.SearchIndex}.
 */
package vn.baocao.fulltext;
