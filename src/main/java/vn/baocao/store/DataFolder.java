package vn.baocao.store;

import java.nio.file.Path;

/**
 * The data folder: everything baocao writes lives in it — the store ({@code baocao.db}), the Lucene
 * index ({@code lucene/}) and the copies of imported source files ({@code sources/<sha256>.<ext>}).
 * Chosen by {@code --data DIR}, else the environment variable {@code BAOCAO_DATA}, else {@code ./index}.
 */
public record DataFolder(Path root) {

    /** The environment variable naming the data folder. */
    public static final String ENV = "BAOCAO_DATA";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** The folder named by the option, else by {@value #ENV}, else {@code ./index}. */
    public static DataFolder resolve(Path option) {
        if (option != null) {
            return new DataFolder(option);
        }
        String env = System.getenv(ENV);
        return new DataFolder(Path.of(env == null || env.isBlank() ? "index" : env));
    }

    /** The Lucene index folder. */
    public Path indexDir() {
        return root.resolve("lucene");
    }

    /** The folder of source-file copies. */
    public Path sourcesDir() {
        return root.resolve("sources");
    }

    /** Opens the store. */
    public Store openStore() {
        return Store.open(root);
    }
}
