package vn.baocao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import vn.baocao.draft.DocxDraftWriter;
import vn.baocao.draft.DraftBuilder;
import vn.baocao.draft.ReportDraft;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.fulltext.Indexes;
import vn.baocao.fulltext.SearchIndex;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.query.Search;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.store.ReportStore;
import vn.baocao.store.Store;

/**
 * Measures, in one run on the same synthetic DOCX archive: (a) Tika text extraction alone — the floor
 * any import pays, (b) full extraction, (c) full import into store and index, each on all cores, with
 * the ratios b/a and c/a; (d) search latency percentiles over a fixed mix of query kinds at two archive
 * sizes; (e) draft time; (f) peak heap during import and index/store size per report.
 */
public final class Benchmark {

    /**
     * What to run. {@code scales}: the archive sizes (reports) for search latency; {@code throughputOnly}: only
     * (a)–(c) and the import's sizes, no draft or search measurements.
     */
    public record Options(int reports, int[] scales, int queriesPerKind, Path work, long seed, boolean throughputOnly) {
        public Options(int reports, int[] scales, int queriesPerKind, Path work, long seed) {
            this(reports, scales, queriesPerKind, work, seed, false);
        }
    }

    /**
     * Throughput of one stage; {@code cpuSeconds}: the CPU time of the whole process during it (all threads;
     * 0 when not measured) — on a machine shared with other work the CPU time per file compares stages more
     * steadily than the wall clock.
     */
    public record Throughput(String stage, int docs, long bytes, double seconds, double cpuSeconds) {
        public Throughput(String stage, int docs, long bytes, double seconds) {
            this(stage, docs, bytes, seconds, 0);
        }

        public double docsPerSecond() {
            return docs / seconds;
        }

        public double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** Search latency at one archive size, over the whole mix and per query kind ({@link #QUERY_MIX}). */
    public record Latency(
            int reports,
            int queries,
            double p50,
            double p95,
            double p99,
            double loadSeconds,
            Map<String, KindLatency> byKind) {}

    /** The latency of one query kind. */
    public record KindLatency(int queries, double p50, double p95, double p99, double max) {}

    /** Everything measured. */
    public record Result(
            int cores,
            List<Throughput> throughput,
            double extractRatio,
            double importRatio,
            List<Latency> search,
            double draftMedianMs,
            double draftMaxMs,
            long peakHeapBytes,
            long indexBytesPerReport,
            long storeBytesPerReport,
            Map<String, List<String>> queryMix) {}

    /** The fixed mix of query kinds: a plan symbol, a phrase, words without diacritics, a filtered search. */
    static final Map<String, List<String>> QUERY_MIX = BenchData.read("query-mix.tsv");

    private final RuleSet rules;

    public Benchmark(RuleSet rules) {
        this.rules = rules;
    }

    public Result run(Options o, Path corpus, Consumer<String> log) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path archive = o.work().resolve("archive");
        List<Path> files = synthesize(o, corpus, archive, log);
        long bytes = bytes(files);
        List<Throughput> throughput = new ArrayList<>();
        ReportExtractor extractor = new ReportExtractor(rules);
        // warm-up: one whole unmeasured pass of (a) and of (b) first, so that each measured pass runs compiled
        // code (with a few files only, (a) ran while the JIT compiler was still compiling Tika, POI and XMLBeans:
        // 2-3x its steady cost per file, which flattered the ratios); (c) runs the code (b) warmed
        parallel(files, cores, Benchmark::tikaText);
        parallel(files, cores, extractor::extract);

        log.accept("(a) Tika, chỉ lấy chữ …");
        double cpu = cpuSeconds();
        double wall = parallel(files, cores, Benchmark::tikaText);
        throughput.add(new Throughput("tika-text", files.size(), bytes, wall, cpuSeconds() - cpu));
        log.accept("(b) Trích xuất đầy đủ …");
        cpu = cpuSeconds();
        wall = parallel(files, cores, extractor::extract);
        throughput.add(new Throughput("extract", files.size(), bytes, wall, cpuSeconds() - cpu));
        log.accept("(c) Nhập vào kho và chỉ mục …");
        DataFolder data = new DataFolder(o.work().resolve("data"));
        resetPeaks();
        cpu = cpuSeconds();
        long t0 = System.nanoTime();
        new Importer(data, extractor, cores, ImportProgress.silent()).importPaths(List.of(archive));
        throughput.add(
                new Throughput("import", files.size(), bytes, (System.nanoTime() - t0) / 1e9, cpuSeconds() - cpu));
        long peak = peakHeap();
        long indexBytes = size(data.indexDir());
        long storeBytes = size(data.storeFile()) + size(data.root().resolve(DataFolder.STORE_FILE + "-wal"));
        double a = throughput.get(0).seconds();
        if (o.throughputOnly()) {
            return new Result(
                    cores,
                    throughput,
                    a / throughput.get(1).seconds(),
                    a / throughput.get(2).seconds(),
                    List.of(),
                    0,
                    0,
                    peak,
                    indexBytes / files.size(),
                    storeBytes / files.size(),
                    QUERY_MIX);
        }

        log.accept("(e) Soạn dự thảo …");
        double[] draft = draftTimes(extractor, files, o.work());

        List<Latency> search = new ArrayList<>();
        List<Extraction> models = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(files.size(), 40))) {
            models.add(extractor.extract(f));
        }
        for (int scale : o.scales()) {
            log.accept("(d) Tìm kiếm trên kho " + scale + " báo cáo …");
            DataFolder big = new DataFolder(o.work().resolve("data-" + scale));
            double load = fill(big, models, scale);
            search.add(searchLatency(big, o.queriesPerKind(), load));
        }
        return new Result(
                cores,
                throughput,
                a / throughput.get(1).seconds(),
                a / throughput.get(2).seconds(),
                search,
                draft[0],
                draft[1],
                peak,
                indexBytes / files.size(),
                storeBytes / files.size(),
                QUERY_MIX);
    }

