package vn.baocao.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.baocao.normalize.VietnameseText;

/**
 * Tika writes a DOCX's running headers and footers as ordinary paragraphs before and after the body.
 * This reads the paragraphs of the package's header and footer parts ({@code word/header1.xml},
 * {@code word/footer2.xml} …) and moves the body paragraphs that repeat them into the page furniture.
 * Only those small parts are parsed (not the body a second time), by a SAX parser that refuses DTDs.
 */
final class DocxFurniture {

    private static final Pattern PART = Pattern.compile("word/(?:header|footer)\\d*\\.xml");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final SAXParserFactory SAX = DocxReader.secureFactory();
    /** A header or footer part is a few hundred bytes; one larger than this is not read. */
    private static final int MAX_PART = 1 << 20;

    private DocxFurniture() {}

    static List<Block> separate(Path file, List<Block> blocks, List<String> furniture) {
        Set<String> texts = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (PART.matcher(e.getName()).matches()) {
                    byte[] part;
                    try (InputStream in = zip.getInputStream(e)) {
                        part = in.readNBytes(MAX_PART + 1); // whatever size the entry declares
                    }
                    if (part.length <= MAX_PART) {
                        collect(new java.io.ByteArrayInputStream(part), texts);
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            return blocks; // the body was read; headers are a refinement
        }
        if (texts.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        // headers come first, footers last: peel matching paragraphs off both ends
        while (!out.isEmpty() && out.getFirst() instanceof Paragraph p && texts.contains(key(p.text()))) {
            furniture.add(p.text());
            out.removeFirst();
        }
        while (!out.isEmpty() && out.getLast() instanceof Paragraph p && texts.contains(key(p.text()))) {
            furniture.add(p.text());
            out.removeLast();
        }
        return out;
    }

    /**
     * The text of each paragraph ({@code w:p}) of a header or footer part, as POI's {@code getText} has it
     * for matching: its {@code w:t} runs, tabs and breaks as spaces; a paragraph inside a text box is a
     * paragraph of its own, not part of the one around it.
     */
    private static void collect(InputStream part, Set<String> texts) throws Exception {
        SAXParser parser = SAX.newSAXParser();
        parser.parse(part, new DefaultHandler() {
            private final java.util.ArrayDeque<StringBuilder> paragraphs = new java.util.ArrayDeque<>();
            private boolean inText;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (!W.equals(uri)) {
                    return;
                }
                switch (local) {
                    case "p" -> paragraphs.push(new StringBuilder());
                    case "t" -> inText = true;
                    case "tab", "ptab", "br", "cr" -> append(" ");
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (W.equals(uri) && local.equals("t")) {
                    inText = false;
                } else if (W.equals(uri) && local.equals("p") && !paragraphs.isEmpty()) {
                    String k = key(paragraphs.pop().toString());
                    if (!k.isEmpty()) {
                        texts.add(k);
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    append(new String(ch, start, length));
                }
            }

            private void append(String s) {
                StringBuilder p = paragraphs.peek();
                if (p != null && p.length() < MAX_PART) {
                    p.append(s);
                }
            }
        });
    }

    private static String key(String s) {
        return VietnameseText.collapseSpaces(VietnameseText.nfc(s == null ? "" : s));
    }
}
