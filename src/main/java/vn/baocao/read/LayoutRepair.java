package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;

/**
 * Undoes page layout that leaks into exported text: footnote bodies printed at the page bottom in the
 * middle of the running text, paragraphs cut in two by a page break, and tables split across pages
 * (repeated header row, continued cells). Shared by the readers of formats that lose this structure
 * (TXT exports, PDF).
 */
final class LayoutRepair {

    /** A footnote body: superscript marker digits at the start of the paragraph. */
    private static final Pattern FOOTNOTE_BODY =
            Pattern.compile("^(" + Footnote.MARKER_DIGIT + "+)\\s*(\\S[\\s\\S]*)$");
    /** Text that ends a sentence or a clause where a paragraph may legitimately end. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.:;!?…)\\]”\"'/]\\s*$");
    /** A paragraph opening with a list or section marker never continues the previous one. */
    private static final Pattern STARTS_ITEM =
            Pattern.compile("^(?:[-+•–*]\\s|" + ListMarkers.LETTER + "[.)]\\s|[0-9]+[.)])");

    /** Document type codes of Nghị định 30/2020 (Phụ lục III) and of legal documents: a symbol needs an issuer after them. */
    private static final String TYPE_CODES = "NQ|QĐ|CT|QC|QyĐ|QY|TB|HD|HĐ|CTr|CTR|KH|PA|ĐA|DA|BC|BB|TTr|TTR|CĐ|BGN|BTT"
            + "|GUQ|GM|GGT|GNP|PG|PC|PB|TC|KL|TT|NĐ|TTLT|BCĐ|HDLT";
    /** A line ending in a symbol whose hyphen the line break took: "… số 117/QĐ". */
    private static final Pattern ENDS_TYPE =
            Pattern.compile("(?:^|[\\s(])\\d+[a-zA-Z]?/(?:\\d{4}/)?(?:" + TYPE_CODES + ")$");
    /** An issuer code opening a line: "UBND ngày …", "UBND;". */
    private static final Pattern STARTS_CODE =
            Pattern.compile("^\\p{Lu}[\\p{Lu}0-9&]+(?:-[\\p{Lu}0-9&]+)*(?=[\\s;,.)]|$)");
    /** The last token of a line, ending in a hyphen or a slash, that belongs to a symbol or a date. */
    private static final Pattern ENDS_JOINER = Pattern.compile("(\\S*)([-/])$");

    private LayoutRepair() {}

    /**
     * What goes between a line and the next when a paragraph's lines are joined: nothing when the break
     * fell inside a document symbol or a date ("117/QĐ-" + "UBND", "17/01/" + "2025", "số 129" +
     * "/KH-UBND"), a hyphen when it took a symbol's hyphen ("117/QĐ" + "UBND" is "117/QĐ-UBND", never
     * "117/QĐUBND"), else a space.
     */
    static String lineJoint(CharSequence prev, String next) {
        String a = prev.toString().stripTrailing();
        String b = next.stripLeading();
        if (a.isEmpty() || b.isEmpty()) {
            return " ";
        }
        Matcher m = ENDS_JOINER.matcher(a);
        if (m.find()) {
            String token = m.group(1);
            boolean symbolish = token.contains("/") || token.matches(".*\\d.*") || token.matches("[\\p{Lu}0-9&.-]+");
            if (m.group(2).equals("/")
                    && !token.isEmpty()
                    && Character.isLetterOrDigit(token.codePointAt(token.length() - 1))
                    && Character.isLetterOrDigit(b.codePointAt(0))) {
                return "";
            }
            if (m.group(2).equals("-")
                    && !token.isEmpty()
                    && symbolish
                    && (Character.isUpperCase(b.codePointAt(0)) || Character.isDigit(b.codePointAt(0)))) {
                return "";
            }
        }
        if (b.length() > 1
                && (b.charAt(0) == '/' || b.charAt(0) == '-')
                && Character.isLetterOrDigit(b.codePointAt(1))
                && a.matches("(?s).*(?:\\d|/\\p{Lu}+)$")
                && !Character.isWhitespace(a.charAt(a.length() - 1))) {
            return b.charAt(0) == '/' ? "" : (a.matches("(?s).*\\d+/(?:\\d{4}/)?\\p{Lu}+$") ? "" : " ");
        }
        if (ENDS_TYPE.matcher(a).find() && STARTS_CODE.matcher(b).find()) {
            return "-";
        }
        return " ";
    }

