package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Paragraph;
import vn.baocao.read.ReportDocument;
import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.SectionTree;

/**
 * Reads a report's own metadata from its header, title block, opening paragraph and closing
 * (signature block and "Nơi nhận"), following the layout rules of Nghị định 30/2020/NĐ-CP.
 */
public final class MetadataExtractor {

    private final Issuers issuers;
    private final DocumentTypes types;
    private final ClosingBlock closingBlock;

    public MetadataExtractor(RuleSet rules) {
        this.issuers = new Issuers(rules);
        this.types = new DocumentTypes(rules);
        String level = issuers.levelPattern();
        // the people's committee (issuer-kinds.tsv, kind UBND) as written and in the header's capitals
        List<String> written = issuers.spellings(UBND);
        java.util.LinkedHashSet<String> headed = new java.util.LinkedHashSet<>(written);
        written.forEach(w -> headed.add(w.toUpperCase(Locale.ROOT)));
        this.ubnd = Pattern.compile(
                LiteralAlternation.exact(headed) + "(?:\\s*\\((?:UBND)\\))?\\s+" + "(" + level + ")\\s+" + NAME_RE);
        this.ubndNameless = Pattern.compile(
                LiteralAlternation.exact(written) + "(?:\\s*\\(UBND\\))?\\s+(" + level + ")(?!\\s+\\p{Lu})");
        this.levelFirst = Pattern.compile("^(" + level + ")\\s+(?=\\S)");
        // the layout patterns
        LayoutCues cues = rules.layoutCues();
        docTitleWord = cues.pattern("^(", "own-title", ")\\s*$", 0);
        mottoLine = cues.pattern("^\\s*", "motto", "", Pattern.CASE_INSENSITIVE);
        bodyOpening = cues.pattern("^\\s*", "body-opening", "\\b", Pattern.UNICODE_CASE);
        draftInFurniture = cues.pattern(
                "(?<!\\p{L})", "draft-mark", "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        draftMark = cues.pattern("^\\(?\\s*", "draft-mark", "\\s*\\)?$", Pattern.CASE_INSENSITIVE);
        periodNote = cues.pattern("^\\(?\\s*", "period-note", "", 0);
        titleOpenEnd = cues.pattern(" ", "title-open-end", "$", 0);
        reportVerb = cues.pattern("(?s)^\\s*", "report-verb", ".*", 0);
        closingStart = cues.pattern("", "closing-start", "", 0);
        symbolLine = cues.pattern(
                "(?m)^\\s*",
                "symbol-label",
                "\\s*[:.]?\\s*([0-9]*)\\s*([/-])\\s*([\\p{L}][\\p{L}0-9&]*(?:\\s*-\\s*[\\p{L}0-9&]+)*)",
                Pattern.UNICODE_CASE);
        closingBlock = new ClosingBlock(cues);
    }

    /** The kind of the people's committee in {@value Issuers#KINDS_FILE}. */
    private static final String UBND = "UBND";

    private static final String NAME_RE = "((?:\\p{Lu}[\\p{L}]*|\\d{1,3})(?:[ \\t]+(?:\\p{Lu}[\\p{L}]*|\\d{1,3}))*)";
    /** A UBND named with its level and place ("UBND phường Hòa Thuận"); levels from administrative-levels.tsv. */
    private final Pattern ubnd;
    /** "UBND phường báo cáo …": the level without the name. */
    private final Pattern ubndNameless;
    /** A place name opening with its level ("phường Hòa Thuận"). */
    private final Pattern levelFirst;
    /** The header's "Số: 12/BC-UBND" line: the {@code symbol-label}, then number and ký hiệu. */
    private final Pattern symbolLine;
    /** The header's "<place>, ngày … tháng … năm …" line: the place, then a {@link VietnameseDates#SPELLED} date. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*([^,\\n]{2,60}?)\\s*,\\s*" + VietnameseDates.SPELLED.pattern(),
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Pattern docTitleWord;
    /** The trích yếu of a công văn: "V/v báo cáo …" (Nghị định 30/2020, under the số, ký hiệu). */
    private static final Pattern CONG_VAN_SUBJECT = Pattern.compile("^\\s*V/v\\.?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** The Quốc hiệu line, which opens the right column of the header. */
    private final Pattern mottoLine;
    /** A paragraph that opens the body rather than continuing a title. */
    private final Pattern bodyOpening;

    private final Pattern draftInFurniture;
    private final Pattern draftMark;
    /** "(Kỳ báo cáo: …)" under the title: not part of it. */
    private final Pattern periodNote;
    /** A title line ending mid-phrase ("… năm 2025 và"): the title goes on. */
    private final Pattern titleOpenEnd;
    /** What follows a UBND named in the reporting sentence ("UBND phường Hòa Thuận báo cáo …"). */
    private final Pattern reportVerb;
    /** The closing sentence, which may name the issuer ("Trên đây là báo cáo … của UBND X"). */
    private final Pattern closingStart;

    public ReportMetadata extract(ReportDocument doc, SectionTree tree) {
        List<Paragraph> all = doc.paragraphs();
        List<Paragraph> head = paragraphs(tree.preamble());
        if (head.isEmpty()) {
            head = all.subList(0, Math.min(12, all.size()));
        }
        List<Paragraph> closing = paragraphs(tree.closing());
        if (closing.isEmpty()) {
            closing = all.subList(Math.max(0, all.size() - 25), all.size());
        }

        String symbol = null;
        String code = null;
        for (Paragraph p : head) {
            Matcher m = symbolLine.matcher(p.text());
            if (m.find()) {
                String kyHieu = m.group(3).replaceAll("\\s+", "");
                symbol = m.group(1) + "/" + kyHieu;
                code = kyHieu.split("-")[0];
                break;
            }
        }

        String place = null;
        String date = null;
        for (Paragraph p : head) {
            Matcher m = DATE_LINE.matcher(p.text());
            if (m.find()) {
                place = VietnameseText.collapseSpaces(m.group(1));
                date = VietnameseDates.iso(m.group(2), m.group(3), m.group(4));
                break;
            }
        }

        boolean draft = false;
        String title = null;
        String titleType = null;
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text().strip();
            List<String> lines =
                    t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.stream().anyMatch(l -> draftMark.matcher(l).matches())) {
                draft = true;
            }
            int titleWord = indexOfTitleWord(lines);
            if (title == null && titleWord >= 0) {
                titleType = "BC";
                List<String> parts = new ArrayList<>(lines.subList(titleWord + 1, lines.size()));
                for (int k = i + 1; k < head.size() && parts.isEmpty() | continuesTitle(head.get(k), parts); k++) {
                    parts.addAll(head.get(k)
                            .text()
                            .strip()
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList());
                }
                title = parts.isEmpty() ? null : String.join(" ", parts);
            }
        }
        if (!draft) {
            // a mark in the running header or a shape anchored there (page furniture)
            draft = doc.furniture().stream()
                    .anyMatch(l -> draftInFurniture.matcher(l).find());
        }
        if (title == null) {
            title = congVanSubject(head);
            if (title != null) {
                titleType = "CV";
            }
        }
        if (title != null) {
            title = VietnameseText.collapseSpaces(title);
        }
        // the type the ký hiệu names, else the title's; a công văn's ký hiệu opens with the issuer's abbreviation,
        // not a type code (Nghị định 30/2020)
        String docType;
        if (code == null || "CV".equals(titleType)) {
            docType = titleType;
        } else if (types.byCode(code) != null) {
            docType = code;
        } else {
            docType = titleType != null ? titleType : "CV";
        }

        String issuer = null;
        String level = null;
        String parent = null;
        Issuers.Issuer header = issuers.fromHeader(headerLines(head), () -> fullText(all));
        if (header != null) {
            issuer = header.name();
            level = header.level();
            parent = header.parent();
        } else {
            Issuer found = findIssuer(head, closing);
            if (found == null && place != null) {
                found = namelessIssuerAt(head, place);
            }
            if (found != null) {
                issuer = found.name();
                level = found.level();
            }
        }

        Period period = period(title, head, date);

        ClosingBlock.Signature sig = closingBlock.signature(closing);
        List<String> recipients = closingBlock.recipients(closing);
        return new ReportMetadata(
                docType,
                symbol,
                issuer,
                level,
                place,
                date,
                period,
                title,
                draft,
                sig.name(),
                sig.title(),
                sig.mark(),
                recipients,
                parent);
    }

