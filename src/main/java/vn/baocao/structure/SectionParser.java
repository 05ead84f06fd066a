package vn.baocao.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Paragraph;
import vn.baocao.read.ReportDocument;
import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.RuleSet;

/**
 * Builds the {@link SectionTree} of a report from its blocks.
 *
 * <p>A heading is a paragraph that opens with a section number (I. / 1. / 2.1. / a) / PHỤ LỤC /
 * Biểu mẫu 1) and reads as a title. Numbered items of running text — long sentences, runs of
 * consecutive numbered sentences without body between them (the tasks under PHƯƠNG HƯỚNG) — are not
 * headings; neither are table rows. The hierarchy follows the order in which numbering kinds appear,
 * so a report that starts at "1." or skips a Roman level still nests correctly, and numbers are kept as
 * written (two "b)" in a row stay two "b").
 */
public final class SectionParser {

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)]\\s*(\\S.*)?$", Pattern.DOTALL);
    private static final Pattern UPPER_LETTER = Pattern.compile("^([A-H&&[^C]])\\.\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern DOTTED =
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LETTER =
            Pattern.compile("^(" + ListMarkers.LETTER + ")\\s*[.)]\\s+(\\S.*)$", Pattern.DOTALL);
    /** "PHỤ LỤC II …": an appendix label ({@code appendix-heading}), its number and title. */
    private final Pattern appendix;
    /** "Biểu mẫu 01 …": a form label ({@code form-heading}, case ignored), its number and title. */
    private final Pattern form;

    private static final Pattern ROMAN_VALUE =
            Pattern.compile("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");
    /** A sentence break inside a would-be title: ". " then an upper-case letter. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]\\s+\\p{Lu}");
    /** A colon that separates a title from what follows (not the one inside "ISO 9001:2015"). */
    private static final Pattern COLON = Pattern.compile(":(?=\\s|$)");
    /** The closing's openings: "Trên đây là …", or a signature block's (upper-case name: a constant of one rule set). */
    private final Pattern closing;
    /** The signature block's openings: "Nơi nhận", an authority mark (TM., KT., TL., TUQ., Q. CHỦ …). */
    private final Pattern signature;

    /** A parser that finds the closing and the signature block by the rules' layout cues. */
    public SectionParser(RuleSet rules) {
        LayoutCues cues = rules.layoutCues();
        String signatureOpenings = cues.of("recipients") + "\\b|" + cues.of("authority-mark");
        closing = Pattern.compile("^(" + cues.of("closing") + "|" + signatureOpenings + ")", Pattern.CASE_INSENSITIVE);
        signature = Pattern.compile("^(" + signatureOpenings + ")", Pattern.CASE_INSENSITIVE);
        String numberWord = "(?:" + cues.of("number-word") + "\\s+)?"; // "Phụ lục số 2": optional
        appendix = Pattern.compile(
                "^(" + cues.of("appendix-heading") + ")(?:\\s+" + numberWord
                        + "([IVX]+|\\d{1,2}|[A-Z]))?\\s*[.:]?\\s*(.*)$",
                Pattern.DOTALL);
        form = Pattern.compile(
                "^(?iu:(" + cues.of("form-heading") + "))\\s+" + numberWord
                        + "(\\d{1,2}[a-z]?|[IVX]+)\\b\\s*[.:]?\\s*(.*)$",
                Pattern.DOTALL);
    }

    /** Longest text that can still be a title when the source gives no style hint. */
    static final int MAX_TITLE = 180;
    /** Longest title of a heading that stands alone on its line and does not end as a sentence. */
    static final int MAX_STANDALONE_TITLE = 300;

    /** A heading candidate found in one paragraph. */
    private record Candidate(
            NumberingKind kind,
            String number,
            int depth,
            String title,
            String runIn,
            boolean explicit,
            boolean titleLike,
            Paragraph paragraph,
            int index) {}

    public SectionTree parse(ReportDocument doc) {
        List<Block> blocks = doc.body();
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                Candidate c = candidate(p, i, blocks);
                if (c != null) {
                    cands.add(c);
                }
            }
        }
        boolean[] heading = decide(cands, blocks);
        return build(blocks, cands, heading);
    }

    private Candidate candidate(Paragraph p, int index, List<Block> blocks) {
        String text = p.text().strip();
        boolean explicit = p.style().isHeading() || p.style().bold();
        Matcher m;
        if ((m = appendix.matcher(text)).matches() && VietnameseText.isUpperCaseText(m.group(1))) {
            String number = m.group(2) == null ? "PHỤ LỤC" : "PHỤ LỤC " + m.group(2);
            return new Candidate(NumberingKind.APPENDIX, number, 0, m.group(3).strip(), "", true, true, p, index);
        }
        if ((m = form.matcher(text)).matches()) {
            String rest = m.group(3).strip();
            boolean explicitForm = explicit || p.style().boldPrefix() > 0 || rest.isEmpty() || rest.indexOf('\n') >= 0;
            if (!explicitForm && rest.length() > MAX_TITLE) {
                return null;
            }
            String word = Character.isUpperCase(m.group(1).charAt(0)) ? "Biểu mẫu" : "biểu mẫu";
            return new Candidate(NumberingKind.FORM, word + " " + m.group(2), 0, rest, "", true, true, p, index);
        }
        NumberingKind kind;
        String number;
        String rest;
        if ((m = ROMAN.matcher(text)).matches()
                && ROMAN_VALUE.matcher(m.group(1)).matches()) {
            kind = NumberingKind.ROMAN;
        } else if ((m = DOTTED.matcher(text)).matches()) {
            kind = NumberingKind.DOTTED;
        } else if ((m = ARABIC.matcher(text)).matches()) {
            kind = NumberingKind.ARABIC;
        } else if ((m = LETTER.matcher(text)).matches()) {
            kind = NumberingKind.LETTER;
        } else if ((m = UPPER_LETTER.matcher(text)).matches()) {
            kind = NumberingKind.UPPER_LETTER;
        } else {
            return null;
        }
        number = m.group(1);
        rest = m.group(2) == null ? "" : m.group(2).strip();
        if (rest.isEmpty()) {
            return null;
        }
        int depth = kind == NumberingKind.DOTTED ? number.split("\\.").length : 0;
        // the first line is the heading; further lines (hard breaks) are run-in body
        String firstLine = rest.lines().findFirst().orElse("");
        String more = rest.substring(firstLine.length()).strip();
        String title = firstLine.strip();
        String runIn = more;
        int numberLength = text.indexOf(firstLine.isEmpty() ? rest : firstLine);
        int boldPrefix = p.style().boldPrefix();
        if (!p.style().bold() && boldPrefix > numberLength + 1 && boldPrefix < numberLength + firstLine.length()) {
            // bold run-in heading: "b. Kết quả …: chưa thành lập."
            String boldPart = text.substring(numberLength, boldPrefix).strip();
            runIn = join(
                    firstLine
                            .substring(Math.min(firstLine.length(), boldPrefix - numberLength))
                            .strip(),
                    more);
            title = boldPart;
            explicit = true;
        } else {
            Matcher colonMatch = COLON.matcher(title);
            if (colonMatch.find()) {
                int colon = colonMatch.start();
                String after = title.substring(colon + 1).strip();
                if (!after.isEmpty() && isBodyAfterColon(after, explicit)) {
                    runIn = join(after, more);
                    title = title.substring(0, colon).strip();
                }
            }
        }
        title = trimTitle(title);
        // a heading standing alone on its line may run longer than one in running text
        int maxTitle = runIn.isEmpty() && !title.endsWith(".") ? MAX_STANDALONE_TITLE : MAX_TITLE;
        boolean titleLike = title.length() <= maxTitle
                && !SENTENCE_BREAK.matcher(title).find()
                && !title.endsWith(";")
                && !title.endsWith(",");
        if (kind == NumberingKind.ROMAN && !explicit && !titleLike) {
            return null;
        }
        return new Candidate(kind, number, depth, title, runIn, explicit, titleLike, p, index);
    }

    /**
     * Whether the text after a heading's colon is run-in body ("V. KIẾN NGHỊ: Không.") rather than part of
     * the title ("…phần mềm dùng chung của tỉnh: quản lý văn bản và điều hành, …"). In a heading styled as
     * a whole, only a new sentence counts as body.
     */
    private static boolean isBodyAfterColon(String after, boolean styledAsWhole) {
        int cp = after.codePointAt(0);
        boolean newSentence = Character.isUpperCase(cp) || Character.isDigit(cp);
        return styledAsWhole ? newSentence : newSentence || after.endsWith(".") || after.length() > 120;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "\n" + b;
    }

    private static String trimTitle(String t) {
        String s = VietnameseText.collapseSpaces(t);
        while (!s.isEmpty() && ":".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Decides which candidates are headings. Explicitly styled ones are; others must read as a title and
     * must not belong to a run of numbered items of one kind, uninterrupted by body text, in which some
     * item is a sentence rather than a title (a list).
     */
    private boolean[] decide(List<Candidate> cands, List<Block> blocks) {
        boolean[] heading = new boolean[cands.size()];
        int i = 0;
        while (i < cands.size()) {
            // collect a run: same kind, each directly following the previous block
            int j = i;
            while (j + 1 < cands.size()
                    && cands.get(j + 1).kind() == cands.get(i).kind()
                    && cands.get(j + 1).depth() == cands.get(i).depth()
                    && cands.get(j + 1).index() == cands.get(j).index() + 1
                    && cands.get(j).runIn().isEmpty()) {
                j++;
            }
            boolean list = false;
            if (j > i) {
                for (int k = i; k <= j; k++) {
                    Candidate c = cands.get(k);
                    if (!c.explicit() && !c.titleLike()) {
                        list = true;
                        break;
                    }
                }
            }
            for (int k = i; k <= j; k++) {
                Candidate c = cands.get(k);
                heading[k] = c.explicit() || c.titleLike() && !list;
            }
            i = j + 1;
        }
        siblingsAgree(cands, heading);
        return heading;
    }

    /**
     * Siblings agree: numbered items of one kind under one parent are either headings or items of a list.
     * When one of them is a sentence (not styled as a heading, not title-like), the others that are not
     * styled as headings are list items too, even those whose words before a colon read as a title
     * ("d) Tiếp tục …, đặc biệt là các nhiệm vụ: (1) …" among "a) … b) … c) …" sentences).
     */
    private static void siblingsAgree(List<Candidate> cands, boolean[] heading) {
        List<String> order = new ArrayList<>();
        for (Candidate c : cands) {
            String key = c.kind() + "/" + c.depth();
            if (!order.contains(key)) {
                order.add(key);
            }
        }
        int i = 0;
        while (i < cands.size()) {
            Candidate first = cands.get(i);
            String key = first.kind() + "/" + first.depth();
            int rank = order.indexOf(key);
            List<Integer> group = new ArrayList<>(List.of(i));
            int j = i + 1;
            for (; j < cands.size(); j++) {
                Candidate c = cands.get(j);
                String k = c.kind() + "/" + c.depth();
                if (order.indexOf(k) < rank || c.kind() == NumberingKind.APPENDIX || c.kind() == NumberingKind.FORM) {
                    break;
                }
                if (k.equals(key)) {
                    if (restarts(c)) {
                        break;
                    }
                    group.add(j);
                }
            }
            if (first.kind() == NumberingKind.LETTER && group.size() > 1) {
                boolean sentence = group.stream().map(cands::get).anyMatch(c -> !c.explicit() && !c.titleLike());
                if (sentence) {
                    for (int g : group) {
                        if (!cands.get(g).explicit()) {
                            heading[g] = false;
                        }
                    }
                }
            }
            // the next group starts after this one's first member: members of this group are skipped
            int next = i + 1;
            while (next < cands.size() && group.contains(next)) {
                next++;
            }
            i = next;
        }
    }

    /** A list numbered anew ("a)" again) starts a new group of siblings. */
    private static boolean restarts(Candidate c) {
        return c.kind() == NumberingKind.LETTER && c.number().equals("a")
                || c.kind() == NumberingKind.ARABIC && c.number().equals("1");
    }

    private SectionTree build(List<Block> blocks, List<Candidate> cands, boolean[] heading) {
        List<Block> preamble = new ArrayList<>();
        List<Block> closing = new ArrayList<>();
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        int c = 0;
        boolean inClosing = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            while (c < cands.size() && cands.get(c).index() < i) {
                c++;
            }
            Candidate cand = c < cands.size() && cands.get(c).index() == i && heading[c] ? cands.get(c) : null;
            if (cand == null) {
                if (!stack.isEmpty() && !inClosing && isClosing(b) && stack.getFirst().kind != NumberingKind.APPENDIX) {
                    inClosing = true;
                }
                if (inClosing) {
                    closing.add(b);
                } else if (stack.isEmpty()) {
                    preamble.add(b);
                } else {
                    stack.getLast().blocks.add(b);
                }
                continue;
            }
            inClosing = false;
            Builder node = new Builder(cand);
            place(node, stack, roots);
            if (!cand.runIn().isEmpty()) {
                node.blocks.add(new Paragraph(
                        cand.runIn(), cand.paragraph().style(), cand.paragraph().line()));
            }
            if (cand.title().isEmpty()) {
                i = takeTitle(node, blocks, i);
            }
        }
        int signature = 0;
        while (signature < closing.size() && !startsSignature(closing.get(signature))) {
            signature++;
        }
        return new SectionTree(
                preamble, roots.stream().map(b -> b.freeze(1, "", null)).toList(), closing, signature);
    }

    /**
     * The closing starts at "Trên đây là …", "Nơi nhận", an authority mark — as a paragraph, or as the first
     * cell of the two-column signature table (Nơi nhận | signer).
     */
    private boolean isClosing(Block b) {
        return opens(b, closing);
    }

    /**
     * Whether a block of the closing starts the signature block: "Nơi nhận", an authority mark (TM., KT., …)
     * — as a paragraph, or as the first cell of the two-column signature table (Nơi nhận | signer).
     */
    private boolean startsSignature(Block b) {
        return opens(b, signature);
    }

    private static boolean opens(Block b, Pattern opening) {
        if (b instanceof Paragraph p) {
            return opening.matcher(p.text().strip()).find();
        }
        if (b instanceof vn.baocao.read.Table t
                && !t.rows().isEmpty()
                && !t.rows().getFirst().isEmpty()) {
            return opening.matcher(t.rows().getFirst().getFirst().text().strip())
                    .find();
        }
        return false;
    }

    /** Places a new heading in the tree by the kinds open on the stack. */
    private static void place(Builder node, List<Builder> stack, List<Builder> roots) {
        NumberingKind k = node.kind;
        if (k == NumberingKind.APPENDIX) {
            stack.clear();
        } else if (k == NumberingKind.FORM) {
            while (!stack.isEmpty() && stack.getLast().kind != NumberingKind.APPENDIX) {
                stack.removeLast();
            }
        } else {
            int found = -1;
            for (int s = stack.size() - 1; s >= 0; s--) {
                Builder open = stack.get(s);
                if (open.kind == k && open.depth == node.depth) {
                    found = s;
                    break;
                }
                if (open.kind == NumberingKind.APPENDIX || open.kind == NumberingKind.FORM) {
                    break;
                }
            }
            if (found >= 0) {
                while (stack.size() > found) {
                    stack.removeLast();
                }
            }
        }
        if (stack.isEmpty()) {
            roots.add(node);
        } else {
            stack.getLast().children.add(node);
        }
        stack.add(node);
    }

    /**
     * An appendix or form heading without title text takes it from the next paragraph(s): for an
     * appendix the following upper-case lines, for a form the next short line.
     */
    private int takeTitle(Builder node, List<Block> blocks, int i) {
        String own = node.cand.paragraph().text().strip();
        List<String> lines = own.lines().toList();
        if (lines.size() > 1) {
            node.title = trimTitle(lines.get(1));
            return i;
        }
        List<String> parts = new ArrayList<>();
        int k = i + 1;
        while (k < blocks.size() && blocks.get(k) instanceof Paragraph p) {
            String t = p.text().strip();
            if (t.isEmpty() || appendix.matcher(t).matches() || form.matcher(t).matches()) {
                break;
            }
            boolean upper = VietnameseText.isUpperCaseText(t);
            if (node.kind == NumberingKind.APPENDIX ? !upper : parts.size() == 1 || t.length() > MAX_TITLE) {
                break;
            }
            parts.add(VietnameseText.collapseSpaces(t));
            k++;
        }
        node.title = String.join(" ", parts);
        return k - 1;
    }

    private static final class Builder {
        final Candidate cand;
        final NumberingKind kind;
        final int depth;
        String title;
        final List<Block> blocks = new ArrayList<>();
        final List<Builder> children = new ArrayList<>();

        Builder(Candidate cand) {
            this.cand = cand;
            this.kind = cand.kind();
            this.depth = cand.depth();
            this.title = cand.title();
        }

        Section freeze(int level, String parentPath, String parentNumber) {
            String path;
            if (parentPath.isEmpty()) {
                path = cand.number();
            } else if (kind == NumberingKind.DOTTED
                    && parentNumber != null
                    && cand.number().startsWith(parentNumber + ".")) {
                // "2.1" under "2" (or under "II.2"): the number carries its parent's, which the path has already
                path = parentPath.substring(0, parentPath.length() - parentNumber.length()) + cand.number();
            } else {
                path = parentPath + "." + cand.number();
            }
            List<Section> kids = children.stream()
                    .map(c -> c.freeze(level + 1, path, cand.number()))
                    .toList();
            return new Section(
                    cand.number(), title, kind, level, path, cand.paragraph().line(), blocks, kids);
        }
    }
}
