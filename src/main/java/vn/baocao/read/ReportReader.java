package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.RuleSet;

/**
 * Reads a report file of any supported format into the {@link ReportDocument} block model.
 *
 * <pre>{@code
 * ReportDocument doc = new ReportReader(RuleSet.defaults()).read(Path.of("bao-cao-quy-1.docx"));
 * }</pre>
 *
 * <p>Formats: DOCX, DOC, ODT, RTF, PDF with a text layer, TXT (UTF-8, UTF-16 with BOM, Windows-1258,
 * including Word's text export with markdown-like markup), and HTML. Failures are {@link ReadException}s
 * with a Vietnamese message naming the file and the reason.
 *
 * <p>The reader detects a file's type from its content (Tika's detector) and hands the file to the first of its
 * {@link BlockReader}s that reads that type: {@link TxtReader}, {@link PdfReader}, {@link ImageReader} (OCR),
 * {@link TikaReader} (the word-processor formats).
 */
public final class ReportReader {

    /** The extensions of every format a reader reads (walking folders, uploads, {@code draft --history}). */
    public static final Set<String> EXTENSIONS =
            Set.copyOf(Stream.of(TxtReader.FORMATS, PdfReader.FORMATS, ImageReader.FORMATS, TikaReader.FORMATS)
                    .flatMap(f -> f.extensions().stream())
                    .toList());

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final ReadLimits limits;
    private final Consumer<String> progress;
    /** The readers, one per family of formats; the first that reads a detected type reads the file. */
    private final List<BlockReader> readers;

    /** A reader of the given rules with the default limits that reports no progress. */
    public ReportReader(RuleSet rules) {
        this(rules, ReadLimits.DEFAULTS, line -> {});
    }

    /**
     * @param rules    the extraction rules whose layout cues lay out PDF pages and scans
     * @param limits   bounds on each file read
     * @param progress receives progress lines in Vietnamese (one per OCR page) and warnings
     */
    public ReportReader(RuleSet rules, ReadLimits limits, Consumer<String> progress) {
        this.limits = limits;
        this.progress = progress;
        LayoutCues cues = rules.layoutCues();
        this.readers = List.of(
                new TxtReader(),
                new PdfReader(limits, progress, cues),
                new ImageReader(progress, cues),
                new TikaReader(detector, limits));
        // zip bombs: POI refuses parts that unpack beyond the limit or with an absurd compression ratio
        ZipSecureFile.setMaxEntrySize(limits.maxUnpacked());
    }

    /**
     * Reads one file within the limits: the file size is checked first, then the parser runs in a worker
     * thread that is interrupted (and its OCR processes killed) when the time limit passes.
     */
    public ReportDocument read(Path file) throws ReadException {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "read " + file.getFileName());
            t.setDaemon(true); // a parser that ignores the interrupt must not keep the program alive
            return t;
        });
        Future<ReportDocument> job = worker.submit(() -> readNow(file));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ReadException(
                    file,
                    ReadException.Reason.TIMEOUT,
                    e,
                    " (giới hạn " + limits.timeout().toSeconds() + " giây; đổi bằng --timeout)");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException(file, ReadException.Reason.TIMEOUT, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReadException re) {
                throw re;
            }
            if (causedBy(cause, StackOverflowError.class)) {
                // also when a parser wraps it (a SAX or Tika exception, a failed class initialisation)
                throw new ReadException(file, ReadException.Reason.TOO_DEEP, cause);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ReadException(file, ReadException.Reason.OUT_OF_MEMORY, cause);
            }
            throw new ReadException(file, ReadException.Reason.CORRUPT, cause);
        } finally {
            worker.shutdownNow();
        }
    }

    static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private ReportDocument readNow(Path file) throws ReadException, InterruptedException {
        ReportFiles.check(file);
        if (file.toString().indexOf('\uFFFD') >= 0) {
            progress.accept("Cảnh báo: tên tệp «" + file + "» không phải UTF-8 (ký tự không hiển thị được); "
                    + "vẫn đọc nội dung tệp.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ReadException(file, ReadException.Reason.EMPTY);
            }
            if (size > limits.maxBytes()) {
                throw new ReadException(
                        file,
                        ReadException.Reason.TOO_LARGE,
                        null,
                        " (" + megabytes(size) + " MB, giới hạn " + megabytes(limits.maxBytes())
                                + " MB; đổi bằng --max-size)");
            }
            String type = detect(file);
            warnOnExtension(file, type);
            if (type.startsWith("application/vnd.") || type.equals("application/zip")) {
                ZipLimits.check(file, limits);
            }
            BlockReader reader = readerOf(type);
            if (reader == null) {
                if (type.equals("application/x-tika-ooxml-protected")) {
                    throw new ReadException(file, ReadException.Reason.ENCRYPTED); // an encrypted Word package
                }
                if (EXTENSIONS.contains(extension(file.getFileName().toString()))) {
                    // the name promises a supported format but the content is not it: broken or truncated
                    throw new ReadException(file, ReadException.Reason.CORRUPT);
                }
                throw new ReadException(file, ReadException.Reason.UNSUPPORTED);
            }
            ReportDocument doc = reader.read(file, type);
            if (doc.body().stream().allMatch(b -> b.text().isBlank())) {
                throw new ReadException(
                        file, doc.format().equals("pdf") ? ReadException.Reason.NO_TEXT : ReadException.Reason.EMPTY);
            }
            return doc;
        } catch (ReadException e) {
            throw e;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ReadException(file, ReadException.Reason.UNREADABLE, e);
        } catch (IOException e) {
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
    }

    /** The extension names another format than the content has: say so, then read by content. */
    private void warnOnExtension(Path file, String type) {
        String ext = extension(file.getFileName().toString());
        BlockReader reader = readerOf(type);
        String actual = reader == null ? null : reader.format(type, "x." + ext);
        boolean same = actual == null
                || actual.equals(ext)
                || ext.equals("docm") && actual.equals("docx")
                || Set.of("jpg", "jpeg").contains(ext) && actual.equals("jpeg")
                || Set.of("tif", "tiff").contains(ext) && actual.equals("tiff")
                || Set.of("htm", "html").contains(ext) && actual.equals("html");
        if (!same && EXTENSIONS.contains(ext)) {
            progress.accept("Cảnh báo: «" + file + "» có đuôi ." + ext + " nhưng nội dung là "
                    + actual.toUpperCase(Locale.ROOT) + "; đọc theo nội dung.");
        }
    }

    static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private String detect(Path file) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        // from a stream: Tika then looks at the first zip entries only (given the file, it opens the whole
        // package — twice as slow); the parse, in turn, is faster from the file
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, md).toString().toLowerCase(Locale.ROOT);
        }
    }

    /** The first reader that reads content of this type, or null. */
    private BlockReader readerOf(String type) {
        for (BlockReader r : readers) {
            if (r.formats().include(type)) {
                return r;
            }
        }
        return null;
    }

    /** True when the file name has the extension of a format the reader supports (for walking folders). */
    public static boolean hasReportExtension(Path file) {
        return EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    /** The lower-case extension of a file name, or "". */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
