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
import vn.baocao.structure.SectionTree;

/**
 * Reads a report's own metadata from its header, title block, opening paragraph and closing
 * (signature block and "Nơi nhận"), following the layout rules of Nghị định 30/2020/NĐ-CP.
 */
public final class MetadataExtractor {

    /** Administrative levels, longest first so that "thành phố" wins over shorter words. */
    public static final List<String> LEVELS = List.of("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận",
            "phường", "xã");
    private static final String LEVEL_RE = "(?iu:thành phố|thị trấn|thị xã|tỉnh|huyện|quận|phường|xã|tp\\.?)";
    private static final String NAME_RE = "((?:\\p{Lu}[\\p{L}]*|\\d{1,3})(?:[ \\t]+(?:\\p{Lu}[\\p{L}]*|\\d{1,3}))*)";
    private static final Pattern UBND = Pattern.compile(
            "(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|U[ỶỦ] BAN NHÂN DÂN)"
                    + "(?:\\s*\\((?:UBND)\\))?\\s+" + "(" + LEVEL_RE + ")\\s+" + NAME_RE);
    private static final Pattern SO = Pattern.compile(
            "^\\s*Số\\s*[:.]?\\s*([0-9]*)\\s*([/-])\\s*([\\p{L}][\\p{L}0-9&]*(?:\\s*-\\s*[\\p{L}0-9&]+)*)",
            Pattern.UNICODE_CASE);
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*([^,\\n]{2,60}?)\\s*,\\s*ngày\\s*(\\d{1,2}|[.…_\\s]*?)\\s*tháng\\s*(\\d{1,2}|[.…_\\s]*?)\\s*năm\\s*((?:19|20)\\d{2})",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOC_TITLE_WORD = Pattern.compile("^(BÁO CÁO|BÁO CÁO TÓM TẮT)\\s*$");
    private static final Pattern DRAFT = Pattern.compile("^\\(?\\s*D[ỰU] TH[ẢA]O\\s*\\)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile(
            "(?iu:quý)\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:\\s*(?:năm|/|-)\\s*((?:19|20)\\d{2}))?");
    private static final Pattern HALF = Pattern.compile(
            "(?iu:(?:06|6|sáu)\\s+tháng)(?:\\s+(?:đầu\\s+năm|đầu năm))?(?:\\s*(?:năm|/)?\\s*((?:19|20)\\d{2}))?");
    private static final Pattern NINE = Pattern.compile(
            "(?iu:(?:09|9|chín)\\s+tháng)(?:\\s+(?:đầu\\s+năm))?(?:\\s*(?:năm|/)?\\s*((?:19|20)\\d{2}))?");
    private static final Pattern MONTH = Pattern.compile("(?iu:tháng)\\s+(\\d{1,2})\\s*(?:năm|/)\\s*((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?iu:năm)\\s+((?:19|20)\\d{2})(?![\\d–-])");
    private static final Pattern SIGN_MARK = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*(.*)$");
    private static final Pattern SIGN_TITLE = Pattern.compile(
            "^(PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|PHÓ TRƯỞNG PHÒNG|TRƯỞNG PHÒNG"
                    + "|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|BÍ THƯ|PHÓ BÍ THƯ|THỦ TRƯỞNG|[\\p{Lu} ]{4,40})$");
    private static final Pattern PERSON = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Ll}]*|\\p{Lu}+)(?:\\s+(?:\\p{Lu}[\\p{Ll}]*|\\p{Lu}+)){1,5}$");
    private static final Pattern RECIPIENTS = Pattern.compile("^N[ơo]i\\s+nh[ậa]n\\s*:?\\s*(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

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
        String docType = null;
        for (Paragraph p : head) {
            Matcher m = SO.matcher(p.text());
            if (m.find()) {
                String kyHieu = m.group(3).replaceAll("\\s+", "");
                symbol = m.group(1) + "/" + kyHieu;
                docType = kyHieu.split("-")[0];
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
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text().strip();
            List<String> lines = t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.stream().anyMatch(l -> DRAFT.matcher(l).matches())) {
                draft = true;
            }
            int titleWord = indexOfTitleWord(lines);
            if (title == null && titleWord >= 0) {
                if (docType == null) {
                    docType = "BC";
                }
                if (titleWord + 1 < lines.size()) {
                    title = String.join(" ", lines.subList(titleWord + 1, lines.size()));
                } else if (i + 1 < head.size()) {
                    title = String.join(" ", head.get(i + 1).text().strip().lines().map(String::strip).toList());
                }
            }
        }
        if (title != null) {
            title = VietnameseText.collapseSpaces(title);
        }

        String issuer = null;
        String level = null;
        Issuer found = findIssuer(head, closing);
        if (found == null && place != null) {
            found = namelessIssuerAt(head, place);
        }
        if (found != null) {
            issuer = found.name();
            level = found.level();
        }

        Period period = period(title, head, date);

        Signature sig = signature(closing);
        List<String> recipients = recipients(closing);
        return new ReportMetadata(docType, symbol, issuer, level, place, date, period, title, draft,
                sig.name, sig.title, sig.mark, recipients);
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

    private static int indexOfTitleWord(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            if (DOC_TITLE_WORD.matcher(lines.get(k)).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** An issuing body found in the text. */
    record Issuer(String name, String level) {
    }

    /**
     * The issuing UBND, by the strength of where it is stated: the header, the closing sentence
     * ("Trên đây là báo cáo … của UBND X"), the reporting sentence ("UBND X báo cáo"), any UBND in
     * the opening paragraph.
     */
    static Issuer findIssuer(List<Paragraph> head, List<Paragraph> closing) {
        Issuer best = null;
        int bestScore = 0;
        int headIndex = 0;
        boolean beforeTitle = true;
        for (Paragraph p : head) {
            String t = p.text();
            if (DOC_TITLE_WORD.matcher(t.strip().lines().findFirst().orElse("")).matches()) {
                beforeTitle = false;
            }
            Matcher m = UBND.matcher(t.replace('\n', ' '));
            while (m.find()) {
                String after = t.replace('\n', ' ').substring(m.end());
                int score = beforeTitle ? 50 : 10;
                if (after.matches("(?s)^\\s*(?:đã\\s+)?(?:xin\\s+)?báo cáo.*")) {
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
            if (!t.strip().startsWith("Trên đây")) {
                continue;
            }
            Matcher m = UBND.matcher(t);
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

    private static final Pattern UBND_NAMELESS = Pattern.compile(
            "(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\\s*\\(UBND\\))?\\s+(" + LEVEL_RE + ")(?!\\s+\\p{Lu})");

    /**
     * "UBND phường báo cáo …" names the level but not the unit; the date line's place then names it:
     * "UBND phường" + "Hòa Thuận".
     */
    private static Issuer namelessIssuerAt(List<Paragraph> head, String place) {
        for (Paragraph p : head) {
            Matcher m = UBND_NAMELESS.matcher(p.text().replace('\n', ' '));
            if (m.find()) {
                String level = m.group(1).toLowerCase(Locale.ROOT);
                level = level.startsWith("tp") ? "thành phố" : level;
                String name = place.replaceFirst("(?iu)^(" + LEVEL_RE + ")\\s+(?=\\S)", "");
                return new Issuer("UBND " + level + " " + name, level);
            }
        }
        return null;
    }

    private static Issuer issuer(Matcher m) {
        String level = m.group(1).toLowerCase(Locale.ROOT);
        if (level.startsWith("tp")) {
            level = "thành phố";
        }
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
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0))).append(w.substring(Character.charCount(w.codePointAt(0))));
            }
        }
        return sb.toString();
    }

    private static Period period(String title, List<Paragraph> head, String date) {
        Integer dateYear = date == null ? null : Integer.valueOf(date.substring(0, 4));
        List<String> sources = new ArrayList<>();
        if (title != null) {
            sources.add(title);
        }
        for (Paragraph p : head) {
            sources.add(p.text());
        }
        for (String s : sources) {
            Period p = periodIn(s);
            if (p != null) {
                return p.year() == null ? p.withYear(dateYear) : p;
            }
        }
        return dateYear == null ? null : Period.of(Period.Kind.OTHER, dateYear);
    }

    /** The period a text names, or null: quý, 6 tháng, 9 tháng, tháng, năm (in that priority). */
    public static Period periodIn(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = QUARTER.matcher(s);
        if (m.find()) {
            Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : yearIn(s);
            return Period.quarter(quarterNumber(m.group(1)), y);
        }
        m = HALF.matcher(s);
        if (m.find()) {
            return Period.of(Period.Kind.HALF, m.group(1) != null ? Integer.valueOf(m.group(1)) : yearIn(s));
        }
        m = NINE.matcher(s);
        if (m.find()) {
            return Period.of(Period.Kind.NINE_MONTHS, m.group(1) != null ? Integer.valueOf(m.group(1)) : yearIn(s));
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return new Period(Period.Kind.MONTH, month, Integer.valueOf(m.group(2)));
            }
        }
        Integer y = yearIn(s);
        return y == null ? null : Period.of(Period.Kind.YEAR, y);
    }

    private static Integer yearIn(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static int quarterNumber(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    private record Signature(String mark, String title, String name) {
    }

    /**
     * The signature block: an authority mark line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's
     * title line, then (possibly after the recipients list) the signer's name.
     */
    private static Signature signature(List<Paragraph> closing) {
        String mark = null;
        String title = null;
        String name = null;
        boolean afterTitle = false;
        List<String> lines = closing.stream()
                .flatMap(p -> p.text().strip().lines().map(String::strip).filter(l -> !l.isEmpty())).toList();
        {
            for (int k = 0; k < lines.size(); k++) {
                String l = lines.get(k);
                if (mark == null) {
                    Matcher m = SIGN_MARK.matcher(l);
                    if (m.matches() && VietnameseText.isUpperCaseText(m.group(2).isEmpty() ? "X" : m.group(2))) {
                        mark = VietnameseText.collapseSpaces(l);
                        if (k + 1 < lines.size() && SIGN_TITLE.matcher(lines.get(k + 1)).matches()) {
                            title = VietnameseText.collapseSpaces(lines.get(k + 1));
                            k++;
                        } else {
                            title = VietnameseText.collapseSpaces(m.group(2));
                        }
                        afterTitle = true;
                        continue;
                    }
                    if (title == null && SIGN_TITLE.matcher(l).matches() && l.contains("CHỦ TỊCH")) {
                        title = VietnameseText.collapseSpaces(l);
                        afterTitle = true;
                        continue;
                    }
                }
                if (afterTitle && name == null && isPersonName(l)) {
                    name = VietnameseText.collapseSpaces(l);
                }
            }
        }
        return new Signature(mark, title, name);
    }

    private static boolean isPersonName(String l) {
        String s = l.replaceAll("[*_]", "").strip();
        if (!PERSON.matcher(s).matches() || s.startsWith("Nơi") || s.startsWith("Lưu")) {
            return false;
        }
        String fold = VietnameseText.fold(s);
        return !fold.contains("uy ban") && !fold.contains("chu tich") && !fold.startsWith("noi nhan")
                && !fold.contains("ubnd");
    }

    /** Items under "Nơi nhận": lines starting with "-" or "+", leading dash and trailing ";,." removed. */
    private static List<String> recipients(List<Paragraph> closing) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Paragraph p : closing) {
            String text = p.text().strip();
            Matcher m = RECIPIENTS.matcher(text);
            List<String> lines;
            if (!in && m.matches()) {
                in = true;
                lines = m.group(1).lines().toList();
            } else if (in) {
                lines = text.lines().toList();
            } else {
                continue;
            }
            boolean any = false;
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("-") || l.startsWith("+") || l.startsWith("•")) {
                    String item = l.substring(1).strip().replaceAll("[;,.]+$", "").strip();
                    if (!item.isEmpty()) {
                        out.add(item);
                        any = true;
                    }
                } else if (!out.isEmpty()) {
                    return out;
                }
            }
            if (in && !any && !out.isEmpty()) {
                return out;
            }
        }
        return out;
    }
}
