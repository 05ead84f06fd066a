package vn.baocao.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where a data folder's store and search index live. Nothing configured: the embedded default, SQLite
 * ({@code baocao.db}) and Lucene ({@code lucene/}) in the data folder. A sysadmin points an installation
 * at servers with {@code baocao.properties} in the data folder, or with the options {@code --store} and
 * {@code --index} (which win over the file):
 * <pre>
 * store = jdbc:postgresql://db.example:5432/baocao
 * index = solr://solr1.example:8983,solr2.example:8983/baocao
 * </pre>
 * Credentials come from the environment ({@code BAOCAO_STORE_USER}, {@code BAOCAO_STORE_PASSWORD},
 * {@code BAOCAO_INDEX_USER}, {@code BAOCAO_INDEX_PASSWORD}), or else from the file's {@code store.user},
 * {@code store.password}, {@code index.user}, {@code index.password}.
 *
 * @param store    {@code sqlite} or a {@code jdbc:postgresql:} URL
 * @param index    {@code lucene} or {@code solr://host:port[,host:port…]/collection}
 *                 (or {@code solr+https://…})
 */
public record Backends(
        String store, String storeUser, String storePassword, String index, String indexUser, String indexPassword) {

    /** The file in the data folder. */
    public static final String FILE = "baocao.properties";

    public static final String SQLITE = "sqlite";
    public static final String LUCENE = "lucene";

    /** The embedded default. */
    public static final Backends EMBEDDED = new Backends(SQLITE, null, null, LUCENE, null, null);

    public Backends {
        store = store == null || store.isBlank() ? SQLITE : store.strip();
        index = index == null || index.isBlank() ? LUCENE : index.strip();
        if (!store.equals(SQLITE) && !store.startsWith("jdbc:postgresql:")) {
            throw new StoreException(
                    "Kho dữ liệu «" + store + "» không hỗ trợ: dùng sqlite (mặc định) hoặc "
                            + "jdbc:postgresql://máy:cổng/tên_csdl.",
                    null);
        }
        if (!index.equals(LUCENE) && !index.startsWith("solr://") && !index.startsWith("solr+https://")) {
            throw new StoreException(
                    "Chỉ mục «" + index + "» không hỗ trợ: dùng lucene (mặc định) hoặc "
                            + "solr://máy:cổng/tên_collection.",
                    null);
        }
    }

    /** Whether the store is the embedded SQLite file. */
    public boolean embeddedStore() {
        return store.equals(SQLITE);
    }

    /** Whether the index is the embedded Lucene folder. */
    public boolean embeddedIndex() {
        return index.equals(LUCENE);
    }

    /** The same backends with the options given (null: not given) put over these. */
    public Backends with(String storeOption, String indexOption) {
        return new Backends(
                storeOption != null ? storeOption : store,
                storeUser,
                storePassword,
                indexOption != null ? indexOption : index,
                indexUser,
                indexPassword);
    }

    /**
     * The backends of a data folder: its {@value #FILE} if any, the options over it, credentials from the
     * environment over the file's.
     */
    public static Backends of(Path dataRoot, String storeOption, String indexOption, Map<String, String> env) {
        Properties p = new Properties();
        Path file = dataRoot.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new StoreException("Không đọc được tệp cấu hình «" + file + "»: " + e.getMessage(), e);
            }
        }
        return new Backends(
                storeOption != null ? storeOption : p.getProperty("store"),
                env.getOrDefault("BAOCAO_STORE_USER", p.getProperty("store.user")),
                env.getOrDefault("BAOCAO_STORE_PASSWORD", p.getProperty("store.password")),
                indexOption != null ? indexOption : p.getProperty("index"),
                env.getOrDefault("BAOCAO_INDEX_USER", p.getProperty("index.user")),
                env.getOrDefault("BAOCAO_INDEX_PASSWORD", p.getProperty("index.password")));
    }
}
