package vn.baocao.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.draft.ReportDraft.Carry;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Item;
import vn.baocao.draft.ReportDraft.Piece;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.draft.ReportDraft.StatisticsTable;
import vn.baocao.draft.ReportDraft.Text;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.Table;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;

/** Builds the draft of the next report from a base report (and, when there is one, the same period a year before). */
public final class DraftBuilder {

    /** Title of the block of plan tasks due in the new period, under a result section. */
    public static final String DUE_TITLE = "Nhiệm vụ theo kế hoạch đến hạn trong kỳ";
    /** Title of the checklist block under a result section. */
    public static final String CHECKLIST_TITLE = "Kết quả thực hiện nhiệm vụ đã đề ra kỳ trước";

    /** Footnote markers as the reader writes them (superscript digits). */
    static final Pattern SUPERSCRIPTS = Pattern.compile(vn.baocao.read.Footnote.MARKER_DIGIT + "+");
    private static final List<String> CUMULATIVE_CUES = List.of("từ đầu năm", "đầu năm đến nay", "lũy kế", "luỹ kế");
    /** Syllables too common in report headings to tell topics apart. */
    private static final Set<String> STOP_SYLLABLES = Set.of("công", "tác", "cải", "cách", "hành", "chính", "thực",
            "hiện", "kết", "quả", "về", "các", "và", "của", "trong", "tại", "tình", "uỷ", "ban", "nhân", "dân",
            "ubnd", "cchc", "địa", "phương", "tiếp", "tục", "nhiệm", "vụ", "việc", "đối", "với", "theo", "được", "có", "cho",
            "những", "đã", "để", "năm", "quý", "phường", "xã", "huyện", "tỉnh", "thành", "phố", "cấp", "đơn", "vị");
    /** Openings of standing text (the legal basis), in match form. */
    private static final List<String> STANDING_OPENINGS = List.of("căn cứ");
    /** The longest lead-in ("…:") counted as frame text. */
    private static final int FRAME_LENGTH = 240;
    private static final Pattern VALUE_HEADER = Pattern.compile(
            "số lượng|tỷ lệ|tỉ lệ|kết quả thực hiện|kết quả|giá trị|số liệu", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
            throw new DraftException("Không xác định được kỳ báo cáo của báo cáo gốc " + base.document().source()
                    + ": không thể chuyển kỳ.");
        }
        if (target.endKey() == null || target.endKey() <= from.endKey()) {
            throw new DraftException("Kỳ " + target.label() + " không sau kỳ của báo cáo gốc (" + from.label()
                    + ", " + base.document().source() + "). Hãy chọn một kỳ sau kỳ đó.");
        }
        Carrier c = new Carrier(base, new PeriodRollForward(from, target), target.year() != null
                && from.year() != null && target.year() > from.year());

        List<ReportDraft.Paragraph> preamble = new ArrayList<>();
        for (Block b : openingBlocks(base)) {
            if (b instanceof Paragraph p) {
                preamble.add(c.paragraph(p.text(), p.line(), "", "", false, Carry.ROLLED));
            }
        }
        List<Section> baseSections = base.tree().sections();
        List<ReportDraft.Section> sections = new ArrayList<>();
        Map<String, List<Commitment>> checklists = commitments(base, baseSections);
        Set<String> appendix = appendixKeys(baseSections);
        Set<String> inForce = directionsInForce(base, baseSections, from, target);
        Map<String, List<ReportDraft.PlanTask>> due = planTasks(base, baseSections, plans, target);
        for (Section s : baseSections) {
            sections.add(c.section(s, checklists.getOrDefault(key(s), List.of()), due.getOrDefault(key(s), List.of()),
                    appendix.contains(key(s)), inForce.contains(key(s))));
        }
        List<ReportDraft.Paragraph> closing = new ArrayList<>();
        for (Block b : base.tree().closing()) {
            if (b instanceof Paragraph p && VietnameseText.matchKey(p.text()).startsWith("trên đây")) {
                closing.add(c.paragraph(p.text(), p.line(), "", "", false, Carry.ROLLED));
            }
        }
        String subject = subject(md.title(), titleLines(base), c.roll);
        ReportDraft.Header header = new ReportDraft.Header(parentBody(md), body(md),
                symbol(md.symbol()), md.place() == null ? "……" : md.place(), subject, md.signerMark(),
                md.signerTitle(), md.signer(), md.recipients());
        List<ReportDraft.Section> seasonal = lastYear == null ? List.of() : seasonal(base, lastYear, target);
        return new ReportDraft(base.document().source(), c.label, from, target, header, preamble, sections, closing,
                plans(base, from, c.crossesYear), seasonal);
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
        List<String> parts = lines.size() > 1 ? lines.stream().map(VietnameseText::collapseSpaces).toList() : List.of(t);
        List<String> rolled = parts.stream().map(roll::roll).toList();
        if (rolled.equals(parts)) {
            return t + " " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return String.join("\n", rolled);
    }

