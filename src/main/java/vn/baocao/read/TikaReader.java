package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;
import vn.baocao.normalize.LegacyEncoding;

/**
 * Reads the word-processor formats through Apache Tika into blocks ({@link BlockHandler}): DOCX and DOCM,
 * DOC, ODT, RTF, and HTML. A document typed in a legacy Vietnamese font (TCVN3, VNI) is turned into Unicode
 * by its fonts ({@link LegacyFonts}), a DOCX's page headers and footers are kept apart as furniture. A DOCX is
 * read straight from its package ({@link DocxReader}: the same blocks for a fraction of the CPU time, see
 * BENCHMARKS.md) unless that reader declines it.
 */
final class TikaReader implements BlockReader {

    /** The word-processor formats, and HTML. */
    static final Formats FORMATS = new Formats(
            Set.of(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.ms-word.document.macroenabled.12",
                    "application/msword",
                    "application/vnd.oasis.opendocument.text",
                    "application/rtf",
                    "text/html",
                    "application/xhtml+xml"),
            Set.of("docx", "docm", "doc", "odt", "rtf", "htm", "html"));

    /** Where the reader leaves the type detected, so that the parse does not detect it again. */
    private static final String DETECTED_TYPE = "baocao:detected-type";

    private final Parser parser;
    private final ReadLimits limits;
    private final boolean direct;

    /** @param detector the detector that found the files' types (used again for embedded parts) */
    TikaReader(Detector detector, ReadLimits limits) {
        this(detector, limits, true);
    }

    /**
     * @param direct whether a DOCX is read straight from its package ({@link DocxReader}) when it can be,
     *     rather than always through Tika's own DOCX extractor
     */
    TikaReader(Detector detector, ReadLimits limits, boolean direct) {
        this.parser = autoDetectParser(detector);
        this.limits = limits;
        this.direct = direct;
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    @Override
    public String format(String type, String fileName) {
        String extension = ReportReader.extension(fileName);
        return switch (type) {
            case "application/msword" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf" -> "rtf";
            case "text/html", "application/xhtml+xml" -> "html";
            default -> "docx".equals(extension) || "docm".equals(extension) ? extension : "docx";
        };
    }

    @Override
    public ReportDocument read(Path file, String type) throws ReadException, IOException, InterruptedException {
        String format = format(type, file.getFileName().toString());
        LegacyEncoding hint = LegacyFonts.hint(file, format);
        Path unicode = hint != null && format.startsWith("doc") && !format.equals("doc")
                ? LegacyFonts.convertDocx(file, limits.maxUnpacked())
                : null;
        ReportDocument doc;
        try {
            doc = parse(unicode == null ? file : unicode, file, type, format);
        } finally {
            if (unicode != null) {
                Files.deleteIfExists(unicode);
            }
        }
        return LegacyText.toUnicode(doc, hint); // TCVN3, VNI, VIQR text typed before Unicode
    }

    /**
     * Tika's auto-detecting parser, but the type detected for the file itself is taken as given (detecting a
     * DOCX opens its package, which {@link ReportReader} has done once already); embedded documents are
     * detected as usual.
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
                public void parseEmbedded(
                        java.io.InputStream stream,
                        org.xml.sax.ContentHandler handler,
                        Metadata metadata,
                        boolean outputHtml) {
                    // nothing: see shouldParseEmbedded
                }
            };

    /** Parses {@code source} (the file itself, or its Unicode copy) in the name of {@code file}. */
    private ReportDocument parse(Path source, Path file, String type, String format)
            throws ReadException, InterruptedException {
        boolean docx = "docx".equals(format) || "docm".equals(format);
        BlockHandler handler = direct && docx ? readDirect(source, file) : null;
        if (handler == null) {
            handler = parseWithTika(source, file, type);
        }
        List<Block> blocks = handler.blocks();
        List<Footnote> footnotes = new java.util.ArrayList<>(handler.footnotes());
        blocks = LayoutRepair.mergeSplitTables(blocks);
        List<String> furniture = new java.util.ArrayList<>(handler.furniture());
        if (docx) {
            blocks = DocxFurniture.separate(source, blocks, furniture);
        }
        return new ReportDocument(file.getFileName().toString(), format, blocks, footnotes, furniture);
    }

    /**
     * The blocks of a DOCX read straight from its package, or null when {@link DocxReader} declines it (Tika
     * then reads it, and reports whatever damage it finds as before).
     */
    private BlockHandler readDirect(Path source, Path file) throws ReadException, InterruptedException {
        BlockHandler handler = new BlockHandler();
        LimitedHandler limited = new LimitedHandler(handler, limits.maxChars(), limits.maxCells());
        try {
            String declined =
                    DocxReader.read(source, new XHTMLContentHandler(limited, new Metadata()), limits.maxUnpacked());
            return declined == null ? handler : null;
        } catch (SAXException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (limited.exceeded()) {
                throw new ReadException(file, ReadException.Reason.TOO_MUCH_TEXT, e);
            }
            return null;
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /** Tika's own parse of the file into blocks. */
    private BlockHandler parseWithTika(Path source, Path file, String type) throws ReadException, InterruptedException {
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
            if (limited.tooDeep() || ReportReader.causedBy(e, StackOverflowError.class)) {
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
        return handler;
    }

    /** Whether a message in the cause chain mentions {@code words} (case-insensitive). */
    private static boolean causedBy(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
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
}
