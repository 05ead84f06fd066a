package vn.baocao.fulltext;

import java.io.IOException;
import java.util.Set;
import vn.baocao.extract.Extraction;

/**
 * The search index as the importer writes it: the embedded Lucene folder ({@link ReportIndex}) or a
 * SolrCloud collection ({@link SolrIndex}). Every document carries its report id, so the index can be
 * reconciled with the store.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the documents of one report (replacing any it had); they become visible at the next commit. */
    void add(long reportId, Extraction x) throws IOException;

    /** Removes every document of a report. */
    void delete(long reportId) throws IOException;

    /** Makes the changes so far durable and visible. */
    void commit() throws IOException;

    /** The ids of the reports the index holds. */
    Set<Long> reportIds() throws IOException;

    @Override
    void close() throws IOException;
}
