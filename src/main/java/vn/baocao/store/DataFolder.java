package vn.baocao.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder: everything baocao writes lives in it — the store ({@code baocao.db}), the Lucene
 * index ({@code lucene/}) and the copies of imported source files ({@code sources/<sha256>.<ext>}) — unless
 * {@link Backends} put the store on PostgreSQL and the index on SolrCloud (then it keeps the source copies
 * and {@code baocao.properties}). Chosen by {@code --data DIR}, else the environment variable
 * {@code BAOCAO_DATA}, else {@code ./index}.
 *
 * @param backends where the store and the index live, or null: as {@code baocao.properties} in the folder
 *                 says (the embedded default without it)
 */
public record DataFolder(Path root, Backends backends) {

    /** The environment variable naming the data folder. */
    public static final String ENV = "BAOCAO_DATA";

    /** The embedded store's file name in the folder (SQLite; its journal beside it with "-wal"). */
    public static final String STORE_FILE = "baocao.db";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** The folder, with the backends its {@code baocao.properties} names. */
    public DataFolder(Path root) {
        this(root, null);
    }

    /** The folder named by the option, else by {@value #ENV}, else {@code ./index}. */
    public static DataFolder resolve(Path option) {
        return resolve(option, null, null);
    }

    /** The folder named by the option (else {@value #ENV}, else {@code ./index}), with backend options over its file. */
    public static DataFolder resolve(Path option, String storeOption, String indexOption) {
        Path root = option;
        if (root == null) {
            String env = System.getenv(ENV);
            root = Path.of(env == null || env.isBlank() ? "index" : env);
        }
        if (storeOption == null && indexOption == null) {
            return new DataFolder(root);
        }
        return new DataFolder(
                root, Backends.of(root.toAbsolutePath().normalize(), storeOption, indexOption, System.getenv()));
    }

    /** Where the store and the index live. */
    public Backends backend() {
        return backends != null ? backends : Backends.of(root, null, null, System.getenv());
    }

    /** The Lucene index folder. */
    public Path indexDir() {
        return root.resolve("lucene");
    }

    /** The embedded store's file. */
    public Path storeFile() {
        return root.resolve(STORE_FILE);
    }

    /** The folder of source-file copies. */
    public Path sourcesDir() {
        return root.resolve("sources");
    }

    /** Whether anything may have been imported: the embedded store exists, or the store is a server. */
    public boolean hasStore() {
        return !backend().embeddedStore() || Files.exists(storeFile());
    }

    /** Opens the store: SQLite in the folder, or the PostgreSQL database configured. */
    public ReportStore openStore() {
        Backends b = backend();
        if (b.embeddedStore()) {
            return Store.open(root);
        }
        return Store.openPostgres(b.store(), b.storeUser(), b.storePassword(), root);
    }
}
