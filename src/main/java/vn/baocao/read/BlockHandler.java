package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.baocao.normalize.VietnameseText;

/**
 * A SAX handler over Tika's XHTML output that builds the block model: paragraphs with bold, italic,
 * heading and alignment hints, tables with rows and cells, footnotes and page furniture (headers,
 * footers) kept apart from the body. This is the "handler" half of Tika's parser/handler split.
 */
final class BlockHandler extends DefaultHandler {

    private final List<Block> blocks = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();

    private final StringBuilder text = new StringBuilder();
    private int letters;
    private int boldLetters;
    private int italicLetters;
    private int boldPrefix = -1;
    private int headingLevel;
    private Alignment alignment = Alignment.UNKNOWN;
    private boolean inParagraph;

    private int boldDepth;
    private int italicDepth;
    private int supDepth;
    /** Depth inside header/footer/footnote containers whose text is not body. */
    private int furnitureDepth;

    private int footnoteDepth;
    private final StringBuilder sideText = new StringBuilder();
    private int sideNesting;

    private List<List<Cell>> tableRows;
    private List<Cell> row;
    private StringBuilder cellText;
    private int cellLetters;
    private int cellBold;
    private int cellItalic;
    private int tableDepth;
    private int ordinal;

    List<Block> blocks() {
        return blocks;
    }

    List<Footnote> footnotes() {
        return footnotes;
    }

