package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Start-up and end-to-end time of single commands as a user runs them: child processes through the launcher
 * ({@code baocao} in {@code baocao.home}), with the JDK's class-data archive (the launcher's default) and
 * without it ({@code BAOCAO_AOT=off}), on a data folder of the corpus DOCX reports. The archives are made in
 * a cache folder of the run's own, so the first run of each command includes making its archive.
 */
public final class StartupBench {

    /** One command's times in milliseconds: the first run (making the archive), then median and fastest runs. */
    public record Timing(
            String command,
            double firstMs,
            double archiveMedianMs,
            double archiveMinMs,
            double coldMedianMs,
            double coldMinMs) {}

    /** Everything measured; {@code runs} runs of each command each way. */
    public record Result(String launcher, int runs, List<Timing> commands) {}

    private final Path launcher;
    private final Path work;

    private StartupBench(Path launcher, Path work) {
        this.launcher = launcher;
        this.work = work;
    }

    /** The launcher of the installation, or null when there is none (not run from a clone). */
    public static Path launcher() {
        String home = System.getProperty("baocao.home");
        Path l = home == null ? null : Path.of(home, "baocao");
        return l != null && Files.isRegularFile(l) ? l : null;
    }

    /** Measures {@code --help}, {@code search}, {@code extract} of one DOCX and {@code draft}; null without a launcher. */
    public static Result run(Path corpus, Path work, int runs, Consumer<String> log)
            throws IOException, InterruptedException {
        Path launcher = launcher();
        List<Path> docx = new ArrayList<>();
        if (Files.isDirectory(corpus.resolve("docx"))) {
            try (Stream<Path> s = Files.list(corpus.resolve("docx"))) {
                s.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(docx::add);
            }
        }
        if (launcher == null || docx.isEmpty()) {
            return null;
        }
        return new StartupBench(launcher, Files.createDirectories(work)).measure(docx, runs, log);
    }

    private Result measure(List<Path> docx, int runs, Consumer<String> log) throws IOException, InterruptedException {
        String data = work.resolve("startup-data").toString();
        List<String> importArgs = new ArrayList<>(List.of("import", "--data", data));
        docx.forEach(p -> importArgs.add(p.toString()));
        log.accept("(g) Khởi động từng lệnh qua trình chạy " + launcher + ": nhập " + docx.size() + " báo cáo DOCX …");
        time(false, importArgs);
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        commands.put("--help", List.of("--help"));
        commands.put("search", List.of("search", "--data", data, "kế hoạch 75"));
        commands.put("extract", List.of("extract", docx.get(docx.size() - 1).toString()));
        commands.put(
                "draft",
                List.of(
                        "draft",
                        "--data",
                        data,
                        "--from",
                        "1",
                        "--period",
                        "2099",
                        "-o",
                        work.resolve("du-thao.docx").toString()));
        List<Timing> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            log.accept("    " + c.getKey() + " …");
            double first = time(true, c.getValue());
            List<Double> archive = new ArrayList<>();
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                archive.add(time(true, c.getValue()));
                cold.add(time(false, c.getValue()));
            }
            archive.sort(null);
            cold.sort(null);
            out.add(new Timing(
                    c.getKey(), first, archive.get(runs / 2), archive.get(0), cold.get(runs / 2), cold.get(0)));
        }
        return new Result(launcher.toString(), runs, out);
    }

    /** Milliseconds of one run of the launcher, to its exit; a failed run throws. */
    private double time(boolean archive, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("BAOCAO_CACHE", work.resolve("startup-cache").toString());
        pb.environment().put("BAOCAO_AOT", archive ? "auto" : "off");
        pb.environment().remove("BAOCAO_JAVA_OPTS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("quá thời gian: baocao " + String.join(" ", args));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0) {
            throw new IOException("lệnh lỗi (mã " + p.exitValue() + "): baocao " + String.join(" ", args));
        }
        return ms;
    }
}
