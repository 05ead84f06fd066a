package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
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

    private final Tika tika = new Tika();
    private final Parser parser = new AutoDetectParser();

    /** Reads one file. */
    public ReportDocument read(Path file) throws ReadException {
        if (!Files.exists(file)) {
            throw new ReadException(file, ReadException.Reason.NOT_FOUND);
        }
        if (Files.isDirectory(file)) {
            throw new ReadException(file, ReadException.Reason.IS_DIRECTORY);
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(file, ReadException.Reason.UNREADABLE);
        }
        try {
            if (Files.size(file) == 0) {
                throw new ReadException(file, ReadException.Reason.EMPTY);
            }
            String type = detect(file);
            String name = file.getFileName().toString();
            ReportDocument doc;
            if (type.startsWith("text/plain")) {
                doc = TxtReader.read(name, Files.readAllBytes(file));
            } else if (type.equals("application/pdf")) {
                doc = PdfReader.read(file);
            } else if (OFFICE_TYPES.contains(type)) {
                doc = parseWithTika(file, formatName(type, name));
            } else if (KNOWN_EXTENSIONS.contains(extension(name))) {
                // the name promises a supported format but the content is not it: broken or truncated
                throw new ReadException(file, ReadException.Reason.CORRUPT);
            } else {
                throw new ReadException(file, ReadException.Reason.UNSUPPORTED);
            }
            if (doc.body().stream().allMatch(b -> b.text().isBlank())) {
                throw new ReadException(file, doc.format().equals("pdf") ? ReadException.Reason.NO_TEXT
                        : ReadException.Reason.EMPTY);
            }
            return doc;
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
    }

    private String detect(Path file) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            return tika.detect(in, md).toLowerCase(Locale.ROOT);
        }
    }

    private ReportDocument parseWithTika(Path file, String format) throws ReadException {
        BlockHandler handler = new BlockHandler();
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, md, context);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(file, ReadException.Reason.ENCRYPTED, e);
        } catch (ZeroByteFileException e) {
            throw new ReadException(file, ReadException.Reason.EMPTY, e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (causedByEncryption(e)) {
                throw new ReadException(file, ReadException.Reason.ENCRYPTED, e);
            }
            throw new ReadException(file, ReadException.Reason.CORRUPT, e);
        }
        List<Block> blocks = handler.blocks();
        List<Footnote> footnotes = new java.util.ArrayList<>(handler.footnotes());
        blocks = LayoutRepair.mergeSplitTables(blocks);
        List<String> furniture = new java.util.ArrayList<>(handler.furniture());
        if ("docx".equals(format) || "docm".equals(format)) {
            blocks = DocxFurniture.separate(file, blocks, furniture);
        }
        return new ReportDocument(file.getFileName().toString(), format, blocks, footnotes, furniture);
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