    /** Moves paragraphs that open with a superscript marker into {@code footnotes}. */
    static List<Block> takeFootnotes(List<Block> blocks, List<Footnote> footnotes) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p && !p.style().isHeading()) {
                var m = FOOTNOTE_BODY.matcher(p.text());
                if (m.matches()) {
                    footnotes.add(new Footnote(m.group(1), m.group(2).strip(), p.line()));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Joins a paragraph with the next one when a page break cut it: the first does not end a clause and
     * the second starts with a lower-case letter.
     */
    static List<Block> joinPageBreakSplits(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph next
                    && !out.isEmpty()
                    && out.getLast() instanceof Paragraph prev
                    && continues(prev, next)) {
                String joined = prev.text().stripTrailing() + " " + next.text().stripLeading();
                Style style = prev.style().bold() && next.style().bold()
                        ? prev.style()
                        : new Style(
                                false,
                                false,
                                0,
                                prev.style().alignment(),
                                prev.style().boldPrefix());
                out.set(out.size() - 1, new Paragraph(joined, style, prev.line()));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static boolean continues(Paragraph prev, Paragraph next) {
        if (prev.style().isHeading() || next.style().isHeading()) {
            return false;
        }
        String a = prev.text().strip();
        String b = next.text().strip();
        if (a.length() < 40 || b.isEmpty() || a.contains("\n") && a.length() < 80) {
            return false;
        }
        if (ENDS_CLAUSE.matcher(a).find() || STARTS_ITEM.matcher(b).find()) {
            return false;
        }
        int cp = b.codePointAt(0);
        return Character.isLowerCase(cp);
    }

    /**
     * Merges tables that a page break split: adjacent tables with the same column count, dropping a
     * repeated header row and appending a continued row (first cell empty) to the row it continues.
     */
    static List<Block> mergeSplitTables(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Table next
                    && !out.isEmpty()
                    && out.getLast() instanceof Table prev
                    && prev.columnCount() == next.columnCount()
                    && !prev.rows().isEmpty()) {
                out.set(out.size() - 1, merge(prev, next));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static Table merge(Table prev, Table next) {
        List<List<Cell>> rows = new ArrayList<>(prev.rows());
        List<List<Cell>> incoming = new ArrayList<>(next.rows());
        // the header rows repeated at the top of the next page
        while (!incoming.isEmpty()
                && rows.subList(0, Math.min(3, rows.size())).stream().anyMatch(r -> sameText(incoming.getFirst(), r))) {
            incoming.removeFirst();
        }
        if (!incoming.isEmpty()
                && !incoming.getFirst().isEmpty()
                && incoming.getFirst().getFirst().isEmpty()
                && incoming.getFirst().stream().anyMatch(c -> !c.isEmpty())) {
            List<Cell> last = rows.getLast();
            List<Cell> cont = incoming.removeFirst();
            List<Cell> merged = new ArrayList<>();
            for (int i = 0; i < Math.max(last.size(), cont.size()); i++) {
                Cell a = i < last.size() ? last.get(i) : new Cell("", false, false);
                Cell c = i < cont.size() ? cont.get(i) : new Cell("", false, false);
                if (c.isEmpty()) {
                    merged.add(a);
                } else if (a.isEmpty()) {
                    merged.add(c);
                } else {
                    merged.add(new Cell(
                            a.text().stripTrailing() + " " + c.text().stripLeading(),
                            a.bold() && c.bold(),
                            a.italic() && c.italic()));
                }
            }
            rows.set(rows.size() - 1, merged);
        }
        rows.addAll(incoming);
        return new Table(rows, prev.line());
    }

    private static boolean sameText(List<Cell> a, List<Cell> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).text().strip().equals(b.get(i).text().strip())) {
                return false;
            }
        }
        return true;
    }
}
