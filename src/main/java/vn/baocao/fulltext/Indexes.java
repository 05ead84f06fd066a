package vn.baocao.fulltext;

import java.io.IOException;
import org.apache.lucene.store.LockObtainFailedException;
import vn.baocao.store.Backends;
import vn.baocao.store.DataFolder;
import vn.baocao.store.StoreException;

/** Opens a data folder's search index where its {@link Backends} say: the Lucene folder, or SolrCloud. */
public final class Indexes {

    private Indexes() {}

    /**
     * The index for writing, indexing the document symbols of the import's rules. The embedded index takes one
     * writer at a time (a second import is told to wait, in Vietnamese); a Solr collection takes any number.
     */
    public static SearchIndex openForWriting(DataFolder data, DocumentSymbols symbols) throws IOException {
        Backends b = data.backend();
        if (!b.embeddedIndex()) {
            return SolrIndex.openForWriting(b.index(), b.indexUser(), b.indexPassword(), symbols);
        }
        try {
            return ReportIndex.openForWriting(data.indexDir(), symbols);
        } catch (LockObtainFailedException e) {
            throw new StoreException(
                    "Thư mục dữ liệu «" + data.root() + "» đang được một lần nhập khác sử dụng; "
                            + "hãy đợi lần nhập đó xong rồi chạy lại.",
                    e);
        }
    }

    /** The index for querying, or null when the embedded folder holds no index yet. */
    public static IndexSnapshot openSnapshot(DataFolder data) throws IOException {
        Backends b = data.backend();
        if (!b.embeddedIndex()) {
            return SolrIndex.open(b.index(), b.indexUser(), b.indexPassword());
        }
        return LuceneSnapshot.open(data.indexDir());
    }
}
