package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.bench.Benchmark;
import vn.baocao.bench.StartupBench;
import vn.baocao.fulltext.SolrIndex;
import vn.baocao.scaleout.PostgresServer;
import vn.baocao.scaleout.SolrCloudServer;
import vn.baocao.store.Backends;
import vn.baocao.store.DataFolder;

/** {@code baocao bench [--reports N] [--quick] [--json]}: throughput, latency and size, measured in one run. */
@Command(
        name = "bench",
        description = "Đo hiệu năng: đọc bằng Tika, trích xuất, nhập kho, tìm kiếm, soạn dự thảo (trên kho mô phỏng).")
final class BenchCommand extends BaoCaoCommand {

    @Option(
            names = "--reports",
            paramLabel = "N",
            description = "Số báo cáo DOCX để đo đọc/trích xuất/nhập (mặc định 400; --quick: 48).")
    Integer reports;

    @Option(
            names = "--quick",
            description = "Chạy nhanh (dưới 2 phút trên máy 2 lõi): kho nhỏ hơn, tìm kiếm ở 1.000 và 2.000 báo cáo.")
    boolean quick;

    @Option(
            names = "--scales",
            paramLabel = "N,N",
            split = ",",
            description = "Quy mô kho để đo tìm kiếm (mặc định 10000,100000).")
    int[] scales;

    @Option(
            names = "--work",
            paramLabel = "THƯ_MỤC",
            description = "Thư mục làm việc (mặc định: thư mục tạm, xóa khi xong).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Hạt giống của kho mô phỏng.")
    long seed;

    @Option(names = "--json", description = "In kết quả dạng JSON.")
    boolean json;

    @Option(
            names = "--archive",
            paramLabel = "THƯ_MỤC_DỮ_LIỆU",
            description =
                    "Chỉ đo tốc độ tìm kiếm trên một thư mục dữ liệu "
                            + "đã nhập (ví dụ kho mô phỏng của một lần đo trước với --work, hoặc kho thật); bỏ qua các bước khác.")
    Path archive;

    @Option(
            names = "--backend",
            paramLabel = "KIỂU",
            defaultValue = "embedded",
            description = "embedded (mặc định: SQLite + Lucene) hoặc postgresql+solr: đo cả hai trong một lần chạy — "
                    + "nhập kho mô phỏng, nạp kho đến các quy mô --scales và đo tìm kiếm — trên SQLite + Lucene và trên "
                    + "một máy chủ PostgreSQL cùng cụm SolrCloud 2 nút, 2 shard do lệnh tự khởi động (cần gói postgresql "
                    + "và Maven).")
    String backend;

