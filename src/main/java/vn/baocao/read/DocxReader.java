package vn.baocao.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.tika.parser.microsoft.WordExtractor;
import org.apache.tika.parser.microsoft.ooxml.XWPFListManager;
import org.apache.tika.sax.XHTMLContentHandler;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a DOCX (or DOCM) straight from its package: the WordprocessingML parts are streamed through a SAX
 * parser into a small model of paragraphs, runs and tables, which is then written as the XHTML events Tika's
 * own DOCX extractor writes for the same file (paragraph tags from the style names, list numbers, bold and
 * italic runs, tables, a footnote's body after the paragraph that cites it, each section's running headers
 * before and footers after it). {@link BlockHandler} therefore builds the same blocks at a fraction of the cost
 * of loading POI's document model.
 *
 * <p>Where the two differ, this reader is the one that is right: tracked deletions (all of {@code w:del} and
 * {@code w:moveFrom}, and any {@code w:delText}) are not text, reviewers' comments are not appended to the
 * paragraph they annotate, the package's title property is not read as the first paragraph, a header or footer
 * part two relationships point to is written once per reference (POI reads its paragraphs once per
 * relationship), and values POI's XML binding refuses (an on/off "True", say) do not fail the whole file.
 *
 * <p>A package with anything this reader does not model — content controls other than a block of paragraphs
 * (a page number in a header is one), text boxes, phonetic guides, form check boxes, charts and diagrams, a
 * revision inside an insertion, strict OOXML — is declined ({@link #read} says why) and read by Tika instead, as
 * is any package this reader cannot parse, so that the reasons given for a damaged file stay Tika's.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final SAXParserFactory SAX = secureFactory();
    private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(DocxReader::newParser);

    private DocxReader() {}

    /** The package uses a construct this reader does not model: Tika reads it. */
    private static final class Declined extends RuntimeException {
        Declined(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * Writes the document's XHTML to {@code xhtml} (started and ended here).
     *
     * @param maxUnpacked the most bytes any part may unpack to
     * @return null when the document was read; else why it was declined (the caller discards what was written)
     * @throws SAXException when the handler refuses the content (a limit) — the caller's to report
     */
    static String read(Path docx, XHTMLContentHandler xhtml, long maxUnpacked) throws SAXException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Package pkg = new Package(zip, maxUnpacked);
            new Writer(pkg, xhtml).document();
            return null;
        } catch (Declined e) {
            return e.getMessage();
        } catch (IOException | ParseFailure | RuntimeException e) {
            return "unreadable: " + e;
        }
    }

    /** A part could not be parsed (not the handler's refusal). */
    private static final class ParseFailure extends Exception {
        ParseFailure(Throwable cause) {
            super(cause);
        }
    }

    // ---------------------------------------------------------------- the model

    private sealed interface Item permits Para, Grid, Control {}

    /** A block content control ({@code w:sdt}) of paragraphs, written as POI's text of it: one paragraph. */
    private static final class Control implements Item {
        final List<Para> paras = new ArrayList<>();
    }

    /** A {@code w:p}: its style, list level, runs, the notes it cites and, ending a section, the section's parts. */
    private static final class Para implements Item {
        String styleId;
        String numId;
        String ilvl;
        final List<Run> runs = new ArrayList<>();
        final List<NoteRef> notes = new ArrayList<>();
        Section section;
    }

    private record Run(String text, boolean bold, boolean italic) {}

    private record NoteRef(boolean endnote, int id) {}

    /** The header and footer references of a {@code w:sectPr}, in document order. */
    private static final class Section {
        final List<String[]> headers = new ArrayList<>(); // {type, relationship id}
        final List<String[]> footers = new ArrayList<>();
    }

    /** A {@code w:tbl}: rows of cells of items. */
    private static final class Grid implements Item {
        final List<List<List<Item>>> rows = new ArrayList<>();
    }

    /** A parsed part: its body items (a story) or its notes by id, and the body's closing section. */
    private static final class Story {
        final List<Item> body = new ArrayList<>();
        final Map<Integer, List<Item>> notes = new HashMap<>();
        Section section;
    }

    // ---------------------------------------------------------------- the package

    /** The package's parts, found through its relationships, each parsed once when first needed. */
    private static final class Package {
        final ZipFile zip;
        final long maxUnpacked;
        final String main;
        /** The main part's relationships: id → {type (last path segment), target part name}. */
        final Map<String, String[]> rels;

        private Map<String, String> styleNames;
        private XWPFListManager lists;
        private final Map<String, Story> stories = new HashMap<>();
        /** The package's entries by lower-case name: part names are case-insensitive (ECMA-376 part 2). */
        private final Map<String, ZipEntry> entries = new HashMap<>();

        Package(ZipFile zip, long maxUnpacked) throws IOException, ParseFailure {
            this.zip = zip;
            this.maxUnpacked = maxUnpacked;
            for (var all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                entries.putIfAbsent(e.getName().toLowerCase(java.util.Locale.ROOT), e);
            }
            String m = null;
            for (String[] r : relationships("_rels/.rels", "").values()) {
                if (r[0].equals("officeDocument")) {
                    m = r[1];
                    break;
                }
            }
            if (m == null || entry(m) == null) {
                throw new Declined("no main document part");
            }
            main = m;
            int slash = m.lastIndexOf('/');
            String dir = m.substring(0, slash + 1);
            rels = relationships(dir + "_rels/" + m.substring(slash + 1) + ".rels", dir);
            for (String[] r : rels.values()) {
                if (r[0].equals("chart") || r[0].equals("diagramData")) {
                    throw new Declined("charts and diagrams"); // Tika writes their cached text after the body
                }
            }
        }

        private ZipEntry entry(String part) {
            return entries.get(part.toLowerCase(java.util.Locale.ROOT));
        }

        InputStream open(String part) throws IOException {
            ZipEntry e = entry(part);
            if (e == null) {
                return null;
            }
            return new Bounded(zip.getInputStream(e), maxUnpacked);
        }

        /** The relationships of a {@code .rels} part; targets resolved against {@code dir}; external ones left out. */
        private Map<String, String[]> relationships(String part, String dir) throws IOException, ParseFailure {
            Map<String, String[]> out = new java.util.LinkedHashMap<>(); // in the part's order
            InputStream in = open(part);
            if (in == null) {
                return out;
            }
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (PACKAGE_RELS.equals(uri) && local.equals("Relationship")) {
                        String id = atts.getValue("Id");
                        String type = atts.getValue("Type");
                        String target = atts.getValue("Target");
                        if (id == null
                                || type == null
                                || target == null
                                || "External".equals(atts.getValue("TargetMode"))) {
                            return;
                        }
                        out.put(id, new String[] {type.substring(type.lastIndexOf('/') + 1), resolve(dir, target)});
                    }
                }
            });
            return out;
        }

        private static String resolve(String dir, String target) {
            String t = target.startsWith("/")
                    ? target.substring(1)
                    : URI.create("/" + dir)
                            .resolve(target.replace(" ", "%20"))
                            .getRawPath()
                            .substring(1);
            return t.replace("%20", " ");
        }

        /** The part a relationship of the given type points to (the last such, as POI keeps it), or null. */
        String target(String type) {
            String part = null;
            for (String[] r : rels.values()) {
                if (r[0].equals(type)) {
                    part = r[1];
                }
            }
            return part;
        }

        Story story(String part) throws IOException, ParseFailure {
            Story s = stories.get(part);
            if (s == null) {
                s = new Story();
                InputStream in = open(part);
                if (in != null) {
                    parse(in, new StoryHandler(s));
                }
                stories.put(part, s);
            }
            return s;
        }

        /** The name of the paragraph style with this id (of the first style with the id, as POI has it), or null. */
        String styleName(String id) throws IOException, ParseFailure {
            if (styleNames == null) {
                styleNames = new HashMap<>();
                String part = target("styles");
                InputStream in = part == null ? null : open(part);
                if (in == null) {
                    return null;
                }
                parse(in, new DefaultHandler() {
                    private int depth;
                    private String styleId;

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes atts) {
                        depth++;
                        if (!W.equals(uri)) {
                            return;
                        }
                        if (depth == 2 && local.equals("style")) {
                            String id = atts.getValue(W, "styleId");
                            styleId = id != null && !styleNames.containsKey(id) ? id : null; // later ones: unseen
                            if (styleId != null) {
                                styleNames.put(styleId, null);
                            }
                        } else if (depth == 3 && local.equals("name") && styleId != null) {
                            styleNames.put(styleId, atts.getValue(W, "val"));
                            styleId = null; // its first name only
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        if (depth-- == 2) {
                            styleId = null;
                        }
                    }
                });
            }
            return styleNames.get(id);
        }

        /** Tika's list-number formatter over the package's numbering part (read only when a list is met). */
        XWPFListManager lists() throws IOException {
            if (lists == null) {
                String part = target("numbering");
                InputStream in = part == null ? null : open(part);
                if (in == null) {
                    lists = new XWPFListManager(null);
                } else {
                    try (in) {
                        lists = new XWPFListManager(new Numbering(in));
                    } catch (org.apache.xmlbeans.XmlException e) {
                        throw new Declined("numbering part");
                    }
                }
            }
            return lists;
        }
    }

    /** POI's numbering read from a stream, as POI reads it from its part. */
    private static final class Numbering extends XWPFNumbering {
        Numbering(InputStream in) throws IOException, org.apache.xmlbeans.XmlException {
            var doc = NumberingDocument.Factory.parse(in, org.apache.poi.ooxml.POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            setNumbering(doc.getNumbering());
            for (CTNum n : doc.getNumbering().getNumArray()) {
                nums.add(new XWPFNum(n, this));
            }
            for (CTAbstractNum a : doc.getNumbering().getAbstractNumArray()) {
                abstractNums.add(new XWPFAbstractNum(a, this));
            }
        }
    }

    /** Refuses to unpack more than the limit, whatever size the entry declares. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("part larger than the limit");
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("part larger than the limit");
            }
            return n;
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, ParseFailure {
        SAXParser parser = PARSER.get();
        try (in) {
            parser.reset();
            parser.parse(in, handler);
        } catch (SAXException e) {
            throw new ParseFailure(e);
        }
    }

    // ---------------------------------------------------------------- parsing a part

    /** What an element is to the reader; decides what its children are. */
    private enum Role {
        CONTAINER, // body, header, footer, note, table cell: holds paragraphs and tables
        NOTES, // w:footnotes, w:endnotes
        GRID,
        ROW,
        CONTROL, // a block content control
        CONTROL_CONTENT,
        PARA, // w:p
        SMART, // w:smartTag: POI reads its runs as the paragraph's own
        PPR,
        NUMPR,
        SECT,
        LINK, // w:hyperlink, w:fldSimple: their own runs only
        CHANGE, // w:ins, w:moveTo: their own runs
        DROP, // w:del, w:moveFrom: deleted text
        RUN,
        RPR,
        TEXT,
        FIELD,
        OPAQUE, // a drawing, picture, object: no text of the run's own
        OTHER
    }

    /**
     * Builds a {@link Story} from one WordprocessingML part: the paragraphs, runs and tables POI's model would
     * have and in its order (runs of a paragraph, of its hyperlinks and simple fields, of inserted revisions and
     * smart tags), nothing else.
     */
    private static final class StoryHandler extends DefaultHandler {
        private final Story story;
        private final Deque<Role> roles = new ArrayDeque<>();
        private final Deque<List<Item>> containers = new ArrayDeque<>();
        private final Deque<Grid> grids = new ArrayDeque<>();
        private final Deque<Para> paras = new ArrayDeque<>();
        private Control control;
        private Section section;

        private final StringBuilder run = new StringBuilder();
        private final StringBuilder t = new StringBuilder();
        /** Where the run's {@code w:t} pieces are in {@link #run}. */
        private final List<int[]> texts = new ArrayList<>();

        private boolean bold;
        private boolean italic;
        private boolean caps;
        /** The run properties met so far (bits: b, i, caps, smallCaps). */
        private int seen;

        StoryHandler(Story story) {
            this.story = story;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            Role parent = roles.peek();
            boolean w = W.equals(uri);
            if (parent == null && !w) {
                throw new Declined("a part in " + uri); // strict OOXML, or not WordprocessingML
            }
            if (w && (local.equals("txbxContent") || local.equals("ruby"))
                    || w && local.equals("sdt") && parent != Role.CONTAINER) {
                throw new Declined(local);
            }
            if (!w && !(MC.equals(uri) && local.equals("AlternateContent"))) {
                roles.push(parent == Role.RUN || parent == Role.OPAQUE ? Role.OPAQUE : Role.OTHER);
                return;
            }
            if (local.equals("footnoteReference") || local.equals("endnoteReference")) {
                // cited wherever it is in the paragraph (POI's path query); a run's own is also its text
                note(local, atts, parent == Role.RUN);
            }
            roles.push(parent == null ? root(local) : child(parent, local, atts));
        }

        private Role root(String local) {
            switch (local) {
                case "document" -> {
                    return Role.OTHER; // its w:body is the container
                }
                case "hdr", "ftr" -> {
                    containers.push(story.body);
                    return Role.CONTAINER;
                }
                case "footnotes", "endnotes" -> {
                    return Role.NOTES;
                }
                default -> throw new Declined("root " + local);
            }
        }

        private Role child(Role parent, String local, Attributes atts) {
            switch (parent) {
                case OTHER -> {
                    if (local.equals("body") && roles.size() == 1) {
                        containers.push(story.body);
                        return Role.CONTAINER;
                    }
                    return Role.OTHER;
                }
                case OPAQUE -> {
                    if (local.equals("t")) {
                        throw new Declined("text in a drawing");
                    }
                    return Role.OPAQUE;
                }
                case NOTES -> {
                    if (local.equals("footnote") || local.equals("endnote")) {
                        List<Item> body = new ArrayList<>();
                        String id = atts.getValue(W, "id");
                        if (id != null) {
                            story.notes.putIfAbsent(Integer.parseInt(id.strip()), body);
                        }
                        containers.push(body);
                        return Role.CONTAINER;
                    }
                    return Role.OTHER;
                }
                case CONTAINER -> {
                    switch (local) {
                        case "p" -> {
                            Para p = new Para();
                            containers.peek().add(p);
                            paras.push(p);
                            return Role.PARA;
                        }
                        case "tbl" -> {
                            if (grids.size() >= ZipLimits.MAX_TABLE_NESTING) {
                                throw new Declined("tables nested too deep");
                            }
                            Grid g = new Grid();
                            containers.peek().add(g);
                            grids.push(g);
                            return Role.GRID;
                        }
                        case "sdt" -> {
                            control = new Control();
                            containers.peek().add(control);
                            return Role.CONTROL;
                        }
                        case "sectPr" -> {
                            if (containers.peek() == story.body) {
                                story.section = section = new Section();
                                return Role.SECT;
                            }
                            return Role.OTHER;
                        }
                        default -> {
                            return Role.OTHER;
                        }
                    }
                }
                case CONTROL -> {
                    return local.equals("sdtContent") ? Role.CONTROL_CONTENT : Role.OTHER;
                }
                case CONTROL_CONTENT -> {
                    switch (local) {
                        case "p" -> {
                            Para p = new Para();
                            control.paras.add(p);
                            paras.push(p);
                            return Role.PARA;
                        }
                        case "tbl", "r" -> throw new Declined(local + " in a content control");
                        default -> {
                            return Role.OTHER;
                        }
                    }
                }
                case GRID -> {
                    if (local.equals("tr")) {
                        grids.peek().rows.add(new ArrayList<>());
                        return Role.ROW;
                    }
                    return Role.OTHER;
                }
                case ROW -> {
                    if (local.equals("tc")) {
                        List<Item> cell = new ArrayList<>();
                        grids.peek().rows.getLast().add(cell);
                        containers.push(cell);
                        return Role.CONTAINER;
                    }
                    return Role.OTHER;
                }
                case PARA, SMART, CHANGE -> {
                    boolean isPara = parent != Role.CHANGE;
                    switch (local) {
                        case "r" -> {
                            startRun();
                            return Role.RUN;
                        }
                        case "pPr" -> {
                            return parent == Role.PARA ? Role.PPR : Role.OTHER;
                        }
                        case "smartTag" -> {
                            return isPara ? Role.SMART : Role.OTHER;
                        }
                        case "hyperlink", "fldSimple" -> {
                            return isPara ? Role.LINK : Role.OTHER;
                        }
                        case "ins", "moveTo" -> {
                            if (!isPara) {
                                throw new Declined("a revision inside a revision");
                            }
                            return Role.CHANGE;
                        }
                        case "del", "moveFrom" -> {
                            if (!isPara) {
                                throw new Declined("a revision inside a revision");
                            }
                            return Role.DROP;
                        }
                        case "p", "tbl" -> throw new Declined("a block inside a paragraph");
                        default -> {
                            return Role.OTHER;
                        }
                    }
                }
                case LINK -> {
                    if (local.equals("r")) {
                        startRun();
                        return Role.RUN;
                    }
                    return Role.OTHER;
                }
                case DROP -> {
                    return Role.OTHER; // deleted: neither text nor notes
                }
                case PPR -> {
                    switch (local) {
                        case "pStyle" -> {
                            if (paras.peek().styleId == null) {
                                paras.peek().styleId = atts.getValue(W, "val");
                            }
                        }
                        case "numPr" -> {
                            return Role.NUMPR;
                        }
                        case "sectPr" -> {
                            if (paras.peek().section != null) {
                                return Role.OTHER; // POI reads the first
                            }
                            paras.peek().section = section = new Section();
                            return Role.SECT;
                        }
                        default -> {}
                    }
                    return Role.OTHER;
                }
                case NUMPR -> {
                    if (local.equals("ilvl") && paras.peek().ilvl == null) {
                        paras.peek().ilvl = atts.getValue(W, "val");
                    } else if (local.equals("numId") && paras.peek().numId == null) {
                        paras.peek().numId = atts.getValue(W, "val");
                    }
                    return Role.OTHER;
                }
                case SECT -> {
                    if (local.equals("headerReference")) {
                        section.headers.add(new String[] {atts.getValue(W, "type"), atts.getValue(R, "id")});
                    } else if (local.equals("footerReference")) {
                        section.footers.add(new String[] {atts.getValue(W, "type"), atts.getValue(R, "id")});
                    }
                    return Role.OTHER;
                }
                case RUN -> {
                    switch (local) {
                        case "t" -> {
                            t.setLength(0);
                            return Role.TEXT;
                        }
                        case "rPr" -> {
                            return Role.RPR;
                        }
                        case "tab", "ptab" -> run.append('\t');
                        case "br", "cr" -> run.append('\n');
                        case "noBreakHyphen" -> run.append('‑');
                        case "fldChar" -> {
                            return Role.FIELD;
                        }
                        case "drawing", "pict", "object", "AlternateContent" -> {
                            return Role.OPAQUE;
                        }
                        default -> {}
                    }
                    return Role.OTHER;
                }
                case RPR -> {
                    switch (local) {
                        // POI reads the first of each; caps or small caps upper-cases the run's text
                        case "b" -> bold = first(0) ? on(atts) : bold;
                        case "i" -> italic = first(1) ? on(atts) : italic;
                        case "caps" -> caps = first(2) ? on(atts) || caps : caps;
                        case "smallCaps" -> caps = first(3) ? on(atts) || caps : caps;
                        default -> {}
                    }
                    return Role.OTHER;
                }
                case FIELD -> {
                    if (local.equals("checkBox")) {
                        throw new Declined("a check box"); // POI writes |X| or |_|
                    }
                    return Role.FIELD;
                }
                default -> {
                    return Role.OTHER;
                }
            }
        }

        /** A note reference: cited after the paragraph; in a run's text also written as POI writes it. */
        private void note(String local, Attributes atts, boolean inRun) {
            if (paras.isEmpty() || roles.contains(Role.DROP)) {
                return;
            }
            String v = atts.getValue(W, "id");
            int id;
            try {
                id = v == null ? -1 : Integer.parseInt(v.strip()); // as XMLBeans reads the number
            } catch (NumberFormatException e) {
                throw new Declined("note id " + v);
            }
            boolean endnote = local.equals("endnoteReference");
            if (v != null && v.equals(v.strip())) { // Tika parses the raw attribute: " 1" cites no note body
                paras.peek().notes.add(new NoteRef(endnote, id));
            }
            if (inRun) {
                run.append(endnote ? "[endnoteRef:" : "[footnoteRef:")
                        .append(id)
                        .append(']');
            }
        }

        private void startRun() {
            run.setLength(0);
            texts.clear();
            bold = italic = caps = false;
            seen = 0;
        }

        /** Whether this is the run's first property of its kind (bit {@code kind} of {@link #seen}). */
        private boolean first(int kind) {
            boolean first = (seen & (1 << kind)) == 0;
            seen |= 1 << kind;
            return first;
        }

        /** POI's on/off value: absent, "true", "on", "x" (any case), "1" are on; XML white space trimmed. */
        private static boolean on(Attributes atts) {
            String v = atts.getValue(W, "val");
            if (v == null) {
                return true;
            }
            v = v.strip();
            return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("x") || v.equals("1");
        }

        /** The run's text, its {@code w:t} pieces upper-cased when the run is in capitals (as POI writes it). */
        private String runText() {
            if (!caps || texts.isEmpty()) {
                return run.toString();
            }
            StringBuilder out = new StringBuilder(run.length());
            int at = 0;
            for (int[] r : texts) {
                out.append(run, at, r[0]).append(run.substring(r[0], r[1]).toUpperCase(LocaleUtil.getUserLocale()));
                at = r[1];
            }
            return out.append(run, at, run.length()).toString();
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            Role role = roles.pop();
            switch (role) {
                case CONTAINER -> containers.pop();
                case GRID -> grids.pop();
                case PARA -> paras.pop();
                case TEXT -> {
                    texts.add(new int[] {run.length(), run.length() + t.length()});
                    run.append(t);
                }
                case RUN -> paras.peek().runs.add(new Run(runText(), bold, italic));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (roles.peek() == Role.TEXT) {
                t.append(ch, start, length);
            }
        }
    }

    // ---------------------------------------------------------------- writing XHTML

    /** Writes the model as Tika's DOCX extractor writes POI's. */
    private static final class Writer {
        private final Package pkg;
        private final XHTMLContentHandler xhtml;
        private final Story doc;
        private final Set<Integer> citing = new HashSet<>();

        Writer(Package pkg, XHTMLContentHandler xhtml) throws IOException, ParseFailure {
            this.pkg = pkg;
            this.xhtml = xhtml;
            this.doc = pkg.story(pkg.main);
        }

        void document() throws SAXException, IOException, ParseFailure {
            xhtml.startDocument();
            Section s = doc.section;
            if (s != null) {
                parts(s.headers, "header");
            }
            items(doc.body, false);
            if (s != null) {
                parts(s.footers, "footer");
            }
            xhtml.endDocument();
        }

        /** The first-page, even-page and default part of a section, in that order, as POI's policy keeps them. */
        private void parts(List<String[]> refs, String type) throws SAXException, IOException, ParseFailure {
            String first = null;
            String even = null;
            String dflt = null;
            for (String[] ref : refs) {
                String[] rel = ref[1] == null ? null : pkg.rels.get(ref[1]);
                String part = rel != null && rel[0].equals(type) ? rel[1] : null;
                switch (ref[0] == null ? "" : ref[0]) {
                    case "first" -> first = part;
                    case "even" -> even = part;
                    default -> dflt = part;
                }
            }
            for (String part : new String[] {first, even, dflt}) {
                if (part != null) {
                    items(pkg.story(part).body, false);
                }
            }
        }

        private void items(List<Item> items, boolean inCell) throws SAXException, IOException, ParseFailure {
            for (Item it : items) {
                switch (it) {
                    case Para p -> paragraph(p, inCell);
                    case Grid g -> grid(g);
                    case Control c -> control(c);
                }
            }
        }

        private void paragraph(Para p, boolean inCell) throws SAXException, IOException, ParseFailure {
            if (p.section != null) {
                parts(p.section.headers, "header");
            }
            String tag = "p";
            String styleClass = null;
            if (p.styleId != null) {
                String name = pkg.styleName(p.styleId);
                if (name != null) {
                    WordExtractor.TagAndStyle tas = WordExtractor.buildParagraphTagAndStyle(name, inCell);
                    tag = tas.getTag();
                    styleClass = tas.getStyleClass();
                }
            }
            if (styleClass == null) {
                xhtml.startElement(tag);
            } else {
                xhtml.startElement(tag, "class", styleClass);
            }
            if (p.ilvl != null) {
                xhtml.characters(number(p));
            }
            boolean b = false;
            boolean i = false;
            for (Run r : p.runs) {
                if (r.bold() != b) {
                    b = toggle("b", b);
                }
                if (r.italic() != i) {
                    i = toggle("i", i);
                }
                xhtml.characters(r.text());
            }
            if (i) {
                toggle("i", true);
            }
            if (b) {
                toggle("b", true);
            }
            xhtml.endElement(tag);
            for (NoteRef n : p.notes) {
                String part = pkg.target(n.endnote() ? "endnotes" : "footnotes");
                List<Item> body = part == null ? null : pkg.story(part).notes.get(n.id());
                if (body != null) {
                    int key = n.endnote() ? ~n.id() : n.id();
                    if (!citing.add(key)) {
                        throw new Declined("a note that cites itself");
                    }
                    xhtml.startElement("div", "class", n.endnote() ? "endnote" : "footnote");
                    items(body, false);
                    xhtml.endElement("div");
                    citing.remove(key);
                }
            }
            if (p.section != null) {
                parts(p.section.footers, "footer");
            }
        }

        /** As Tika writes a content control: one paragraph of POI's text of it, its paragraphs a line each. */
        private void control(Control c) throws SAXException {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < c.paras.size(); k++) {
                for (Run r : c.paras.get(k).runs) {
                    text.append(r.text());
                }
                if (k < c.paras.size() - 1) {
                    text.append('\n');
                }
            }
            xhtml.startElement("p");
            xhtml.characters(text.toString());
            xhtml.endElement("p");
        }

        /** Opens or closes a formatting element; BlockHandler counts the letters inside it. */
        private boolean toggle(String element, boolean open) throws SAXException {
            if (open) {
                xhtml.endElement(element);
            } else {
                xhtml.startElement(element);
            }
            return !open;
        }

        private String number(Para p) throws IOException {
            int level;
            try {
                level = Integer.parseInt(p.ilvl.strip());
            } catch (NumberFormatException e) {
                throw new Declined("list level " + p.ilvl);
            }
            BigInteger numId;
            try {
                numId = p.numId == null ? null : new BigInteger(p.numId.strip());
            } catch (NumberFormatException e) {
                throw new Declined("list id " + p.numId);
            }
            return pkg.lists().getFormattedNumber(numId, level);
        }

        private void grid(Grid g) throws SAXException, IOException, ParseFailure {
            xhtml.startElement("table");
            xhtml.startElement("tbody");
            for (List<List<Item>> row : g.rows) {
                xhtml.startElement("tr");
                for (List<Item> cell : row) {
                    xhtml.startElement("td");
                    items(cell, true);
                    xhtml.endElement("td");
                }
                xhtml.endElement("tr");
            }
            xhtml.endElement("tbody");
            xhtml.endElement("table");
        }
    }

    // ---------------------------------------------------------------- XML

    /** Namespace-aware, with DTDs (and so entity expansion and external entities) refused. */
    static SAXParserFactory secureFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SAXParser newParser() {
        try {
            return SAX.newSAXParser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
