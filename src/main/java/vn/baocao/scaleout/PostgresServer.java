package vn.baocao.scaleout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the scale-out tests and {@code bench --backend postgresql+solr}: Debian's {@code postgresql} binaries
 * ({@code scripts/setup-debian.sh} installs them), a new cluster in a temporary folder on a free port, run
 * as an unprivileged user ({@code initdb} refuses root: as root the server runs as {@code postgres} through
 * {@code runuser}). The server's watchdog shell reads our standard output pipe: when this JVM exits or is
 * killed, the pipe closes and the server is shut down (no orphan server).
 */
public final class PostgresServer implements AutoCloseable {

    private final Path dir;
    private final Process process;
    public final int port;
    private int databases;

    private PostgresServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** The newest {@code /usr/lib/postgresql/<n>/bin}, or null. */
    static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p ->
                            p.getFileName().toString().matches("\\d+") && Files.isExecutable(p.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .orElse(null);
        }
    }

    public static PostgresServer start() throws Exception {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException(
                    "PostgreSQL không có (/usr/lib/postgresql/*/bin): chạy scripts/setup-debian.sh "
                            + "(apt-get install postgresql)");
        }
        Path dir = Files.createTempDirectory("baocao-pg");
        Path data = dir.resolve("data");
        Path socket = Files.createDirectories(dir.resolve("sock"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
        }
        run(
                asUser(
                        root,
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "baocao",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                        "--no-locale",
                        "--no-sync"),
                dir);
        int port = freePort();
        // the server in the background; `cat` ends when our end of its standard input closes
        String script = "'" + bin.resolve("postgres") + "' -D '" + data + "' -p " + port + " -k '" + socket + "'"
                + " -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=60"
                + " -c shared_buffers=64MB & p=$!; cat >/dev/null; kill -INT $p; wait $p";
        ProcessBuilder pb = new ProcessBuilder(asUser(root, "sh", "-c", script))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        Process p = pb.start();
        PostgresServer server = new PostgresServer(dir, p, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = DriverManager.getConnection(server.url("postgres"))) {
                return server;
            } catch (SQLException e) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException(
                            "PostgreSQL không khởi động được: " + e.getMessage() + "\n"
                                    + Files.readString(dir.resolve("server.log")),
                            e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The version of the PostgreSQL binaries ({@code 15}). */
    public static String version() throws IOException {
        Path bin = binaries();
        return bin == null ? "?" : bin.getParent().getFileName().toString();
    }

    private static List<String> asUser(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("setup.log");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " thất bại:\n" + Files.readString(log));
        }
    }

    /** Ends a server whose watchdog reads our pipe: closes the pipe, waits, then kills. */
    static void stop(Process process, int seconds) throws IOException {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The JDBC URL of a database of this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=baocao";
    }

    /** A new, empty database; its JDBC URL. */
    public synchronized String newDatabase() throws SQLException {
        String name = "baocao_" + (++databases);
        try (Connection c = DriverManager.getConnection(url("postgres"));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    @Override
    public void close() throws IOException {
        stop(process, 30);
        SolrCloudServer.deleteTree(dir);
    }
}