    /**
     * One backend's part of {@link #compare}: the full import of the synthetic DOCX archive, then for each
     * scale the filling of an empty store and index (reports/s) and the search latency over it.
     */
    public record BackendRun(
            String backend,
            Throughput importThroughput,
            List<Latency> search,
            long indexBytesPerReport,
            long storeBytesPerReport) {}

    /** The embedded default and the scale-out backends measured in one run on the same archive. */
    public record Comparison(int cores, List<BackendRun> runs, Map<String, List<String>> queryMix) {}

    /**
     * Measures the embedded default and a scale-out backend in one run: the same synthetic DOCX archive
     * imported into each (extraction included), then, for each scale, an empty store and index filled with
     * that many reports (copies of real extractions under new unit names, through the same store and index
     * code) and searched with the query mix.
     *
     * @param scaled a new, empty scale-out data folder on each call (a new database, an emptied collection)
     */
    public Comparison compare(
            Options o,
            Path corpus,
            String scaledName,
            java.util.function.Function<Path, DataFolder> scaled,
            Consumer<String> log)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Path archive = o.work().resolve("archive");
        List<Path> files = synthesize(o, corpus, archive, log);
        long bytes = bytes(files);
        ReportExtractor extractor = new ReportExtractor(rules);
        parallel(files.subList(0, Math.min(files.size(), 2 * cores)), cores, extractor::extract); // warm-up
        List<Extraction> models = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(files.size(), 40))) {
            models.add(extractor.extract(f));
        }
        List<BackendRun> runs = new ArrayList<>();
        for (String backend : List.of("embedded", scaledName)) {
            boolean embedded = backend.equals("embedded");
            java.util.function.Function<Path, DataFolder> folder = embedded ? DataFolder::new : scaled;
            log.accept("[" + backend + "] nhập " + files.size() + " tệp …");
            DataFolder data = folder.apply(o.work().resolve(backend + "-import"));
            long t0 = System.nanoTime();
            new Importer(data, extractor, cores, ImportProgress.silent()).importPaths(List.of(archive));
            Throughput imported = new Throughput("import", files.size(), bytes, (System.nanoTime() - t0) / 1e9);
            List<Latency> search = new ArrayList<>();
            long[] perReport = {0, 0};
            for (int scale : o.scales()) {
                log.accept("[" + backend + "] nạp " + scale + " báo cáo, đo tìm kiếm …");
                DataFolder big = folder.apply(o.work().resolve(backend + "-" + scale));
                double load = fill(big, models, scale);
                search.add(searchLatency(big, o.queriesPerKind(), load));
                perReport = sizes(big);
                perReport[0] /= scale;
                perReport[1] /= scale;
            }
            runs.add(new BackendRun(backend, imported, search, perReport[0], perReport[1]));
        }
        return new Comparison(cores, runs, QUERY_MIX);
    }

    /** {index, store} bytes of a data folder: its files, or what the PostgreSQL database and Solr cores hold. */
    private static long[] sizes(DataFolder data) throws Exception {
        vn.baocao.store.Backends b = data.backend();
        long index = b.embeddedIndex() ? size(data.indexDir()) : 0;
        if (!b.embeddedIndex()) {
            try (vn.baocao.fulltext.SolrIndex s =
                    vn.baocao.fulltext.SolrIndex.open(b.index(), b.indexUser(), b.indexPassword())) {
                index = s.indexBytes();
            }
        }
        long store = size(data.storeFile()) + size(data.root().resolve(DataFolder.STORE_FILE + "-wal"));
        if (!b.embeddedStore()) {
            try (java.sql.Connection c =
                            java.sql.DriverManager.getConnection(b.store(), b.storeUser(), b.storePassword());
                    java.sql.ResultSet r =
                            c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
                store = r.next() ? r.getLong(1) : 0;
            }
        }
        return new long[] {index, store};
    }

    /** The synthetic DOCX archive of {@code o.reports()} reports (at most), its files in order. */
    private List<Path> synthesize(Options o, Path corpus, Path archive, Consumer<String> log) throws IOException {
        int years = 2;
        int units = Math.max(1, (int) Math.ceil(o.reports() / (4.0 * years)));
        log.accept("Tạo kho mô phỏng: " + units * years * 4 + " báo cáo DOCX …");
        new SyntheticArchive(rules)
                .write(
                        new SyntheticArchive.Options(units, years, 2023, List.of("docx"), o.seed(), corpus, archive),
                        r -> {});
        try (Stream<Path> s = Files.walk(archive)) {
            return s.filter(f -> f.toString().endsWith(".docx"))
                    .sorted()
                    .limit(o.reports())
                    .toList();
        }
    }

    private static long bytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes;
    }

    private interface Work {
        Object apply(Path file) throws Exception;
    }

    /** Runs the work over the files on {@code threads} threads; the wall-clock seconds. */
    private static double parallel(List<Path> files, int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> work.apply(f)));
            }
            for (Future<Object> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One parser for all threads (Tika's parsers are thread-safe), as a careful Tika user would. */
    private static final AutoDetectParser TIKA = new AutoDetectParser();

    /** Tika alone: the plain text of a file, as any import must at least pay for. */
    private static Object tikaText(Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file)) { // from the file: Tika opens a DOCX as a zip file
            TIKA.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString().length();
    }

    private double[] draftTimes(ReportExtractor extractor, List<Path> files, Path work) throws Exception {
        List<Double> ms = new ArrayList<>();
        DocxDraftWriter writer = new DocxDraftWriter(null);
        for (int i = 0; i < Math.min(12, files.size()); i++) {
            Extraction imported = extractor.extract(files.get(i));
            if (imported.metadata().period() == null) {
                continue;
            }
            String model = vn.baocao.store.ReportModels.encode(imported); // what the store keeps at import
            long t0 = System.nanoTime();
            Extraction base = vn.baocao.store.ReportModels.decode(
                    model,
                    new vn.baocao.structure.SectionParser(
                            extractor.rules())); // as a draft from the data folder reads it
            ReportDraft d = new DraftBuilder(extractor.rules())
                    .build(base, null, base.metadata().period().next());
            writer.write(d, work.resolve("draft-" + i + ".docx"));
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(null);
        return ms.isEmpty() ? new double[] {0, 0} : new double[] {ms.get(ms.size() / 2), ms.get(ms.size() - 1)};
    }

    /**
     * An archive of {@code scale} reports for the search measurements: copies of real extractions under new
     * unit names, written through the same store and index code as an import (no re-extraction). On all cores:
     * this thread writes the store (one writer, as an import), the embedded index's documents are made and
     * added on a pool of one thread per core (Lucene's writer takes them concurrently); a Solr index is fed
     * from this thread.
     */
    private double fill(DataFolder data, List<Extraction> models, int scale) throws Exception {
        long t0 = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        try (ReportStore store = data.openStore();
                SearchIndex index = Indexes.openForWriting(data, new vn.baocao.fulltext.DocumentSymbols(rules))) {
            boolean concurrent = index instanceof vn.baocao.fulltext.ReportIndex && threads > 1;
            ExecutorService pool = concurrent ? Executors.newFixedThreadPool(threads) : null;
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(4 * threads);
            List<Future<?>> pending = new ArrayList<>();
            try {
                for (int i = 0; i < scale; i++) {
                    Extraction m = models.get(i % models.size());
                    ReportMetadata md = m.metadata();
                    String unit = "UBND " + (md.issuerLevel() == null ? "xã" : md.issuerLevel()) + " Đơn Vị " + (i / 8);
                    ReportMetadata copy = new ReportMetadata(
                            md.docType(),
                            md.symbol(),
                            unit,
                            md.issuerLevel(),
                            "Đơn Vị " + (i / 8),
                            md.date(),
                            md.period(),
                            md.title(),
                            md.draft(),
                            md.signer(),
                            md.signerTitle(),
                            md.signerMark(),
                            md.recipients());
                    Extraction x =
                            new Extraction(m.document(), m.tree(), copy, m.references(), m.figures(), m.commitments());
                    long id = store.saveReport(new Store.FileInfo("/bench/" + i + ".docx", "bench-" + i, "docx", 0), x);
                    if (pool == null) {
                        index.add(id, x);
                    } else {
                        inFlight.acquire(); // a bounded number of reports waiting for the index
                        pending.add(pool.submit(() -> {
                            try {
                                index.add(id, x);
                            } finally {
                                inFlight.release();
                            }
                            return null;
                        }));
                    }
                    if (i % 2000 == 1999) {
                        for (Future<?> f : pending) {
                            f.get(); // every report stored so far is in the index before its commit
                        }
                        pending.clear();
                        index.commit();
                    }
                }
                for (Future<?> f : pending) {
                    f.get();
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            index.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Rounds of the query mix run before the measured ones: one left the JIT compiler's work in the first measured rounds. */
    static final int WARM_UP = 5;

    /**
     * Search latency over the query mix ({@link #QUERY_MIX}, {@code perKind} rounds after {@value #WARM_UP} warm-up rounds)
     * on an imported data folder, with its number of reports; {@code load}: the seconds its filling took, if known.
     */
    public Latency searchLatency(DataFolder data, int perKind, double load) throws Exception {
        List<Double> ms = new ArrayList<>();
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        int reports;
        try (Archive archive = Archive.open(data)) {
            reports = archive.reports(ReportFilter.ALL).size();
            Search search = new Search(archive, new vn.baocao.fulltext.DocumentSymbols(rules));
            for (int round = -WARM_UP; round < perKind; round++) { // the rounds before 0 warm up (the JIT compiler)
                for (Map.Entry<String, List<String>> kind : QUERY_MIX.entrySet()) {
                    for (String q : kind.getValue()) {
                        String[] parts = q.split("\\|");
                        ReportFilter filter = parts.length > 1
                                ? ReportFilter.of(null, null, Integer.valueOf(parts[1]), null)
                                : ReportFilter.ALL;
                        long t0 = System.nanoTime();
                        search.search(parts[0], filter, null, 10);
                        if (round >= 0) {
                            double t = (System.nanoTime() - t0) / 1e6;
                            ms.add(t);
                            byKind.computeIfAbsent(kind.getKey(), k -> new ArrayList<>())
                                    .add(t);
                        }
                    }
                }
            }
        }
        double[] a = sorted(ms);
        Map<String, KindLatency> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> {
            double[] b = sorted(v);
            kinds.put(
                    k,
                    new KindLatency(b.length, pct(b, 50), pct(b, 95), pct(b, 99), b.length == 0 ? 0 : b[b.length - 1]));
        });
        return new Latency(reports, a.length, pct(a, 50), pct(a, 95), pct(a, 99), load, kinds);
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The CPU time of this process so far (all threads), or 0 when the JVM does not tell. */
    private static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime()) / 1e9;
        }
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long size(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        if (Files.isRegularFile(p)) {
            return Files.size(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }
}
