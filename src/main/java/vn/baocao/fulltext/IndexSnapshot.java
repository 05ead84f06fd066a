package vn.baocao.fulltext;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * The search index as the queries read it. Queries are written as Lucene {@link Query} objects over the
 * fields of {@link ReportIndex} (term, phrase, boolean, boost, term-set, regexp and constant-score
 * queries); the Lucene snapshot runs them as they are, the Solr one sends the same query in Solr's
 * standard syntax over the same pre-analysed terms, with the same BM25 similarity and exact
 * collection-wide statistics.
 */
public interface IndexSnapshot extends AutoCloseable {

    /**
     * The best {@code n} documents for {@code query} among those {@code filter} admits (null: all). With a
     * {@code rescore} query, the best {@code max(n, window)} by {@code query} alone are re-ranked by adding
     * the score of {@code rescore} to those it matches (as Lucene's {@code QueryRescorer} with weight 1).
     */
    List<IndexHit> search(Query query, Query filter, Query rescore, int window, int n) throws IOException;

    /** Every document matching {@code query}, in no particular order. */
    List<IndexHit> all(Query query) throws IOException;

    /**
     * Whether the index holds the pair fields ({@link ReportIndex#TEXT_PAIRS}, {@link ReportIndex#TEXT_FOLDED_PAIRS})
     * for all its documents; an index made before them answers phrases with position checks.
     */
    default boolean pairs() {
        return false;
    }

    /** The ids of the reports the snapshot sees. */
    Set<Long> reportIds() throws IOException;

    @Override
    void close() throws IOException;
}
