package vn.baocao.scaleout;

import java.nio.file.Path;
import vn.baocao.fulltext.SolrIndex;
import vn.baocao.store.Backends;
import vn.baocao.store.DataFolder;

/**
 * The servers of the scale-out tests, started once per test JVM on first use and stopped when it exits:
 * one PostgreSQL server and one 2-node, 2-shard SolrCloud cluster. Each test gets a new database and an
 * emptied collection.
 */
public final class ScaleOut {

    private static PostgresServer postgres;
    private static SolrCloudServer solr;

    private ScaleOut() {}

    public static synchronized PostgresServer postgres() throws Exception {
        if (postgres == null) {
            postgres = stopAtExit(PostgresServer.start());
        }
        return postgres;
    }

    public static synchronized SolrCloudServer solr() throws Exception {
        if (solr == null) {
            solr = stopAtExit(SolrCloudServer.start(2, 2, 1));
        }
        return solr;
    }

    private static <T extends AutoCloseable> T stopAtExit(T server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // exiting
            }
        }));
        return server;
    }

    /** A data folder whose store is a new PostgreSQL database and whose index is the emptied Solr collection. */
    public static DataFolder freshFolder(Path root) throws Exception {
        String db = postgres().newDatabase();
        String index = solr().url;
        try (SolrIndex s = SolrIndex.open(index, null, null)) {
            s.clear();
        }
        return new DataFolder(root, new Backends(db, null, null, index, null, null));
    }
}
