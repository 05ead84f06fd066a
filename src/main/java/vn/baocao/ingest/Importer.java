package vn.baocao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.Indexes;
import vn.baocao.fulltext.SearchIndex;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportFiles;
import vn.baocao.read.ReportReader;
import vn.baocao.store.DataFolder;
import vn.baocao.store.ReportStore;

/**
 * Bulk import of files and folder trees into the data folder's store and index.
 *
 * <p>Files are read and extracted on a pool sized to the cores; one writer (the calling thread) saves
 * each report in one store transaction, keeps a copy of the source under {@code sources/}, and indexes
 * it. At most twice as many files as threads are in flight, so memory stays flat. Idempotent by content
 * hash (SHA-256): content already in the store is not imported again; a file whose content changed
 * replaces its earlier report. A file that fails is recorded with its reason and never stops the rest.
 *
 * <p>Crash safety: the store commits a report atomically; the index commits periodically. Every import
 * starts by {@linkplain #reconcile reconciling} the index with the store, so after a kill the two agree
 * again (index documents of reports not in the store are dropped, reports missing from the index are
 * indexed again from their source copies).
 */
public final class Importer {

    /** What happened to one file. */
    public enum Outcome {
        IMPORTED("đã nhập"),
        REPLACED("đã cập nhật"),
        UNCHANGED("không đổi"),
        FAILED("lỗi");

        private final String vietnamese;

