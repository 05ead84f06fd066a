package vn.baocao.scaleout;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SolrCloud cluster (2 nodes, embedded ZooKeeper, a 2-shard collection) for the scale-out tests and
 * {@code bench --backend postgresql+solr},
 * in a JVM of its own: Solr 9 brings Lucene 9, baocao uses Lucene 10. The launcher
 * ({@code scale-out/solr-launcher}) is built with Maven on first use (its dependencies copied to its
 * {@code target/lib}), started with {@code java -cp}, and exits when its standard input — our pipe — closes,
 * so a killed test JVM leaves no cluster behind.
 */
public final class SolrCloudServer implements AutoCloseable {

    /** The project's launcher module and configset (under {@code baocao.home}, set by the launcher script, else here). */
    static final Path HOME =
            Path.of(System.getProperty("baocao.home", ".")).toAbsolutePath().normalize();

    static final Path LAUNCHER = HOME.resolve("scale-out/solr-launcher");
    public static final Path CONFIGSET = HOME.resolve("scale-out/solr/configset");

    private final Process process;
    private final Path log;
    /** The index address: {@code solr://127.0.0.1:p1,127.0.0.1:p2/baocao}. */
    public final String url;

    private SolrCloudServer(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts a cluster of {@code nodes} nodes with a collection of {@code shards} × {@code replicas}. */
    public static SolrCloudServer start(int nodes, int shards, int replicas) throws Exception {
        build();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("baocao-solrcloud", ".log");
        String cp = LAUNCHER.resolve("target/classes") + File.pathSeparator + LAUNCHER.resolve("target/lib") + "/*";
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        cp,
                        "vn.baocao.solrlauncher.SolrCloudLauncher",
                        CONFIGSET.toString(),
                        "baocao",
                        Integer.toString(nodes),
                        Integer.toString(shards),
                        Integer.toString(replicas))
                .redirectError(log.toFile())
                .start();
        CompletableFuture<String> urls = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("SOLR_URLS ")) {
                        return line.substring("SOLR_URLS ".length()).strip();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String found;
        try {
            found = urls.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            found = null;
        }
        if (found == null) {
            p.destroyForcibly();
            throw new IllegalStateException("SolrCloud không khởi động được:\n" + tail(log));
        }
        StringBuilder hosts = new StringBuilder();
        for (String u : found.split(",")) {
            String hostPort = u.replaceFirst("^https?://", "").replaceFirst("/solr/?$", "");
            hosts.append(hosts.isEmpty() ? "" : ",").append(hostPort);
        }
        return new SolrCloudServer(p, log, "solr://" + hosts + "/baocao");
    }

    /** Builds the launcher when its classes or dependencies are missing or older than its sources. */
    public static synchronized void build() throws IOException, InterruptedException {
        Path marker = LAUNCHER.resolve("target/lib");
        Path classes = LAUNCHER.resolve("target/classes/vn/baocao/solrlauncher/SolrCloudLauncher.class");
        if (Files.isDirectory(marker)
                && Files.exists(classes)
                && !newer(LAUNCHER.resolve("pom.xml"), classes)
                && !newer(LAUNCHER.resolve("src/main/java/vn/baocao/solrlauncher/SolrCloudLauncher.java"), classes)) {
            return;
        }
        Path out = Files.createTempFile("baocao-solr-launcher-build", ".log");
        ProcessBuilder pb = new ProcessBuilder(
                        "mvn",
                        "-q",
                        "-B",
                        "-ntp",
                        "-f",
                        LAUNCHER.resolve("pom.xml").toString(),
                        "package")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("Không biên dịch được scale-out/solr-launcher:\n" + tail(out));
        }
        Files.deleteIfExists(out);
    }

    private static boolean newer(Path a, Path b) throws IOException {
        FileTime ta = Files.getLastModifiedTime(a), tb = Files.getLastModifiedTime(b);
        return ta.compareTo(tb) > 0;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws IOException {
        PostgresServer.stop(process, 60);
        Files.deleteIfExists(log);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