    /** The preamble paragraphs that are lines of the title (a trích yếu printed over several lines), in order. */
    private static List<String> titleLines(Extraction x) {
        List<String> out = new ArrayList<>();
        String title = x.metadata().title() == null ? "" : VietnameseText.matchKey(VietnameseText.collapseSpaces(x.metadata().title()));
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

    /** Carries text of one report into the draft: period rolled, figures marked, sources kept. */
    private static final class Carrier {
        final Extraction x;
        final PeriodRollForward roll;
        final boolean crossesYear;
        final Map<Integer, List<Figure>> figures = new HashMap<>();
        final Map<Integer, List<Reference>> references = new HashMap<>();
        final Map<String, Footnote> footnotes = new LinkedHashMap<>();
        final Set<String> carriedNotes = new HashSet<>();
        /** The report as provenance names it (never its file path). */
        final String label;

        Carrier(Extraction x, PeriodRollForward roll, boolean crossesYear) {
            this.x = x;
            this.roll = roll;
            this.crossesYear = crossesYear;
            this.label = Source.reportLabel(x.metadata());
            for (Figure f : x.figures()) {
                if (f.start() >= 0) {
                    figures.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
                }
            }
            for (Reference r : x.references()) {
                references.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r);
            }
            for (Footnote f : x.document().footnotes()) {
                footnotes.put(f.marker(), f);
            }
        }

        /**
         * A section: heading rolled; each paragraph carried by the convention ({@link #carry}), its footnotes with it.
         *
         * @param inForce the section states directions still in force in the new period (standing text)
         */
        ReportDraft.Section section(Section s, List<Commitment> checklist, List<ReportDraft.PlanTask> due,
                                    boolean appendix, boolean inForce) {
            Source src = new Source(label, s.path(), s.title(), s.line());
            List<Item> body = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    Carry carry = carry(p.text(), inForce);
                    body.add(paragraph(p.text(), p.line(), s.path(), s.title(), false, carry));
                    for (Footnote f : notesOf(p.text())) {
                        body.add(paragraph(f.marker() + " " + f.text(), f.line(), s.path(), s.title(), true, carry));
                    }
                } else if (b instanceof Table t) {
                    body.add(table(t, new Source(label, s.path(), s.title(), t.line())));
                }
            }
            return new ReportDraft.Section(s.number(), roll.roll(heading(s)), s.level(), body, checklist, due, appendix, src);
        }

        private List<Footnote> notesOf(String text) {
            List<Footnote> out = new ArrayList<>();
            Matcher m = SUPERSCRIPTS.matcher(text);
            while (m.find()) {
                Footnote f = footnotes.get(m.group());
                if (f != null && carriedNotes.add(f.marker())) {
                    out.add(f);
                }
            }
            return out;
        }

        ReportDraft.Paragraph paragraph(String text, int line, String section, String title, boolean footnote,
                                        Carry carry) {
            Source src = new Source(label, section, title, line);
            String unit = footnote ? text.substring(text.indexOf(' ') + 1) : text;
            int shift = text.length() - unit.length();
            List<int[]> keep = new ArrayList<>();
            for (Reference r : references.getOrDefault(line, List.of())) {
                if (r.start() >= 0 && r.end() <= unit.length() && r.start() < r.end()) {
                    keep.add(new int[]{r.start() + shift, citationEnd(unit, r) + shift});
                }
            }
            // last period's narrative keeps its period words: it says what happened then, to be rewritten
            List<PeriodRollForward.Edit> edits = carry == Carry.ROLLED ? roll.edits(text, keep) : List.of();
            List<int[]> taken = new ArrayList<>(keep);
            edits.forEach(e -> taken.add(new int[]{e.start(), e.end()}));
            List<Figure> figs = new ArrayList<>();
            for (Figure f : figures.getOrDefault(line, List.of())) {
                int s = f.start() + shift;
                int e = f.end() + shift;
                if (s >= shift && e <= text.length() && s < e && !overlaps(taken, s, e)) {
                    figs.add(f);
                    taken.add(new int[]{s, e});
                }
            }
            figs.sort(Comparator.comparingInt(Figure::start));
            List<Piece> pieces = new ArrayList<>();
            int at = 0;
            int ei = 0;
            for (Figure f : figs) {
                int s = f.start() + shift;
                ei = appendRolled(text, at, s, edits, ei, pieces);
                boolean cumulative = cumulative(text, s);
                int e = f.end() + shift;
                while (e > s + 1 && vn.baocao.read.Footnote.MARKER_DIGITS.indexOf(text.charAt(e - 1)) >= 0) {
                    e--;   // a footnote marker after the figure ("14 sở, ngành¹²") stays text: it becomes the footnote
                }
                pieces.add(new FigureMark(text.substring(s, e), f.kind().json(), cumulative, cumulative && crossesYear, src));
                at = e;
            }
            appendRolled(text, at, text.length(), edits, ei, pieces);
            return new ReportDraft.Paragraph(pieces, footnote, carry, src);
        }

        /** Appends text[from, to) with the edits inside it applied; returns the index of the next edit. */
        private static int appendRolled(String text, int from, int to, List<PeriodRollForward.Edit> edits, int ei,
                                        List<Piece> pieces) {
            StringBuilder sb = new StringBuilder();
            int at = from;
            while (ei < edits.size() && edits.get(ei).start() < to) {
                PeriodRollForward.Edit e = edits.get(ei++);
                sb.append(text, at, e.start()).append(e.replacement());
                at = e.end();
            }
            sb.append(text, at, to);
            if (!sb.isEmpty()) {
                pieces.add(new Text(sb.toString()));
            }
            return ei;
        }

        StatisticsTable table(Table t, Source src) {
            List<List<String>> rows = new ArrayList<>();
            for (List<Cell> r : t.rows()) {
                rows.add(r.stream().map(cell -> roll.roll(cell.text())).toList());
            }
            int headerRows = 0;
            while (headerRows < rows.size() && !startsWithNumber(rows.get(headerRows))) {
                headerRows++;
            }
            if (headerRows == rows.size()) {
                headerRows = Math.min(1, rows.size());
            }
            int valueColumn = -1;
            int valueRow = -1;
            for (int r = headerRows - 1; r >= 0 && valueColumn < 0; r--) {
                List<String> row = rows.get(r);
                for (int i = 1; i < row.size(); i++) {
                    if (VALUE_HEADER.matcher(row.get(i)).find() && !row.get(i).toLowerCase(Locale.ROOT).contains("chỉ tiêu")) {
                        valueColumn = i;
                        valueRow = r;
                        break;
                    }
                }
            }
            if (valueColumn < 0) {
                return new StatisticsTable(rows, headerRows, -1, src);
            }
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = new ArrayList<>(rows.get(r));
                while (row.size() <= valueColumn) {
                    row.add("");
                }
                if (r == valueRow) {
                    row.set(valueColumn, "Kỳ trước (" + roll.base().label() + ")");
                    row.add(valueColumn + 1, "Kỳ này (" + roll.target().label() + ")");
                } else {
                    row.add(valueColumn + 1, "");
                }
                out.add(row);
            }
            return new StatisticsTable(out, headerRows, valueColumn, src);
        }
    }

    /**
     * How a section paragraph is carried: a lead-in of a list or of figures ("Kết quả … (từ ngày … đến ngày …):")
     * is frame text, rolled like a heading; the legal basis ("Căn cứ …") and the paragraphs of directions still in
     * force are standing text; everything else is last period's narrative, to rewrite.
     */
    static Carry carry(String text, boolean inForce) {
        String t = text.strip();
        if (t.endsWith(":") && t.length() <= FRAME_LENGTH) {
            return Carry.ROLLED;
        }
        if (inForce || STANDING_OPENINGS.stream().anyMatch(VietnameseText.matchKey(t)::startsWith)) {
            return Carry.STANDING;
        }
        return Carry.PREVIOUS;
    }

    /**
     * The sections of directions (those holding the base's PHƯƠNG HƯỚNG / NHIỆM VỤ tasks, and under them) whose
     * period the new period lies in: an annual report's "phương hướng, nhiệm vụ năm 2026" still holds in quý I/2026.
     */
    private static Set<String> directionsInForce(Extraction x, List<Section> sections, Period from, Period target) {
        Period next = target.next();
        Set<String> out = new HashSet<>();
        // an annual report's directions are those of the next year
        if (from.kind() != Period.Kind.YEAR || from.year() == null || target.kind() == Period.Kind.YEAR || next == null
                || !Integer.valueOf(from.year() + 1).equals(next.year())) {
            return out;
        }
        Set<String> taskPaths = new HashSet<>();
        x.commitments().stream().filter(c -> "task".equals(c.kind())).forEach(c -> taskPaths.add(c.section()));
        for (Section s : sections) {
            if (taskPaths.contains(s.path())) {
                s.flatten().forEach(d -> out.add(key(d)));
            }
        }
        return out;
    }

    /** Where a citation ends in its unit text: after its subject ("… về công tác quý I năm 2025") when the subject follows. */
    private static int citationEnd(String unit, Reference r) {
        if (r.subject() != null && !r.subject().isBlank()) {
            int at = unit.indexOf(r.subject(), r.end());
            if (at >= 0 && at - r.end() < 120) {
                return at + r.subject().length();
            }
        }
        return r.end();
    }

    private static boolean startsWithNumber(List<String> row) {
        return !row.isEmpty() && row.get(0).strip().matches("\\d.*");
    }

    /** A figure is cumulative when its sentence, before it, says "từ đầu năm", "lũy kế" … */
    private static boolean cumulative(String text, int start) {
        int s = start;
        while (s > 0 && ".;\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        String before = VietnameseText.matchKey(text.substring(s, start));
        return CUMULATIVE_CUES.stream().map(VietnameseText::matchKey).anyMatch(before::contains);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(sp -> start < sp[1] && sp[0] < end);
    }

    /** The heading as printed: "II. KẾT QUẢ …", "a) …", "PHỤ LỤC. …". */
    static String heading(Section s) {
        String sep = s.kind() == NumberingKind.LETTER ? ") " : ". ";
        return s.title().isBlank() ? s.number() : s.number() + sep + s.title();
    }

    /** The preamble blocks after the title block (the opening paragraphs). */
    private static List<Block> openingBlocks(Extraction x) {
        List<Block> pre = x.tree().preamble();
        String title = x.metadata().title() == null ? null
                : VietnameseText.matchKey(VietnameseText.collapseSpaces(x.metadata().title()));
        int last = -1;
        for (int i = 0; i < pre.size(); i++) {
            String t = VietnameseText.matchKey(VietnameseText.collapseSpaces(pre.get(i).text()));
            if (t.startsWith("báo cáo") || title != null && !title.isEmpty() && (t.contains(title) || isTitleLine(t, title))) {
                last = i;
            }
        }
        if (last >= 0) {
            return pre.subList(last + 1, pre.size());
        }
        return pre.stream().filter(b -> b instanceof Paragraph && b.text().length() > 60
                && !VietnameseText.isUpperCaseText(b.text())).toList();
    }

    private static String key(Section s) {
        return s.path() + "@" + s.line();
    }

    /** Keys of the appendix sections (PHỤ LỤC, Biểu mẫu) and everything under them. */
    private static Set<String> appendixKeys(List<Section> sections) {
        Set<String> out = new HashSet<>();
        for (Section s : sections) {
            if (s.kind() == NumberingKind.APPENDIX || s.kind() == NumberingKind.FORM) {
                s.flatten().forEach(d -> out.add(key(d)));
            }
        }
        return out;
    }

    /**
     * The base's commitments ({@link Extraction#commitments()}), keyed by the result section they belong to: a
     * task of a PHƯƠNG HƯỚNG / NHIỆM VỤ part goes under the result section whose heading shares its topic words,
     * a cam kết sentence stays under the section that says it. The sections holding tasks, those under them,
     * and those that only group them are not result sections.
     */
    private static Map<String, List<Commitment>> commitments(Extraction x, List<Section> sections) {
        return commitments(x, sections, new ArrayList<>());
    }

    /**
     * The tasks of the plans due in the target period, keyed by the result section of the base they belong to (the
     * one whose heading shares the most topic words with the plan's section title and the task), in plan order.
     */
    private static Map<String, List<ReportDraft.PlanTask>> planTasks(Extraction base, List<Section> sections,
                                                                     List<Extraction> plans, Period target) {
        Map<String, List<ReportDraft.PlanTask>> out = new LinkedHashMap<>();
        if (plans.isEmpty()) {
            return out;
        }
        List<Section> results = new ArrayList<>();
        commitments(base, sections, results);
        if (results.isEmpty()) {
            return out;
        }
        Map<String, Double> idf = idf(results);
        for (Extraction plan : plans) {
            String label = Source.reportLabel(plan.metadata());
            for (PlanTasks.Task t : PlanTasks.due(plan, target)) {
                Section home = bestSection(t.topic() + ". " + t.text(), results, idf);
                out.computeIfAbsent(key(home), k -> new ArrayList<>()).add(new ReportDraft.PlanTask(t.text(), t.when(),
                        new Source(label, t.section(), t.topic(), t.line())));
            }
        }
        return out;
    }

    /** {@link #commitments(Extraction, List)}, the result sections added to {@code resultsOut}. */
    private static Map<String, List<Commitment>> commitments(Extraction x, List<Section> sections, List<Section> resultsOut) {
        Set<String> taskPaths = new HashSet<>();
        x.commitments().stream().filter(c -> "task".equals(c.kind())).forEach(c -> taskPaths.add(c.section()));
        Set<String> directions = new HashSet<>();
        for (Section s : sections) {
            if (taskPaths.contains(s.path())) {
                s.flatten().forEach(d -> directions.add(key(d)));
            }
        }
        for (int i = sections.size() - 1; i >= 0; i--) {   // parents after their children
            Section s = sections.get(i);
            if (s.blocks().isEmpty() && !s.children().isEmpty()
                    && s.children().stream().allMatch(ch -> directions.contains(key(ch)))) {
                directions.add(key(s));
            }
        }
        Set<String> appendix = appendixKeys(sections);
        List<Section> results = sections.stream().filter(s -> !directions.contains(key(s))
                && !appendix.contains(key(s))).toList();
        resultsOut.addAll(results);
        Map<String, List<Commitment>> out = new LinkedHashMap<>();
        if (results.isEmpty()) {
            return out;
        }
        Map<String, Section> byPath = new HashMap<>();
        sections.forEach(s -> byPath.putIfAbsent(s.path(), s));
        Map<String, Double> idf = idf(results);
        String report = Source.reportLabel(x.metadata());
        for (vn.baocao.extract.Commitment c : x.commitments()) {
            Section from = byPath.get(c.section());
            if (from == null) {
                continue;
            }
            Section home = "task".equals(c.kind()) ? bestSection(c.text(), results, idf) : from;
            out.computeIfAbsent(key(home), k -> new ArrayList<>())
                    .add(new Commitment(SUPERSCRIPTS.matcher(c.text()).replaceAll(""),   // its footnotes stay with the text
                            new Source(report, from.path(), from.title(), c.line())));
        }
        return out;
    }

    /** Syllables of a text, lower case; the very common ones ("công", "tác", "cải", "cách" …) as null. */
    private static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        for (String w : VietnameseText.matchKey(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(STOP_SYLLABLES.contains(w) ? null : w);
            }
        }
        return out;
    }

    /** Topic words of a text: its uncommon syllables and the pairs of adjacent uncommon syllables ("tuyên truyền"). */
    private static Set<String> terms(String text) {
        return termCounts(text).keySet();
    }

    /** Topic words of a text with how often they occur. */
    private static Map<String, Integer> termCounts(String text) {
        List<String> w = syllables(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i) != null) {
                out.merge(w.get(i), 1, Integer::sum);
                if (i + 1 < w.size() && w.get(i + 1) != null) {
                    out.merge(w.get(i) + " " + w.get(i + 1), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static Map<String, Double> idf(List<Section> sections) {
        Map<String, Integer> df = new HashMap<>();
        for (Section s : sections) {
            for (String b : terms(s.title())) {
                df.merge(b, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((b, n) -> idf.put(b, Math.log(1.0 + sections.size() / (double) n)));
        return idf;
    }

    /**
     * The result section whose title shares the most topic words with the item: pairs count fully, single
     * syllables a tenth, rare ones more, each occurrence counted, words of the item's first sentence three times more, divided by the
     * square root of the title's size; the first "kết quả" part when none matches. Ties go to the earlier section.
     */
    private static Section bestSection(String item, List<Section> results, Map<String, Double> idf) {
        int dot = item.indexOf(". ");
        Set<String> lead = terms(dot > 0 ? item.substring(0, dot) : item);
        Map<String, Integer> words = termCounts(item);
        Section best = null;
        double bestScore = 0;
        for (Section s : results) {
            Set<String> title = terms(s.title());
            double score = 0;
            for (String t : title) {
                double w = idf.getOrDefault(t, 0.0) * (t.indexOf(' ') > 0 ? 1.0 : 0.1);
                score += (lead.contains(t) ? 3 * w : 0) + words.getOrDefault(t, 0) * w;
            }
            score = title.isEmpty() ? 0 : score / Math.sqrt(title.size());
            if (score > bestScore + 1e-9) {
                best = s;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return results.stream().filter(s -> VietnameseText.matchKey(s.title()).contains("kết quả")).findFirst()
                .orElse(results.get(0));
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
            boolean previousYear = crossesYear && from.year() != null && about.contains("năm " + from.year());
            String citation = VietnameseText.collapseSpaces(r.text()) + (r.issuer() == null ? "" : " của " + r.issuer())
                    + (r.subject() == null ? "" : " về " + VietnameseText.collapseSpaces(r.subject()));
            out.putIfAbsent(symbol, new PlanReference(citation, symbol, previousYear,
                    new Source(Source.reportLabel(x.metadata()), r.section(), titles.getOrDefault(r.section(), ""), r.line())));
        }
        return List.copyOf(out.values());
    }

    /** Sections of the same period a year before whose titles the base does not have, rolled to the target. */
    private static List<ReportDraft.Section> seasonal(Extraction base, Extraction lastYear, Period target) {
        Period p = lastYear.metadata().period();
        if (p == null || p.endKey() == null || target.endKey() == null || p.endKey() >= target.endKey()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        base.tree().sections().forEach(s -> known.add(VietnameseText.matchKey(s.title())));
        Carrier c = new Carrier(lastYear, new PeriodRollForward(p, target), true);
        List<ReportDraft.Section> out = new ArrayList<>();
        for (Section s : lastYear.tree().sections()) {
            if (!known.contains(VietnameseText.matchKey(s.title())) && s.kind() != NumberingKind.FORM
                    && s.kind() != NumberingKind.APPENDIX) {
                out.add(c.section(s, List.of(), List.of(), false, false));
            }
        }
        return out;
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