    @Option(
            names = "--startup",
            description = "Chỉ đo thời gian khởi động từng lệnh (--help, search, extract, draft) "
                    + "qua trình chạy baocao, có và không có bộ nhớ đệm khởi động; bỏ qua các bước khác.")
    boolean startupOnly;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Số vòng truy vấn khi đo tìm kiếm (mặc định 10; --quick: 3); "
                    + "mỗi vòng chạy mọi câu của bộ truy vấn một lần.")
    Integer rounds;

    @Option(
            names = "--throughput-only",
            description = "Chỉ đo tốc độ đọc/trích xuất/nhập (a)–(c); bỏ qua dự thảo, " + "tìm kiếm và khởi động.")
    boolean throughputOnly;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        if (archive != null) {
            Benchmark.Latency l = new Benchmark(rules.ruleSet())
                    .searchLatency(new vn.baocao.store.DataFolder(archive), searchRounds(), 0);
            if (json) {
                out.println(ExtractionJson.MAPPER.writeValueAsString(l));
            } else {
                printSearch(java.util.List.of(l), out);
            }
            return 0;
        }
        if (!backend.equals("embedded") && !backend.equals("postgresql+solr")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--backend phải là embedded hoặc postgresql+solr, không phải «" + backend + "»");
        }
        int n = reports != null ? reports : quick ? 48 : 400;
        int[] s = scales != null ? scales : quick ? new int[] {1000, 2000} : new int[] {10_000, 100_000};
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("baocao-bench") : Files.createDirectories(work);
        Path corpus = vn.baocao.bench.SyntheticArchive.defaultCorpus();
        if (backend.equals("postgresql+solr")) {
            try {
                compare(
                        n,
                        scales != null ? scales : quick ? new int[] {1000} : new int[] {10_000},
                        dir,
                        corpus,
                        out,
                        err);
            } finally {
                if (temporary) {
                    deleteTree(dir);
                }
            }
            return 0;
        }
        java.util.function.Consumer<String> log = m -> {
            err.println(m);
            err.flush();
        };
        try {
            Benchmark.Result r = startupOnly
                    ? null
                    : new Benchmark(rules.ruleSet())
                            .run(new Benchmark.Options(n, s, searchRounds(), dir, seed, throughputOnly), corpus, log);
            StartupBench.Result st =
                    throughputOnly ? null : StartupBench.run(corpus, dir.resolve("startup"), quick ? 3 : 5, log);
            if (json) {
                com.fasterxml.jackson.databind.node.ObjectNode o =
                        r == null ? ExtractionJson.MAPPER.createObjectNode() : ExtractionJson.MAPPER.valueToTree(r);
                if (st != null) {
                    o.set("startup", ExtractionJson.MAPPER.valueToTree(st));
                }
                out.println(ExtractionJson.MAPPER.writeValueAsString(o));
            } else {
                if (r != null) {
                    print(r, out);
                }
                if (!throughputOnly) {
                    printStartup(st, out);
                }
            }
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** The embedded default beside PostgreSQL + a 2-node, 2-shard SolrCloud started for the run. */
    private void compare(int n, int[] s, Path dir, Path corpus, PrintWriter out, PrintWriter err) throws Exception {
        err.println("Khởi động PostgreSQL và SolrCloud (2 nút, 2 shard) …");
        err.flush();
        try (PostgresServer pg = PostgresServer.start();
                SolrCloudServer solr = SolrCloudServer.start(2, 2, 1)) {
            Benchmark.Comparison c = new Benchmark(rules.ruleSet())
                    .compare(
                            new Benchmark.Options(n, s, searchRounds(), dir, seed, false),
                            corpus,
                            "postgresql+solr",
                            root -> {
                                try {
                                    try (SolrIndex index = SolrIndex.open(solr.url, null, null)) {
                                        index.clear();
                                    }
                                    return new DataFolder(
                                            root, new Backends(pg.newDatabase(), null, null, solr.url, null, null));
                                } catch (java.sql.SQLException | java.io.IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            m -> {
                                err.println(m);
                                err.flush();
                            });
            if (json) {
                out.println(ExtractionJson.MAPPER.writeValueAsString(c));
                return;
            }
            out.printf(
                    "Số lõi: %d; SolrCloud: 2 nút, collection 2 shard × 1 bản sao; PostgreSQL %s%n%n",
                    c.cores(), PostgresServer.version());
            out.printf("%-16s %8s %10s %10s%n", "nhập (trích xuất)", "tệp", "giây", "tệp/giây");
            for (Benchmark.BackendRun r : c.runs()) {
                out.printf(
                        "%-16s %8d %10.2f %10.1f%n",
                        r.backend(),
                        r.importThroughput().docs(),
                        r.importThroughput().seconds(),
                        r.importThroughput().docsPerSecond());
            }
            for (Benchmark.BackendRun r : c.runs()) {
                out.printf("%n%s%n", r.backend());
                printSearch(r.search(), out);
                for (Benchmark.Latency l : r.search()) {
                    out.printf(
                            "  nạp %d báo cáo: %.1f s (%.0f báo cáo/giây)%n",
                            l.reports(), l.loadSeconds(), l.reports() / Math.max(1e-9, l.loadSeconds()));
                }
                out.printf(
                        "  chỉ mục %.1f KB/báo cáo (mọi bản sao); kho %.1f KB/báo cáo%n",
                        r.indexBytesPerReport() / 1e3, r.storeBytesPerReport() / 1e3);
            }
        }
    }

    private static void print(Benchmark.Result r, PrintWriter out) {
        out.printf("Số lõi: %d%n%n", r.cores());
        out.printf("%-12s %8s %10s %10s %10s %12s%n", "giai đoạn", "tệp", "giây", "tệp/giây", "MB/giây", "CPU ms/tệp");
        for (Benchmark.Throughput t : r.throughput()) {
            out.printf(
                    "%-12s %8d %10.2f %10.1f %10.2f %12.1f%n",
                    t.stage(),
                    t.docs(),
                    t.seconds(),
                    t.docsPerSecond(),
                    t.mbPerSecond(),
                    t.cpuSeconds() * 1000 / t.docs());
        }
        out.printf("%ntỷ lệ trích xuất / Tika: %.2f   nhập kho / Tika: %.2f%n", r.extractRatio(), r.importRatio());
        java.util.List<Benchmark.Throughput> th = r.throughput();
        if (th.size() >= 3 && th.get(1).cpuSeconds() > 0 && th.get(2).cpuSeconds() > 0) {
            out.printf(
                    "theo thời gian CPU mỗi tệp: trích xuất / Tika: %.2f   nhập kho / Tika: %.2f%n",
                    th.get(0).cpuSeconds() / th.get(1).cpuSeconds(),
                    th.get(0).cpuSeconds() / th.get(2).cpuSeconds());
        }
        out.println();
        if (r.search().isEmpty()) {
            out.printf(
                    "heap đỉnh khi nhập: %.0f MB; chỉ mục %.1f KB/báo cáo; kho %.1f KB/báo cáo%n",
                    r.peakHeapBytes() / 1e6, r.indexBytesPerReport() / 1e3, r.storeBytesPerReport() / 1e3);
            return;
        }
        printSearch(r.search(), out);
        out.printf("%nsoạn dự thảo: trung vị %.0f ms, lâu nhất %.0f ms%n", r.draftMedianMs(), r.draftMaxMs());
        out.printf(
                "heap đỉnh khi nhập: %.0f MB; chỉ mục %.1f KB/báo cáo; kho %.1f KB/báo cáo%n",
                r.peakHeapBytes() / 1e6, r.indexBytesPerReport() / 1e3, r.storeBytesPerReport() / 1e3);
    }

    private static void printStartup(StartupBench.Result st, PrintWriter out) {
        if (st == null) {
            out.printf("%nkhởi động: không đo (cần trình chạy baocao và corpus/docx của bản cài)%n");
            return;
        }
        out.printf(
                "%nkhởi động, từ đầu đến cuối qua %s (ms; %d lần mỗi cách; lần đầu gồm cả tạo bộ nhớ đệm):%n",
                st.launcher(), st.runs());
        out.printf(
                "%-10s %10s %14s %12s %14s %12s%n",
                "lệnh", "lần đầu", "đệm: trung vị", "đệm: nhanh", "không đệm: tv", "không đệm: n");
        for (StartupBench.Timing t : st.commands()) {
            out.printf(
                    "%-10s %10.0f %14.0f %12.0f %14.0f %12.0f%n",
                    t.command(), t.firstMs(), t.archiveMedianMs(), t.archiveMinMs(), t.coldMedianMs(), t.coldMinMs());
        }
    }

    private static void printSearch(java.util.List<Benchmark.Latency> search, PrintWriter out) {
        out.printf("%-10s %8s %9s %9s %9s %12s%n", "báo cáo", "truy vấn", "p50 ms", "p95 ms", "p99 ms", "nạp kho (s)");
        for (Benchmark.Latency l : search) {
            out.printf(
                    "%-10d %8d %9.1f %9.1f %9.1f %12.1f%n",
                    l.reports(), l.queries(), l.p50(), l.p95(), l.p99(), l.loadSeconds());
            l.byKind()
                    .forEach((kind, k) -> out.printf(
                            "  %-12s %6d %9.1f %9.1f %9.1f   (lâu nhất %.1f)%n",
                            kind, k.queries(), k.p50(), k.p95(), k.p99(), k.max()));
        }
    }

    private int searchRounds() {
        return rounds != null ? Math.max(1, rounds) : quick ? 3 : 10;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