    List<String> furniture() {
        return furniture;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        String cls = atts.getValue("class");
        if ("div".equals(name) && cls != null) {
            String c = cls.toLowerCase(Locale.ROOT);
            if (c.contains("header") || c.contains("footer")) {
                furnitureDepth++;
                sideText.setLength(0);
                return;
            }
            if (c.contains("footnote") || c.contains("endnote")) {
                footnoteDepth++;
                sideText.setLength(0);
                return;
            }
        }
        if (furnitureDepth > 0 || footnoteDepth > 0) {
            if ("div".equals(name)) {
                sideNesting++;
            }
            return;
        }
        switch (name) {
            case "table" -> {
                if (tableDepth++ == 0) {
                    flushParagraph();
                    tableRows = new ArrayList<>();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    cellText = new StringBuilder();
                    cellLetters = cellBold = cellItalic = 0;
                }
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> {
                if (cellText != null) {
                    if (!cellText.isEmpty() && cellText.charAt(cellText.length() - 1) != '\n') {
                        cellText.append('\n');
                    }
                    return;
                }
                flushParagraph();
                inParagraph = true;
                headingLevel = name.charAt(0) == 'h' ? name.charAt(1) - '0' : 0;
                alignment = alignmentOf(atts);
            }
            case "b", "strong" -> boldDepth++;
            case "i", "em" -> italicDepth++;
            case "sup" -> supDepth++;
            case "br" -> append("\n");
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (furnitureDepth > 0 || footnoteDepth > 0) {
            if ("div".equals(name)) {
                if (sideNesting > 0) {
                    sideNesting--;
                    return;
                }
                String t = VietnameseText.collapseSpaces(VietnameseText.nfc(sideText.toString()));
                if (furnitureDepth > 0) {
                    furnitureDepth--;
                    if (!t.isEmpty()) {
                        furniture.add(t);
                    }
                } else {
                    footnoteDepth--;
                    if (!t.isEmpty()) {
                        addFootnote(t);
                    }
                }
                sideText.setLength(0);
            } else if ("p".equals(name)) {
                sideText.append('\n');
            }
            return;
        }
        switch (name) {
            case "table" -> {
                if (--tableDepth == 0) {
                    if (tableRows != null && !tableRows.isEmpty()) {
                        blocks.add(new Table(tableRows, ++ordinal));
                    }
                    tableRows = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    tableRows.add(row);
                    row = null;
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1 && cellText != null && row != null) {
                    String t = markers(VietnameseText.nfc(cellText.toString()))
                            .strip()
                            .replaceAll("[ \\t\\u00A0]+", " ")
                            .replaceAll(" ?\n+ ?", "\n");
                    row.add(new Cell(
                            t,
                            cellLetters > 0 && cellBold == cellLetters,
                            cellLetters > 0 && cellItalic == cellLetters));
                    cellText = null;
                }
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> {
                if (cellText == null) {
                    flushParagraph();
                }
            }
            case "b", "strong" -> boldDepth--;
            case "i", "em" -> italicDepth--;
            case "sup" -> supDepth--;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        String s = new String(ch, start, length);
        if (furnitureDepth > 0 || footnoteDepth > 0) {
            sideText.append(s);
            return;
        }
        if (s.indexOf("Ref:") >= 0) {
            s = NOTE_REF.matcher(s).replaceAll(String.valueOf(NOTE_MARK));
        }
        if (supDepth > 0 && s.strip().matches("[0-9]+")) {
            s = InlineMarkup.toSuperscript(s.strip());
        }
        append(s);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika reports PDF line ends inside a paragraph as ignorable white space: keep them as spaces
        if (furnitureDepth == 0 && footnoteDepth == 0 && (inParagraph || cellText != null)) {
            append(" ");
        }
    }

    @Override
    public void endDocument() {
        flushParagraph();
    }

    private void append(String s) {
        if (cellText != null) {
            cellText.append(s);
            for (int k = 0; k < s.length(); k++) {
                if (Character.isLetterOrDigit(s.charAt(k))) {
                    cellLetters++;
                    if (boldDepth > 0) {
                        cellBold++;
                    }
                    if (italicDepth > 0) {
                        cellItalic++;
                    }
                }
            }
            return;
        }
        if (tableDepth > 0) {
            return; // text of nested tables is kept in the outer cell only
        }
        inParagraph = true;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                if (boldDepth > 0) {
                    boldLetters++;
                } else if (boldPrefix < 0) {
                    boldPrefix = text.length();
                }
                if (italicDepth > 0) {
                    italicLetters++;
                }
            }
            text.append(c);
        }
    }

    private void flushParagraph() {
        if (!inParagraph) {
            return;
        }
        String raw = markers(VietnameseText.nfc(text.toString()));
        String t =
                raw.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\n ?", "\n").strip();
        if (!t.isEmpty()) {
            boolean bold = letters > 0 && boldLetters == letters;
            int prefix = bold ? t.length() : Math.max(0, Math.min(t.length(), boldPrefix < 0 ? 0 : boldPrefix));
            if (boldLetters == 0) {
                prefix = 0;
            }
            Style style = new Style(bold, letters > 0 && italicLetters == letters, headingLevel, alignment, prefix);
            blocks.add(new Paragraph(t, style, ++ordinal));
        }
        text.setLength(0);
        letters = boldLetters = italicLetters = 0;
        boldPrefix = -1;
        headingLevel = 0;
        alignment = Alignment.UNKNOWN;
        inParagraph = false;
    }

    /**
     * A footnote body. Word numbers footnotes in the order of their references, and Tika gives each body
     * right after the paragraph that cites it, so the n-th body is footnote n; a leading marker Tika may
     * print ("[footnoteRef:3]") is dropped, and digits that open the note's own text ("19 nhiệm vụ …")
     * stay text.
     */
    private void addFootnote(String t) {
        String body = NOTE_REF.matcher(t).replaceFirst("").strip();
        int n = footnotes.size() + 1;
        if (!body.isEmpty()) {
            footnotes.add(new Footnote(InlineMarkup.toSuperscript(String.valueOf(n)), body, ++ordinal));
        }
    }

    /** Tika's text for a footnote or endnote reference mark in Word files. */
    private static final java.util.regex.Pattern NOTE_REF =
            java.util.regex.Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");

    /** Reference marks in running text become the note's number in superscript ("năm 2025¹"), counted in order. */
    private String markers(String t) {
        if (t.indexOf(NOTE_MARK) < 0) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == NOTE_MARK) {
                sb.append(InlineMarkup.toSuperscript(String.valueOf(++noteRefs)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Stands for a reference mark until its paragraph is complete (a private-use character: not a letter). */
    private static final char NOTE_MARK = '\uE010';

    /** Reference marks seen so far. */
    private int noteRefs;

    private static Alignment alignmentOf(Attributes atts) {
        String style = atts.getValue("style");
        String align = atts.getValue("align");
        String v = ((style == null ? "" : style) + " " + (align == null ? "" : align)).toLowerCase(Locale.ROOT);
        if (v.contains("center")) {
            return Alignment.CENTER;
        }
        if (v.contains("right")) {
            return Alignment.RIGHT;
        }
        if (v.contains("justify")) {
            return Alignment.JUSTIFY;
        }
        if (v.contains("left")) {
            return Alignment.LEFT;
        }
        return Alignment.UNKNOWN;
    }
}