    /**
     * The paragraphs of a block list, with the cells of tables read as paragraphs too, column by column:
     * the two-column header of Nghị định 30/2020 (issuing body | Quốc hiệu; Số | place and date) is often
     * a table.
     */
    private static List<Paragraph> paragraphs(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p);
            } else if (b instanceof vn.baocao.read.Table t) {
                for (int col = 0; col < t.columnCount(); col++) {
                    for (List<vn.baocao.read.Cell> row : t.rows()) {
                        if (col < row.size() && !row.get(col).isEmpty()) {
                            out.add(new Paragraph(row.get(col).text(), vn.baocao.read.Style.PLAIN, t.line()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a paragraph after the title's first line continues the title: styled like it (bold or
     * centred), short, not a numbered heading nor the body's opening; or, without style hints, when the
     * title so far ends mid-phrase ("… năm 2025 và").
     */
    private boolean continuesTitle(Paragraph p, List<String> sofar) {
        String t = p.text().strip();
        if (t.isEmpty()
                || t.length() > 250
                || bodyOpening.matcher(t).find()
                || t.matches("(?s)^[IVX\\d]+[.)].*")
                || draftMark.matcher(t).matches()
                || periodNote.matcher(t).lookingAt()) {
            return false;
        }
        boolean styled = p.style().bold() || p.style().alignment() == vn.baocao.read.Alignment.CENTER;
        String last = sofar.isEmpty() ? "" : sofar.getLast();
        boolean open = last.endsWith(",")
                || titleOpenEnd.matcher(last).find()
                || last.endsWith("-")
                || !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
        return styled || open;
    }

    /** The trích yếu of a công văn: the "V/v …" line and its continuation lines in the header. */
    private static String congVanSubject(List<Paragraph> head) {
        for (Paragraph p : head) {
            List<String> lines = p.text().strip().lines().map(String::strip).toList();
            for (int k = 0; k < lines.size(); k++) {
                Matcher m = CONG_VAN_SUBJECT.matcher(lines.get(k));
                if (m.matches()) {
                    List<String> parts = new ArrayList<>(List.of(m.group(1)));
                    for (int j = k + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                        parts.add(lines.get(j));
                    }
                    return String.join(" ", parts);
                }
            }
        }
        return null;
    }

    /**
     * The upper-case lines of the header's left column above "Số:": the parent body and the issuing body
     * (in a header table the left cells come first; in running text the lines before the motto).
     */
    private List<String> headerLines(List<Paragraph> head) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : head) {
            for (String line : p.text().strip().lines().map(String::strip).toList()) {
                if (symbolLine.matcher(line).find()
                        || mottoLine.matcher(line).find()
                        || docTitleWord.matcher(line).matches()
                        || DATE_LINE.matcher(line).find()) {
                    return out;
                }
                if (!line.isEmpty() && VietnameseText.isUpperCaseText(line)) {
                    out.add(line);
                } else if (!line.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }

    private static String fullText(List<Paragraph> all) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : all) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    private int indexOfTitleWord(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            if (docTitleWord.matcher(lines.get(k)).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** An issuing body found in the text. */
    record Issuer(String name, String level) {}

    /**
     * The issuing UBND, by the strength of where it is stated: the header, the closing sentence
     * ("Trên đây là báo cáo … của UBND X"), the reporting sentence ("UBND X báo cáo"), any UBND in
     * the opening paragraph.
     */
    Issuer findIssuer(List<Paragraph> head, List<Paragraph> closing) {
        Issuer best = null;
        int bestScore = 0;
        int headIndex = 0;
        boolean beforeTitle = true;
        for (Paragraph p : head) {
            String t = p.text();
            if (docTitleWord.matcher(t.strip().lines().findFirst().orElse("")).matches()) {
                beforeTitle = false;
            }
            Matcher m = ubnd.matcher(t.replace('\n', ' '));
            while (m.find()) {
                String after = t.replace('\n', ' ').substring(m.end());
                int score = beforeTitle ? 50 : 10;
                if (reportVerb.matcher(after).matches()) {
                    score = 40;
                }
                // in the header the issuing body is the last one named (under its parent body)
                if (score > bestScore || beforeTitle && score == bestScore) {
                    bestScore = score;
                    best = issuer(m);
                }
            }
            headIndex++;
        }
        for (Paragraph p : closing) {
            String t = p.text().replace('\n', ' ');
            if (!closingStart.matcher(t.strip()).lookingAt()) {
                continue;
            }
            Matcher m = ubnd.matcher(t);
            Issuer last = null;
            while (m.find()) {
                last = issuer(m);
            }
            if (last != null && 45 > bestScore) {
                bestScore = 45;
                best = last;
            }
        }
        return best;
    }

    /**
     * "UBND phường báo cáo …" names the level but not the unit; the date line's place then names it:
     * "UBND phường" + "Hòa Thuận".
     */
    private Issuer namelessIssuerAt(List<Paragraph> head, String place) {
        for (Paragraph p : head) {
            Matcher m = ubndNameless.matcher(p.text().replace('\n', ' '));
            if (m.find()) {
                String level = issuers.level(m.group(1));
                String name = levelFirst.matcher(place).replaceFirst("");
                return new Issuer("UBND " + level + " " + name, level);
            }
        }
        return null;
    }

    private Issuer issuer(Matcher m) {
        String level = issuers.level(m.group(1));
        String name = m.group(2).strip();
        if (VietnameseText.isUpperCaseText(name)) {
            name = titleCase(name);
        }
        // trailing words that are not part of a name ("UBND phường Hòa Thuận Báo cáo" is unusual; keep)
        return new Issuer("UBND " + level + " " + name, level);
    }

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (!w.isEmpty()) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)))
                        .append(w.substring(Character.charCount(w.codePointAt(0))));
            }
        }
        return sb.toString();
    }

    /**
     * The period the title names; a title that names none is a report with no standard period (kind
     * {@code other}, the year of its date). Without a title, the first period the header and opening name.
     */
    private static Period period(String title, List<Paragraph> head, String date) {
        Integer dateYear = date == null ? null : Integer.valueOf(date.substring(0, 4));
        Period p = PeriodGrammar.reported(title);
        if (p == null && title == null) {
            for (Paragraph h : head) {
                p = PeriodGrammar.reported(h.text());
                if (p != null) {
                    break;
                }
            }
        }
        if (p != null) {
            return p.year() == null ? p.withYear(dateYear) : p;
        }
        return dateYear == null ? null : Period.of(Period.Kind.OTHER, dateYear);
    }

    /** The period a text names, or null ({@link PeriodGrammar#reported}). */
    public static Period periodIn(String s) {
        return PeriodGrammar.reported(s);
    }
}
