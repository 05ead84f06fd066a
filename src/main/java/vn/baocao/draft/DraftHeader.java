package vn.baocao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Paragraph;

/**
 * The draft's header read from the base report: the issuing body's lines, the symbol, the trích yếu with the new
 * period (over the lines the base broke it into), and where the opening paragraphs start after the title block.
 */
final class DraftHeader {

    private DraftHeader() {}

    /** The header of the draft: the base's issuing body, symbol, place, signer and recipients; its trích yếu rolled. */
    static ReportDraft.Header of(Extraction base, PeriodRollForward roll) {
        ReportMetadata md = base.metadata();
        String subject = subject(md.title(), titleLines(base), roll);
        return new ReportDraft.Header(
                parentBody(md),
                body(md),
                symbol(md.symbol()),
                md.place() == null ? "……" : md.place(),
                subject,
                md.signerMark(),
                md.signerTitle(),
                md.signer(),
                md.recipients());
    }

    /** The trích yếu with the new period; the period is appended when the base's title names none. */
    static String subject(String title, PeriodRollForward roll) {
        return subject(title, List.of(), roll);
    }

    /**
     * The trích yếu with the new period, every line of it rolled (its own period and the next one: "… năm 2025 và" /
     * "phương hướng, nhiệm vụ năm 2026 …" → "… quý I năm 2026 và" / "phương hướng, nhiệm vụ quý II năm 2026 …"), its
     * lines joined by "\n" as the base broke them; the period is appended when the base's title names none.
     *
     * @param lines the title's lines as the base printed them (paragraphs of the title block), or empty
     */
    static String subject(String title, List<String> lines, PeriodRollForward roll) {
        String label = roll.target().label();
        if (title == null || title.isBlank()) {
            return "Công tác cải cách hành chính " + label;
        }
        String t = VietnameseText.collapseSpaces(title);
        List<String> parts = lines.size() > 1
                ? lines.stream().map(VietnameseText::collapseSpaces).toList()
                : List.of(t);
        List<String> rolled = parts.stream().map(roll::roll).toList();
        if (rolled.equals(parts)) {
            return t + " " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return String.join("\n", rolled);
    }

    /** The preamble paragraphs that are lines of the title (a trích yếu printed over several lines), in order. */
    static List<String> titleLines(Extraction x) {
        List<String> out = new ArrayList<>();
        String title = x.metadata().title() == null
                ? ""
                : VietnameseText.matchKey(
                        VietnameseText.collapseSpaces(x.metadata().title()));
        for (Block b : x.tree().preamble()) {
            String t = VietnameseText.matchKey(VietnameseText.collapseSpaces(b.text()));
            if (b instanceof Paragraph && isTitleLine(t, title)) {
                out.add(VietnameseText.collapseSpaces(b.text()));
            }
        }
        return out;
    }

    /** A line of the title block: a part of the title (not the whole "BÁO CÁO" line, not blank). */
    private static boolean isTitleLine(String line, String title) {
        return !title.isEmpty() && line.length() >= 8 && title.contains(line);
    }

    /** The preamble blocks after the title block (the opening paragraphs). */
    static List<Block> openingBlocks(Extraction x, DraftCues cues) {
        List<Block> pre = x.tree().preamble();
        String title = x.metadata().title() == null
                ? null
                : VietnameseText.matchKey(
                        VietnameseText.collapseSpaces(x.metadata().title()));
        int last = -1;
        for (int i = 0; i < pre.size(); i++) {
            String t = VietnameseText.matchKey(
                    VietnameseText.collapseSpaces(pre.get(i).text()));
            if (cues.ownTitle.matcher(t).find()
                    || title != null && !title.isEmpty() && (t.contains(title) || isTitleLine(t, title))) {
                last = i;
            }
        }
        if (last >= 0) {
            return pre.subList(last + 1, pre.size());
        }
        return pre.stream()
                .filter(b ->
                        b instanceof Paragraph && b.text().length() > 60 && !VietnameseText.isUpperCaseText(b.text()))
                .toList();
    }

    /**
     * The upper line of the issuing body: the parent body the base report was issued under ("UBND TỈNH LÂM ĐỒNG"
     * above a Sở or a Ban Chỉ đạo); for a people's committee without one, "ỦY BAN NHÂN DÂN"; else "".
     */
    private static String parentBody(vn.baocao.extract.ReportMetadata md) {
        if (md.issuerParent() != null && !md.issuerParent().isBlank()) {
            return md.issuerParent().toUpperCase(Locale.ROOT);
        }
        return md.issuer() != null && md.issuer().startsWith("UBND ") ? "ỦY BAN NHÂN DÂN" : "";
    }

    /**
     * The issuing body's own line: "UBND phường Hòa Thuận" → "PHƯỜNG HÒA THUẬN"; under a parent body its name
     * without the locality it shares with the parent ("Sở Nội vụ tỉnh Lâm Đồng" → "SỞ NỘI VỤ").
     */
    private static String body(vn.baocao.extract.ReportMetadata md) {
        String issuer = md.issuer();
        if (issuer == null || issuer.isBlank()) {
            return "……………";
        }
        String b = issuer.startsWith("UBND ") && md.issuerParent() == null ? issuer.substring(5) : issuer;
        String parent = md.issuerParent();
        if (parent != null) {
            int space = parent.indexOf(' ');
            String locality = space > 0 ? parent.substring(space) : "";
            if (!locality.isBlank() && b.endsWith(locality)) {
                b = b.substring(0, b.length() - locality.length());
            }
        }
        return b.strip().toUpperCase(Locale.ROOT);
    }

    /** "/BC-UBND", "12/BC-UBND" → "BC-UBND". */
    private static String symbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return "BC-UBND";
        }
        int slash = symbol.indexOf('/');
        return slash >= 0 ? symbol.substring(slash + 1) : symbol;
    }
}
