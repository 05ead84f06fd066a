package vn.baocao.fulltext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** The embedded index as the queries read it: a searcher over the last commit of the Lucene folder. */
public final class LuceneSnapshot implements IndexSnapshot {

    private final IndexSearcher searcher;
    private final boolean pairs;

    public LuceneSnapshot(IndexSearcher searcher) {
        this.searcher = searcher;
        this.pairs = ReportIndex.hasPairs(searcher) && !Boolean.getBoolean(NO_PAIRS);
    }

    /** A system property that makes queries ignore the pair fields (to measure what they bring). */
    public static final String NO_PAIRS = "baocao.search.noPairs";

    @Override
    public boolean pairs() {
        return pairs;
    }

    /** The snapshot of the folder's last commit, or null when the folder holds no index yet. */
    public static LuceneSnapshot open(Path folder) throws IOException {
        IndexSearcher s = ReportIndex.openSearcher(folder);
        return s == null ? null : new LuceneSnapshot(s);
    }

    /** The Lucene searcher (for tests comparing with plain Lucene queries). */
    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public List<IndexHit> search(Query query, Query filter, Query rescore, int window, int n) throws IOException {
        Query q = ReportIndex.within(query, filter);
        ScoreDoc[] docs;
        if (rescore == null) {
            docs = searcher.search(q, n).scoreDocs;
        } else {
            TopDocs first = searcher.search(q, Math.max(n, window));
            docs = QueryRescorer.rescore(searcher, first, rescore, 1.0, n).scoreDocs;
        }
        return hits(docs);
    }

    @Override
    public List<IndexHit> all(Query query) throws IOException {
        int n = Math.max(1, searcher.count(query));
        return hits(searcher.search(query, n).scoreDocs);
    }

    private List<IndexHit> hits(ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndexHit> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc);
            out.add(new IndexHit(
                    Long.parseLong(d.get(ReportIndex.REPORT_ID)),
                    d.get(ReportIndex.KIND),
                    d.get(ReportIndex.SECTION_PATH),
                    d.get(ReportIndex.UNIT),
                    d.get(ReportIndex.TITLE),
                    d.get(ReportIndex.TEXT),
                    Arrays.asList(d.getValues(ReportIndex.SYMBOL)),
                    sd.score));
        }
        return out;
    }

    @Override
    public Set<Long> reportIds() throws IOException {
        return ReportIndex.reportIds(searcher);
    }

    @Override
    public void close() throws IOException {
        searcher.getIndexReader().close();
    }
}
