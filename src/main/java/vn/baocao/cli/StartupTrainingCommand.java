package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baocao startup-training GROUP}: the workload the launcher runs once per jar and command group under
 * the JDK's class-data archive recorder ({@code -XX:AOTCacheOutput} on JDK 25+, {@code -XX:ArchiveClassesAtExit}
 * before), so that later commands of the group start from the archive. One archive per group, because a
 * JDK 25 AOT cache loads all its classes at start: {@code --help} should not pay for Tika, POI and CoreNLP.
 * Groups: {@code help} (the usage help), {@code query} (search, refs, reports, show, figures, commitments on
 * {@code --data}, which {@code prepare} fills in a run of its own), {@code extract} (extract, check: one file, C1), {@code import}
 * (import, C2 and G1) and {@code draft} (a draft from each report of {@code --data}, also filled by {@code prepare}). Uses the first
 * five DOCX reports of {@code corpus/docx} beside the launcher; prints nothing.
 * Hidden.
 */
@Command(
        name = "startup-training",
        hidden = true,
        description = "Chạy các lệnh thường dùng một lần (cho bộ nhớ đệm khởi động).")
final class StartupTrainingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NHÓM", description = "help, query, extract, import, draft hoặc prepare.")
    String group;

    @Option(names = "--data", paramLabel = "THƯ_MỤC", description = "Thư mục dữ liệu (query, prepare).")
    Path data;

    @Option(
            names = "--corpus",
            paramLabel = "THƯ_MỤC",
            description = "Thư mục báo cáo DOCX mẫu (mặc định corpus/docx của bản cài).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
        Path dir = corpus != null
                ? corpus
                : vn.baocao.bench.SyntheticArchive.defaultCorpus().resolve("docx");
        List<String> reports = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".docx"))
                        .sorted()
                        .limit(5)
                        .forEach(p -> reports.add(p.toString()));
            }
        }
        Path work = Files.createTempDirectory("baocao-training");
        try {
            String tmpData = work.resolve("data").toString();
            String db = data != null ? data.toString() : tmpData;
            switch (group) {
                case "help" -> {
                    run("--help");
                    run("help", "search");
                    run("search", "--help");
                }
                case "prepare" -> importAll(db, reports);
                case "query" -> {
                    run("search", "--data", db, "kế hoạch 75");
                    run("search", "--data", db, "cai cach hanh chinh");
                    run("search", "--data", db, "--json", "--unit", "sa dec", "\"hồ sơ\"");
                    run("refs", "--data", db, "75/KH-UBND");
                    run("refs", "--data", db, "--json", "75/KH-UBND");
                    run("reports", "--data", db);
                    run("reports", "--data", db, "--json");
                    run("show", "--data", db, "1");
                    run("figures", "--data", db, "--subject", "hồ sơ");
                    run("commitments", "--data", db);
                }
                case "extract" -> {
                    if (!reports.isEmpty()) {
                        run("extract", reports.get(0));
                        run("extract", "--json", reports.get(0));
                        run("check", reports.get(0));
                    }
                }
                case "import" -> importAll(tmpData, reports);
                case "draft" -> {
                    // on --data from prepare (a run of its own: the import's Tika, CoreNLP and Lucene stay out of
                    // the archive); a draft from each report, so that tables, footnotes and the checks' findings
                    // (comments) are written at least once
                    for (int id = 1; id <= reports.size(); id++) {
                        run(
                                "draft",
                                "--data",
                                db,
                                "--from",
                                String.valueOf(id),
                                "--period",
                                "2099",
                                "-o",
                                work.resolve(id + ".docx").toString());
                    }
                    run(
                            "draft",
                            "--data",
                            db,
                            "--from",
                            "1",
                            "--period",
                            "2099",
                            "-o",
                            work.resolve("a.md").toString());
                }
                default -> {
                    return 2;
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static void importAll(String data, List<String> reports) {
        List<String> args = new ArrayList<>(List.of("import", "--data", data));
        args.addAll(reports);
        run(args.toArray(String[]::new));
    }

    private static void run(String... args) {
        PrintWriter nul = new PrintWriter(Writer.nullWriter());
        Main.run(args, nul, nul);
    }
}