        Outcome(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** A file that could not be imported and why (Vietnamese). */
    public record Failure(String file, String reason) {}

    /** Running counts; {@code imported} includes replaced files. */
    public record Counts(int imported, int replaced, int unchanged, int failed) {}

    /**
     * The result of an import.
     *
     * @param reindexed reports indexed again while reconciling after an interrupted import
     * @param removed   index entries dropped while reconciling (reports no longer in the store)
     */
    public record Summary(
            int files,
            int imported,
            int replaced,
            int unchanged,
            int failed,
            List<Failure> failures,
            int reindexed,
            int removed,
            long millis) {}

    /**
     * When the index commits: after 1 000 reports, or when a report is written 5 s or more after the last
     * commit, and at the end (a commit flushes a segment and syncs its files: committing every 20 reports
     * cost a fifth of a 48-file import). After a kill, the reports written since the last commit are indexed
     * again from their source copies by {@link #reconcile}.
     */
    private static final int COMMIT_EVERY = 1000;

    private static final long COMMIT_NANOS = 5_000_000_000L;

    /** With a shared store, how old an unreferenced source copy must be to be removed as an orphan. */
    private static final long ORPHAN_AGE_MILLIS = 10 * 60 * 1000L;

    private final DataFolder data;
    private final ReportExtractor extractor;
    /** The document symbols of the extractor's rules, as the index stores them. */
    private final DocumentSymbols symbols;

    private final int threads;
    private final ImportProgress progress;

    public Importer(DataFolder data, ReportExtractor extractor, int threads, ImportProgress progress) {
        this.data = data;
        this.extractor = extractor;
        this.symbols = new DocumentSymbols(extractor.rules());
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Imports the files named and every report file under the folders named. */
    public Summary importPaths(List<Path> paths) throws IOException, SQLException, InterruptedException {
        long t0 = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        List<Path> files = walk(paths, failures);
        int missing = failures.size();
        try (SearchIndex index = Indexes.openForWriting(data, symbols);
                ReportStore store = data.openStore()) {
            int[] repair = reconcile(store, index);
            progress.repaired(repair[0], repair[1]);
            progress.started(files.size() + failures.size());
            int imported = 0, replaced = 0, unchanged = 0, failed = 0;
            for (Failure f : failures) {
                failed++;
                progress.advanced(f.file(), Outcome.FAILED, new Counts(imported, replaced, unchanged, failed));
            }
            Set<String> known = store.importedHashes();
            Set<String> storedAtStart = Set.copyOf(known); // read by the workers; known grows on the writer
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "baocao-import");
                t.setDaemon(true);
                return t;
            });
            try {
                CompletionService<Result> done = new ExecutorCompletionService<>(pool);
                int next = 0, inFlight = 0, sinceCommit = 0;
                long lastCommit = System.nanoTime();
                while (next < files.size() || inFlight > 0) {
                    while (next < files.size() && inFlight < 2 * threads) {
                        Path f = files.get(next++);
                        done.submit(() -> read(f, storedAtStart));
                        inFlight++;
                    }
                    Result r = take(done);
                    inFlight--;
                    Outcome o = write(r, store, index, known, failures);
                    switch (o) {
                        case IMPORTED -> imported++;
                        case REPLACED -> {
                            imported++;
                            replaced++;
                        }
                        case UNCHANGED -> unchanged++;
                        case FAILED -> failed++;
                    }
                    if (o == Outcome.IMPORTED || o == Outcome.REPLACED) {
                        sinceCommit++;
                    }
                    if (sinceCommit >= COMMIT_EVERY
                            || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_NANOS)) {
                        index.commit();
                        sinceCommit = 0;
                        lastCommit = System.nanoTime();
                    }
                    progress.advanced(r.display(), o, new Counts(imported, replaced, unchanged, failed));
                }
            } finally {
                pool.shutdownNow();
            }
            index.commit();
            progress.finished();
            return new Summary(
                    files.size() + missing,
                    imported,
                    replaced,
                    unchanged,
                    failed,
                    List.copyOf(failures),
                    repair[0],
                    repair[1],
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static Result take(CompletionService<Result> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            // read() catches everything per file; an error here is a bug
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The report files to import: files as named, folders walked for files with a report extension. */
    private List<Path> walk(List<Path> paths, List<Failure> failures) throws IOException {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // links followed with loop detection; loops and folders that cannot be entered are failures
                List<Path> found = ReportFiles.under(
                        List.of(p), e -> failures.add(new Failure(e.file().toString(), e.why())));
                for (Path f : found.stream()
                        .filter(ReportReader::hasReportExtension)
                        .filter(f -> !f.toAbsolutePath().normalize().startsWith(data.root()))
                        .toList()) {
                    try {
                        ReportFiles.check(f); // before hashing: a named pipe would block the reader forever
                    } catch (ReadException e) {
                        failures.add(new Failure(f.toString(), e.why()));
                        continue;
                    }
                    if (seen.add(f.toAbsolutePath().normalize())) {
                        out.add(f);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (seen.add(p.toAbsolutePath().normalize())) {
                    out.add(p);
                }
            } else {
                failures.add(new Failure(p.toString(), "không tìm thấy tệp hoặc thư mục"));
            }
        }
        return out;
    }

    /** What a worker found about one file. Exactly one of extraction / error is set unless unchanged. */
    private record Result(
            Path file,
            String display,
            ReportStore.FileInfo info,
            Extraction extraction,
            String error,
            boolean unchanged) {}

    /** Runs on a worker: hash, then (unless the content is known) read and extract. Never throws. */
    private Result read(Path file, Set<String> known) {
        String display = file.toString();
        String format = ReportReader.extension(file.getFileName().toString());
        ReportStore.FileInfo info =
                new ReportStore.FileInfo(file.toAbsolutePath().normalize().toString(), "", format, 0);
        try {
            String hash = sha256(file);
            info = new ReportStore.FileInfo(
                    info.path(),
                    hash,
                    format,
                    Files.size(file),
                    "sources/" + hash + (format.isEmpty() ? "" : "." + format));
            if (known.contains(hash)) {
                return new Result(file, display, info, null, null, true);
            }
            return new Result(file, display, info, extractor.extract(file), null, false);
        } catch (ReadException e) {
            return new Result(file, display, info, null, e.why(), false);
        } catch (IOException e) {
            return new Result(file, display, info, null, "không đọc được tệp (" + e.getMessage() + ")", false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(file, display, info, null, "lỗi khi xử lý tệp (" + e + ")", false);
        }
    }

    /** Runs on the writer: store, copy, index one result. */
    private Outcome write(Result r, ReportStore store, SearchIndex index, Set<String> known, List<Failure> failures)
            throws SQLException, IOException {
        if (r.error() != null) {
            failures.add(new Failure(r.display(), r.error()));
            store.recordFailure(r.info(), r.error());
            return Outcome.FAILED;
        }
        if (r.unchanged() || known.contains(r.info().contentHash())) {
            return Outcome.UNCHANGED;
        }
        Path copy = data.root().resolve(r.info().sourceCopy());
        Files.createDirectories(copy.getParent());
        Path tmp = copy.resolveSibling(copy.getFileName() + ".tmp");
        Files.copy(r.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Long> old = store.reportIdsOfPath(r.info().path());
        for (long o : old) {
            // a shared store: another importer stored this very file meanwhile; its documents are not old ones
            if (store.report(o)
                    .map(row -> row.contentHash().equals(r.info().contentHash()))
                    .orElse(false)) {
                known.add(r.info().contentHash());
                return Outcome.UNCHANGED;
            }
        }
        if (!old.isEmpty()) {
            // the replacing report may get the id of the one it replaces (SQLite reuses the highest rowid):
            // drop the old documents durably first, so that a kill before the next commit cannot leave
            // them indexed under the new report's id, where reconcile (which compares ids) would keep them
            for (long o : old) {
                index.delete(o);
            }
            index.commit();
        }
        long id;
        try {
            id = store.saveReport(r.info(), r.extraction());
        } catch (SQLException e) {
            if (!store.shared()) { // with a shared store the copy may be another importer's (same content, same name)
                Files.deleteIfExists(copy);
            }
            String reason = "không lưu được vào kho (" + e.getMessage() + ")";
            failures.add(new Failure(r.display(), reason));
            store.recordFailure(r.info(), reason);
            return Outcome.FAILED;
        }
        known.add(r.info().contentHash());
        if (id == ReportStore.ALREADY_STORED) {
            // another importer stored the same content meanwhile (its copy is this copy: same content, same name)
            return Outcome.UNCHANGED;
        }
        index.add(id, r.extraction());
        return old.isEmpty() ? Outcome.IMPORTED : Outcome.REPLACED;
    }

    /**
     * Makes the index agree with the store: drops index documents of reports the store does not hold,
     * indexes again (from their source copies) the reports the index lacks. Also removes source copies
     * no stored file refers to. Returns {reindexed, removed}.
     */
    public int[] reconcile(ReportStore store, SearchIndex index) throws IOException, SQLException {
        Set<Long> inIndex = index.reportIds();
        Set<Long> inStore = new HashSet<>();
        Set<String> copies = new HashSet<>();
        int reindexed = 0, removed = 0;
        for (ReportStore.ReportRow row : store.reports()) {
            inStore.add(row.id());
            if (row.sourceCopy() != null) {
                copies.add(row.sourceCopy().getFileName().toString());
            }
            if (!inIndex.contains(row.id())) {
                Path source = row.sourceCopy() != null && Files.exists(row.sourceCopy())
                        ? row.sourceCopy()
                        : Path.of(row.sourcePath());
                try {
                    index.add(row.id(), extractor.extract(source));
                    reindexed++;
                } catch (ReadException e) {
                    // neither the copy nor the original can be read: leave the stored report, retry next time
                    continue;
                }
            }
        }
        for (long id : inIndex) {
            if (!inStore.contains(id)) {
                index.delete(id);
                removed++;
            }
        }
        if (Files.isDirectory(data.sourcesDir())) {
            // with a shared store, another importer may have copied a source it has not stored yet: only
            // copies older than ORPHAN_AGE are orphans then
            long youngest = store.shared() ? System.currentTimeMillis() - ORPHAN_AGE_MILLIS : Long.MAX_VALUE;
            try (Stream<Path> s = Files.list(data.sourcesDir())) {
                for (Path p : s.toList()) {
                    if (!copies.contains(p.getFileName().toString())
                            && (youngest == Long.MAX_VALUE
                                    || Files.getLastModifiedTime(p).toMillis() < youngest)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        if (reindexed + removed > 0) {
            index.commit();
        }
        return new int[] {reindexed, removed};
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
