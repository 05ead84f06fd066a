package vn.baocao.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import vn.baocao.draft.ReportDraft.Carry;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Item;
import vn.baocao.draft.ReportDraft.Piece;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.draft.ReportDraft.StatisticsTable;
import vn.baocao.draft.ReportDraft.Text;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Reference;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.Table;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;

/**
 * Carries text of one report into the draft: period rolled, figures marked, sources kept; each section paragraph
 * carried by the convention of {@link #carry} (rolled frame text, standing text, last period's narrative).
 */
final class DraftCarrier {

    /** The longest lead-in ("…:") counted as frame text. */
    private static final int FRAME_LENGTH = 240;

    private final Extraction x;
    final PeriodRollForward roll;
    final boolean crossesYear;
    private final Map<Integer, List<Figure>> figures = new HashMap<>();
    private final Map<Integer, List<Reference>> references = new HashMap<>();
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();
    private final Set<String> carriedNotes = new HashSet<>();
    /** The report as provenance names it (never its file path). */
    final String label;

    private final DraftCues cues;

    DraftCarrier(Extraction x, PeriodRollForward roll, boolean crossesYear, DraftCues cues) {
        this.x = x;
        this.cues = cues;
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
    ReportDraft.Section section(
            Section s, List<Commitment> checklist, List<ReportDraft.PlanTask> due, boolean appendix, boolean inForce) {
        Source src = new Source(label, s.path(), s.title(), s.line());
        List<Item> body = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                Carry carry = carry(p.text(), inForce, cues);
                body.add(paragraph(p.text(), p.line(), s.path(), s.title(), false, carry));
                for (Footnote f : notesOf(p.text())) {
                    body.add(paragraph(f.marker() + " " + f.text(), f.line(), s.path(), s.title(), true, carry));
                }
            } else if (b instanceof Table t) {
                body.add(table(t, new Source(label, s.path(), s.title(), t.line())));
            }
        }
        return new ReportDraft.Section(
                s.number(), roll.roll(heading(s)), s.level(), body, checklist, due, appendix, src);
    }

    private List<Footnote> notesOf(String text) {
        List<Footnote> out = new ArrayList<>();
        Matcher m = DraftBuilder.SUPERSCRIPTS.matcher(text);
        while (m.find()) {
            Footnote f = footnotes.get(m.group());
            if (f != null && carriedNotes.add(f.marker())) {
                out.add(f);
            }
        }
        return out;
    }

    ReportDraft.Paragraph paragraph(
            String text, int line, String section, String title, boolean footnote, Carry carry) {
        Source src = new Source(label, section, title, line);
        String unit = footnote ? text.substring(text.indexOf(' ') + 1) : text;
        int shift = text.length() - unit.length();
        List<int[]> keep = new ArrayList<>();
        for (Reference r : references.getOrDefault(line, List.of())) {
            if (r.start() >= 0 && r.end() <= unit.length() && r.start() < r.end()) {
                keep.add(new int[] {r.start() + shift, citationEnd(unit, r) + shift});
            }
        }
        // last period's narrative keeps its period words: it says what happened then, to be rewritten
        List<PeriodRollForward.Edit> edits = carry == Carry.ROLLED ? roll.edits(text, keep) : List.of();
        List<int[]> taken = new ArrayList<>(keep);
        edits.forEach(e -> taken.add(new int[] {e.start(), e.end()}));
        List<Figure> figs = new ArrayList<>();
        for (Figure f : figures.getOrDefault(line, List.of())) {
            int s = f.start() + shift;
            int e = f.end() + shift;
            if (s >= shift && e <= text.length() && s < e && !overlaps(taken, s, e)) {
                figs.add(f);
                taken.add(new int[] {s, e});
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
                e--; // a footnote marker after the figure ("14 sở, ngành¹²") stays text: it becomes the footnote
            }
            pieces.add(
                    new FigureMark(text.substring(s, e), f.kind().json(), cumulative, cumulative && crossesYear, src));
            at = e;
        }
        appendRolled(text, at, text.length(), edits, ei, pieces);
        return new ReportDraft.Paragraph(pieces, footnote, carry, src);
    }

    /** Appends text[from, to) with the edits inside it applied; returns the index of the next edit. */
    private static int appendRolled(
            String text, int from, int to, List<PeriodRollForward.Edit> edits, int ei, List<Piece> pieces) {
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
                if (cues.valueHeader.matcher(row.get(i)).find()
                        && !cues.notValueHeader.matcher(row.get(i)).find()) {
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

    /**
     * How a section paragraph is carried: a lead-in of a list or of figures ("Kết quả … (từ ngày … đến ngày …):")
     * is frame text, rolled like a heading; the legal basis ("Căn cứ …") and the paragraphs of directions still in
     * force are standing text; everything else is last period's narrative, to rewrite.
     */
    static Carry carry(String text, boolean inForce, DraftCues cues) {
        String t = text.strip();
        if (t.endsWith(":") && t.length() <= FRAME_LENGTH) {
            return Carry.ROLLED;
        }
        if (inForce || cues.standingOpening.matcher(VietnameseText.matchKey(t)).find()) {
            return Carry.STANDING;
        }
        return Carry.PREVIOUS;
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
    private boolean cumulative(String text, int start) {
        int s = start;
        while (s > 0 && ".;\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        String before = VietnameseText.matchKey(text.substring(s, start));
        return cues.cumulative.matcher(before).find();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(sp -> start < sp[1] && sp[0] < end);
    }

    /** The heading as printed: "II. KẾT QUẢ …", "a) …", "PHỤ LỤC. …". */
    static String heading(Section s) {
        String sep = s.kind() == NumberingKind.LETTER ? ") " : ". ";
        return s.title().isBlank() ? s.number() : s.number() + sep + s.title();
    }
}
