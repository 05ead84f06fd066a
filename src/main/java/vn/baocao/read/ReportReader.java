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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.sax.ContentHandlerDecorator;
import vn.baocao.normalize.LegacyEncoding;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Reads a report file of any supported format into the {@link ReportDocument} block model.
 *
 * <pre>{@code
 * ReportDocument doc = new ReportReader().read(Path.of("bao-cao-quy-1.docx"));
 * }</pre>
 *
 * <p>Formats: DOCX, DOC, ODT, RTF, PDF with a text layer, TXT (UTF-8, UTF-16 with BOM, Windows-1258,
 * including Word's text export with markdown-like markup), and HTML. Failures are {@link ReadException}s
 * with a Vietnamese message naming the file and the reason.
 */
public final class ReportReader {

    private static final Set<String> OFFICE_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml");
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("docx", "docm", "doc", "odt", "rtf", "pdf", "txt",
            "htm", "html");

    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff");

    /** Where {@link #detect} leaves the type it found, so that the parse does not detect it again. */
    private static final String DETECTED_TYPE = "baocao:detected-type";

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final Parser parser = autoDetectParser(detector);
    private final ReadLimits limits;
    private final Consumer<String> progress;

    /** A reader with the default limits that reports no progress. */
    public ReportReader() {
        this(ReadLimits.DEFAULTS, line -> {
        });
    }

    /**
     * @param limits   bounds on each file read
     * @param progress receives progress lines in Vietnamese (one per OCR page) and warnings
     */
    public ReportReader(ReadLimits limits, Consumer<String> progress) {
        this.limits = limits;
        this.progress = progress;
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
            throw new ReadException(file, ReadException.Reason.TIMEOUT, e,
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

    private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
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
                throw new ReadException(file, ReadException.Reason.TOO_LARGE, null,
                        " (" + megabytes(size) + " MB, giới hạn " + megabytes(limits.maxBytes()) + " MB; đổi bằng --max-size)");
            }
            String type = detect(file);
            String name = file.getFileName().toString();
            warnOnExtension(file, type);
            if (type.startsWith("application/vnd.") || type.equals("application/zip")) {
                ZipLimits.check(file, limits);
            }
            ReportDocument doc;
            LegacyEncoding hint = null;
            if (type.startsWith("text/plain")) {
                doc = TxtReader.read(name, Files.readAllBytes(file));
            } else if (type.equals("application/pdf")) {
                doc = PdfReader.read(file, limits, progress);
            } else if (IMAGE_TYPES.contains(type)) {
                doc = PdfReader.readImage(file, type.substring("image/".length()), progress);
            } else if (OFFICE_TYPES.contains(type)) {
                String format = formatName(type, name);
                hint = LegacyFonts.hint(file, format);
                Path unicode = hint != null && format.startsWith("doc") && !format.equals("doc")
                        ? LegacyFonts.convertDocx(file, limits.maxUnpacked()) : null;
                try {
                    doc = parseWithTika(unicode == null ? file : unicode, file, type, format);
                } finally {
                    if (unicode != null) {
                        Files.deleteIfExists(unicode);
                    }
                }
            } else if (type.equals("application/x-tika-ooxml-protected")) {
                throw new ReadException(file, ReadException.Reason.ENCRYPTED); // an encrypted Word package
            } else if (KNOWN_EXTENSIONS.contains(extension(name))) {
                // the name promises a supported format but the content is not it: broken or truncated
                throw new ReadException(file, ReadException.Reason.CORRUPT);
            } else {
                throw new ReadException(file, ReadException.Reason.UNSUPPORTED);
            }
            if (!IMAGE_TYPES.contains(type)) {
                doc = LegacyText.toUnicode(doc, hint); // TCVN3, VNI, VIQR text typed before Unicode
            }
            if (doc.body().stream().allMatch(b -> b.text().isBlank())) {
                throw new ReadException(file, doc.format().equals("pdf") ? ReadException.Reason.NO_TEXT
                        : ReadException.Reason.EMPTY);
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
        String actual = type.equals("application/pdf") ? "pdf"
                : type.startsWith("text/plain") ? "txt"
                : OFFICE_TYPES.contains(type) ? formatName(type, "x." + ext)
                : IMAGE_TYPES.contains(type) ? type.substring("image/".length()) : null;
        boolean same = actual == null || actual.equals(ext) || ext.equals("docm") && actual.equals("docx")
                || Set.of("jpg", "jpeg").contains(ext) && actual.equals("jpeg") || Set.of("tif", "tiff").contains(ext)
                && actual.equals("tiff") || Set.of("htm", "html").contains(ext) && actual.equals("html");
        if (!same && KNOWN_EXTENSIONS.contains(ext)) {
            progress.accept("Cảnh báo: «" + file + "» có đuôi ." + ext + " nhưng nội dung là " + actual.toUpperCase(
                    Locale.ROOT) + "; đọc theo nội dung.");
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

    /**
     * Tika's auto-detecting parser, but the type {@link #detect} found for the file itself is taken as given
     * (detecting a DOCX opens its package, which {@link #read} has done once already); embedded documents
     * are detected as usual.
     */
    private static Parser autoDetectParser(Detector detector) {
        AutoDetectParser p = new AutoDetectParser(TikaConfig.getDefaultConfig());
        p.setDetector((in, md) -> {
            String known = md.get(DETECTED_TYPE);
            return known != null ? MediaType.parse(known) : detector.detect(in, md);
        });
        return p;
    }

    /**
     * Only the document's own parts are read: embedded files (the thumbnail a DOCX carries in
     * {@code docProps/}, previews, embedded objects) are never parsed into the body.
     */
    private static final org.apache.tika.extractor.EmbeddedDocumentExtractor OWN_PARTS_ONLY =
            new org.apache.tika.extractor.EmbeddedDocumentExtractor() {
                @Override
                public boolean shouldParseEmbedded(Metadata metadata) {
                    return false;
                }

                @Override
                public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler,
                                          Metadata metadata, boolean outputHtml) {
                    // nothing: see shouldParseEmbedded
                }
            };

    /** Parses {@code source} (the file itself, or its Unicode copy) in the name of {@code file}. */
    private ReportDocument parseWithTika(Path source, Path file, String type, String format)
            throws ReadException, InterruptedException {
        BlockHandler handler = new BlockHandler();
        LimitedHandler limited = new LimitedHandler(handler, limits.maxChars(), limits.maxCells());
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, OWN_PARTS_ONLY);
        md.set(DETECTED_TYPE, type);
        try (TikaInputStream in = TikaInputStream.get(source)) {
            parser.parse(in, limited, md, context);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(file, ReadException.Reason.ENCRYPTED, e);
        } catch (ZeroByteFileException e) {
            throw new ReadException(file, ReadException.Reason.EMPTY, e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (causedByEncryption(e)) {
                throw new ReadException(file, ReadException.Reason.ENCRYPTED, e);
            }
            if (limited.exceeded()) {
                throw new ReadException(file, ReadException.Reason.TOO_MUCH_TEXT, e);
            }
            if (limited.tooDeep() || causedBy(e, StackOverflowError.class)) {
                throw new ReadException(file, ReadException.Reason.TOO_DEEP, e);
            }
            if (causedBy(e, "zip bomb") || causedBy(e, "ZipSecureFile") || causedBy(e, "max entry size")) {
                throw new ReadException(file, ReadException.Reason.ZIP_BOMB, e);
            }
            if (causedBy(e, "DOCTYPE") || causedBy(e, "entity expansion") || causedBy(e, "entityExpansion")) {
                throw new ReadException(file, ReadException.Reason.XML_ENTITIES, e);
            }
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
        List<Block> blocks = handler.blocks();
        List<Footnote> footnotes = new java.util.ArrayList<>(handler.footnotes());
        blocks = LayoutRepair.mergeSplitTables(blocks);
        List<String> furniture = new java.util.ArrayList<>(handler.furniture());
        if ("docx".equals(format) || "docm".equals(format)) {
            blocks = DocxFurniture.separate(source, blocks, furniture);
        }
        return new ReportDocument(file.getFileName().toString(), format, blocks, footnotes, furniture);
    }

    /** Whether a message in the cause chain mentions {@code words} (case-insensitive). */
    private static boolean causedBy(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Stops a parse that yields more text than allowed or nests elements absurdly deep. */
    private static final class LimitedHandler extends ContentHandlerDecorator {
        private static final int MAX_DEPTH = 500;
        private final long maxChars;
        private final long maxCells;
        private long chars;
        private long cells;
        private int depth;
        private boolean exceeded;
        private boolean tooDeep;

        LimitedHandler(org.xml.sax.ContentHandler handler, long maxChars, long maxCells) {
            super(handler);
            this.maxChars = maxChars;
            this.maxCells = maxCells;
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            if (++depth > MAX_DEPTH) {
                tooDeep = true;
                throw new SAXException("elements nested deeper than " + MAX_DEPTH);
            }
            if ((localName.equals("td") || localName.equals("th")) && ++cells > maxCells) {
                exceeded = true;
                throw new SAXException("more than " + maxCells + " table cells");
            }
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            depth--;
            super.endElement(uri, localName, name);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > maxChars) {
                exceeded = true;
                throw new SAXException("more than " + maxChars + " characters");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new SAXException("interrupted");
            }
            super.characters(ch, start, length);
        }

        boolean exceeded() {
            return exceeded;
        }

        boolean tooDeep() {
            return tooDeep;
        }
    }

    private static boolean causedByEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getName();
            if (t instanceof EncryptedDocumentException || n.contains("InvalidPassword") || n.contains("Encrypted")) {
                return true;
            }
        }
        return false;
    }

    private static String formatName(String type, String name) {
        return switch (type) {
            case "application/msword" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf" -> "rtf";
            case "text/html", "application/xhtml+xml" -> "html";
            default -> "docx".equals(extension(name)) || "docm".equals(extension(name)) ? extension(name) : "docx";
        };
    }

    /** True when the file name has the extension of a format the reader supports (for walking folders). */
    public static boolean hasReportExtension(Path file) {
        return KNOWN_EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    /** The lower-case extension of a file name, or "". */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
