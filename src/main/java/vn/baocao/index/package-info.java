/**
 * Stage 5b, <b>index</b>: the full-text index (Lucene in the data folder, or SolrCloud).
 *
 * <p>Takes an {@link vn.baocao.extract.Extraction} per report. Gives one index document per section and per
 * report, analysed by {@link vn.baocao.index.VietnameseAnalyzer} (with or without diacritics, either tone
 * placement, any symbol spelling), and ranked {@link vn.baocao.index.IndexHit}s with highlighted snippets for a
 * query. Entry points: {@link vn.baocao.index.Indexes}, {@link vn.baocao.index.SearchIndex}.
 */
package vn.baocao.index;
