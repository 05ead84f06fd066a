package vn.baocao.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.draft.ReportDraft.Carry;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;

/**
 * Builds the draft of the next report from a base report (and, when there is one, the same period a year before):
 * the header ({@link DraftHeader}), the carried sections ({@link DraftCarrier}) with their checklists and plan tasks
 * due ({@link DraftTasks}), the plans cited, the sections of last year's report the base lacks.
 */
public final class DraftBuilder {

    /** Title of the block of plan tasks due in the new period, under a result section. */
    public static final String DUE_TITLE = "Nhiệm vụ theo kế hoạch đến hạn trong kỳ";
    /** Title of the checklist block under a result section. */
    public static final String CHECKLIST_TITLE = "Kết quả thực hiện nhiệm vụ đã đề ra kỳ trước";

    /** Footnote markers as the reader writes them (superscript digits). */
    static final Pattern SUPERSCRIPTS = Pattern.compile(Footnote.MARKER_DIGIT + "+");

    private final DraftCues cues;

    /** A builder that reads the base by the given rules' layout cues and stop syllables. */
    public DraftBuilder(RuleSet rules) {
        this.cues = DraftCues.of(rules);
    }

    /**
     * Builds the draft.
     *
     * @param base     the base report
     * @param lastYear the same period a year before the target, or null
     * @param target   the period to draft
     * @throws DraftException when the base has no period or the target is not after it
     */
    public ReportDraft build(Extraction base, Extraction lastYear, Period target) {
        return build(base, lastYear, List.of(), target);
    }

    /**
     * Builds the draft, with the tasks of the unit's plans due in the target period listed under the sections they
     * belong to.
     *
     * @param plans the unit's plans for the target's year (Kế hoạch …), or empty
     */
    public ReportDraft build(Extraction base, Extraction lastYear, List<Extraction> plans, Period target) {
        ReportMetadata md = base.metadata();
        Period from = md.period();
        if (from == null || from.endKey() == null) {
            throw new DraftException("Không xác định được kỳ báo cáo của báo cáo gốc "
                    + base.document().source() + ": không thể chuyển kỳ.");
        }
        if (target.endKey() == null || target.endKey() <= from.endKey()) {
            throw new DraftException("Kỳ " + target.label() + " không sau kỳ của báo cáo gốc (" + from.label() + ", "
                    + base.document().source() + "). Hãy chọn một kỳ sau kỳ đó.");
        }
        DraftCarrier c = new DraftCarrier(
                base,
                new PeriodRollForward(from, target, cues.roll),
                target.year() != null && from.year() != null && target.year() > from.year(),
                cues);
        DraftTasks tasks = new DraftTasks(cues);

        List<ReportDraft.Paragraph> preamble = new ArrayList<>();
        for (Block b : DraftHeader.openingBlocks(base, cues)) {
            if (b instanceof Paragraph p) {
                preamble.add(c.paragraph(p.text(), p.line(), "", "", false, Carry.ROLLED));
            }
        }
        List<Section> baseSections = base.tree().sections();
        List<ReportDraft.Section> sections = new ArrayList<>();
        Map<String, List<Commitment>> checklists = tasks.commitments(base, baseSections);
        Set<String> appendix = DraftTasks.appendixKeys(baseSections);
        Set<String> inForce = DraftTasks.directionsInForce(base, baseSections, from, target);
        Map<String, List<ReportDraft.PlanTask>> due = tasks.planTasks(base, baseSections, plans, target);
        for (Section s : baseSections) {
            String key = DraftTasks.key(s);
            sections.add(c.section(
                    s,
                    checklists.getOrDefault(key, List.of()),
                    due.getOrDefault(key, List.of()),
                    appendix.contains(key),
                    inForce.contains(key)));
        }
        List<ReportDraft.Paragraph> closing = new ArrayList<>();
        for (Block b : base.tree().closing()) {
            if (b instanceof Paragraph p
                    && cues.closing.matcher(VietnameseText.matchKey(p.text())).find()) {
                closing.add(c.paragraph(p.text(), p.line(), "", "", false, Carry.ROLLED));
            }
        }
        ReportDraft.Header header = DraftHeader.of(base, c.roll);
        List<ReportDraft.Section> seasonal = lastYear == null ? List.of() : seasonal(base, lastYear, target);
        return new ReportDraft(
                base.document().source(),
                c.label,
                from,
                target,
                header,
                preamble,
                sections,
                closing,
                plans(base, from, c.crossesYear),
                seasonal);
    }

    /** The plans (kế hoạch, chương trình) the base cites, once each, in order of first mention. */
    private static List<PlanReference> plans(Extraction x, Period from, boolean crossesYear) {
        Map<String, PlanReference> out = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        x.tree().sections().forEach(s -> titles.putIfAbsent(s.path(), s.title()));
        for (Reference r : x.references()) {
            if (!"KH".equals(r.type()) && !"CTr".equalsIgnoreCase(r.type())) {
                continue;
            }
            String symbol = r.canonical() != null ? r.canonical() : r.symbol() != null ? r.symbol() : r.text();
            String about = VietnameseText.matchKey(r.text() + " " + (r.subject() == null ? "" : r.subject()));
            boolean previousYear = crossesYear
                    && from.year() != null
                    && about.contains(Period.of(Period.Kind.YEAR, from.year()).label());
            String citation = VietnameseText.collapseSpaces(r.text())
                    + (r.issuer() == null ? "" : " của " + r.issuer())
                    + (r.subject() == null ? "" : " về " + VietnameseText.collapseSpaces(r.subject()));
            out.putIfAbsent(
                    symbol,
                    new PlanReference(
                            citation,
                            symbol,
                            previousYear,
                            new Source(
                                    Source.reportLabel(x.metadata()),
                                    r.section(),
                                    titles.getOrDefault(r.section(), ""),
                                    r.line())));
        }
        return List.copyOf(out.values());
    }

    /** Sections of the same period a year before whose titles the base does not have, rolled to the target. */
    private List<ReportDraft.Section> seasonal(Extraction base, Extraction lastYear, Period target) {
        Period p = lastYear.metadata().period();
        if (p == null || p.endKey() == null || target.endKey() == null || p.endKey() >= target.endKey()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        base.tree().sections().forEach(s -> known.add(VietnameseText.matchKey(s.title())));
        DraftCarrier c = new DraftCarrier(lastYear, new PeriodRollForward(p, target, cues.roll), true, cues);
        List<ReportDraft.Section> out = new ArrayList<>();
        for (Section s : lastYear.tree().sections()) {
            if (!known.contains(VietnameseText.matchKey(s.title()))
                    && s.kind() != NumberingKind.FORM
                    && s.kind() != NumberingKind.APPENDIX) {
                out.add(c.section(s, List.of(), List.of(), false, false));
            }
        }
        return out;
    }
}
