package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive (not timed): made on first use, used by the next runs, made again when the
 * jar changes, AppCDS when asked, and a broken archive costs nothing but speed. Runs after {@code package}
 * (failsafe) on a copy of the installation: the launcher, {@code scripts/jdk.sh}, the jar, its libraries and
 * the corpus the training reads, with the archive cache in a folder of its own.
 */
class LauncherArchiveIT {

    @TempDir
    Path dir;

    Path install;
    Path cache;
    Path jar;

    record Run(int code, String out, String err, String classes) {
        /** Where the JVM took {@code vn.baocao.cli.Main} from, per {@code -Xlog:class+load}. */
        String mainSource() {
            return classes.lines()
                    .filter(l -> l.contains(" vn.baocao.cli.Main "))
                    .findFirst()
                    .orElse("");
        }
    }

    @BeforeEach
    void copyInstallation() throws IOException {
        Path root = ProjectFiles.root();
        install = dir.resolve("baocao");
        cache = dir.resolve("cache");
        Files.createDirectories(install.resolve("scripts"));
        Files.createDirectories(install.resolve("target"));
        Files.createDirectories(install.resolve("corpus"));
        Files.copy(root.resolve("baocao"), install.resolve("baocao"));
        Files.copy(root.resolve("scripts/jdk.sh"), install.resolve("scripts/jdk.sh"));
        Files.createSymbolicLink(install.resolve("target/lib"), root.resolve("target/lib"));
        Files.createSymbolicLink(install.resolve("corpus/docx"), root.resolve("corpus/docx"));
        jar = install.resolve("target/baocao.jar");
        Files.copy(root.resolve("target/baocao.jar"), jar);
    }

    Run launch(Map<String, String> env, String... args) throws Exception {
        Path log = dir.resolve("classes.log");
        Files.deleteIfExists(log);
        List<String> cmd =
                new ArrayList<>(List.of("bash", install.resolve("baocao").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("BAOCAO_JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("BAOCAO_CACHE", cache.toString());
        pb.environment().put("BAOCAO_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        pb.environment().remove("BAOCAO_AOT");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher ends");
        return new Run(
                p.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8),
                Files.exists(log) ? Files.readString(log) : "");
    }

    List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".aot") || p.toString().endsWith(".jsa"))
                    .sorted()
                    .toList();
        }
    }

    static void assertHelp(Run r) {
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Cách dùng: baocao"), "only the help on standard output: " + r.out());
    }

    @Test
    void madeOnFirstUseUsedThenMadeAgainWhenTheJarChanges() throws Exception {
        Run first = launch(Map.of(), "--help");
        assertHelp(first);
        assertTrue(first.err().contains("Đang chuẩn bị bộ nhớ đệm khởi động"), first.err());
        List<Path> made = archives();
        assertEquals(1, made.size(), made.toString());
        assertTrue(
                made.get(0)
                        .getFileName()
                        .toString()
                        .endsWith("-help." + (Runtime.version().feature() >= 25 ? "aot" : "jsa")),
                made.toString());
        assertTrue(first.mainSource().contains("shared objects file"), "the archive is used: " + first.mainSource());

        FileTime madeAt = Files.getLastModifiedTime(made.get(0));
        Run second = launch(Map.of(), "--help");
        assertHelp(second);
        assertEquals("", second.err(), "no second training");
        assertEquals(made, archives());
        assertEquals(madeAt, Files.getLastModifiedTime(made.get(0)));
        assertTrue(second.mainSource().contains("shared objects file"), second.mainSource());

        // a rebuilt jar (here: the same bytes, another modification time) makes the archive stale
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
        Run stale = launch(Map.of(), "--help");
        assertHelp(stale);
        assertTrue(stale.err().contains("Đang chuẩn bị bộ nhớ đệm khởi động"), "made again: " + stale.err());
        List<Path> again = archives();
        assertEquals(1, again.size(), "the stale archive is removed: " + again);
        assertFalse(again.equals(made), again.toString());
        assertTrue(stale.mainSource().contains("shared objects file"), stale.mainSource());
    }

    @Test
    void appCdsWhenAskedNoneWhenOffAndABrokenArchiveOnlyCostsSpeed() throws Exception {
        Run cds = launch(Map.of("BAOCAO_AOT", "cds"), "--help");
        assertHelp(cds);
        List<Path> made = archives();
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).toString().endsWith("-help.jsa"), made.toString());
        assertTrue(cds.mainSource().contains("shared objects file"), "the AppCDS archive is used: " + cds.mainSource());

        Run off = launch(Map.of("BAOCAO_AOT", "off"), "--help");
        assertHelp(off);
        assertTrue(off.mainSource().contains("baocao.jar"), "no archive: " + off.mainSource());

        Files.write(made.get(0), "không phải tệp lưu trữ".getBytes(StandardCharsets.UTF_8));
        Run broken = launch(Map.of("BAOCAO_AOT", "cds"), "--help");
        assertHelp(broken);
        assertEquals("", broken.err(), "silent");
        assertTrue(broken.mainSource().contains("baocao.jar"), broken.mainSource());
    }
}
