package vn.baocao.draft;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Item;
import vn.baocao.draft.ReportDraft.Piece;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.StatisticsTable;
import vn.baocao.draft.ReportDraft.Text;

/**
 * The draft's body in a DOCX: preamble, sections (headings, carried paragraphs with their figures highlighted,
 * statistics tables, checklists, plan tasks due) and closing at the content placeholder in the format of its
 * paragraph, the appendices and the drafting notes at the end of the document; carried footnotes become Word
 * footnotes, every block gets its source comment ({@link DocxAnnotations}).
 */
final class DocxBody {

    private static final Pattern MARKER = DraftBuilder.SUPERSCRIPTS;

    private final XWPFDocument doc;
    private final ReportDraft draft;
    private final DocxAnnotations notes;
    private final XWPFParagraph marker;
    private final CTPPr bodyPPr;
    private final CTRPr bodyRPr;

    /** @param marker the paragraph of the content placeholder ({@link DocxTemplateFields#fill}) */
    DocxBody(XWPFDocument doc, ReportDraft draft, DocxAnnotations notes, XWPFParagraph marker) {
        this.doc = doc;
        this.draft = draft;
        this.notes = notes;
        this.marker = marker;
        bodyPPr = marker.getCTP().isSetPPr() ? (CTPPr) marker.getCTP().getPPr().copy() : null;
        bodyRPr =
                !marker.getRuns().isEmpty() && marker.getRuns().get(0).getCTR().isSetRPr()
                        ? (CTRPr) marker.getRuns().get(0).getCTR().getRPr().copy()
                        : null;
    }

    /** Writes the whole body; the content placeholder's paragraph is removed. */
    void write() {
        draft.accept(new Writer());
    }

    /**
     * Writes each part where {@link ReportDraft#accept} reaches it: before the content placeholder up to the
     * signature, at the end of the document after it.
     */
    private final class Writer implements ReportDraft.Visitor {
        private Sink sink = new Sink(false);
        /** The carried footnotes of the current section by their marker, and those already placed as Word footnotes. */
        private Map<String, ReportDraft.Paragraph> footnotes = Map.of();

        private Set<String> placed = new HashSet<>();

        @Override
        public void paragraph(ReportDraft.Paragraph p) {
            if (!p.footnote() || !placed.contains(marker(p))) {
                DocxBody.this.paragraph(sink, p, footnotes, placed);
            }
        }

        @Override
        public void heading(ReportDraft.Section s) {
            XWPFParagraph h = sink.paragraph();
            if (s.level() == 1 && s.appendix()) {
                h.setAlignment(ParagraphAlignment.CENTER);
            }
            int id = notes.comment(s.source(), List.of());
            DocxAnnotations.start(h, id);
            XWPFRun r = run(h, s.heading());
            r.setBold(true);
            r.setItalic(s.level() >= 3);
            DocxAnnotations.end(h, id);
            footnotes = new HashMap<>();
            for (Item item : s.body()) {
                if (item instanceof ReportDraft.Paragraph p && p.footnote()) {
                    footnotes.put(marker(p), p);
                }
            }
        }

        @Override
        public void endSection(ReportDraft.Section s) {
            footnotes = Map.of();
            placed = new HashSet<>();
        }

        @Override
        public void table(StatisticsTable t) {
            DocxBody.this.table(sink, t);
        }

        @Override
        public void checklist(List<Commitment> commitments) {
            title(DraftBuilder.CHECKLIST_TITLE + ":");
            for (Commitment c : commitments) {
                Sourced p = sourced(sink, c.source());
                run(p.paragraph(), "☐ " + c.text());
                p.close();
            }
        }

        @Override
        public void due(List<ReportDraft.PlanTask> tasks) {
            title(DraftBuilder.DUE_TITLE + ":");
            for (ReportDraft.PlanTask task : tasks) {
                Sourced p = sourced(sink, task.source());
                run(p.paragraph(), "☐ " + task.text() + " ");
                XWPFRun when = run(p.paragraph(), "(thời gian: " + task.when() + ")");
                when.setItalic(true);
                p.close();
            }
        }

        private void title(String text) {
            XWPFRun tr = run(sink.paragraph(), text);
            tr.setBold(true);
            tr.setItalic(true);
        }

        /** The template holds the signature block after the content placeholder: what follows goes to the end. */
        @Override
        public void signature() {
            doc.removeBodyElement(doc.getPosOfParagraph(marker));
            sink = new Sink(true);
        }

        @Override
        public void draftingNotes(List<PlanReference> plans) {
            XWPFParagraph title = sink.paragraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun tr = run(title, "GHI CHÚ SOẠN THẢO (xóa trước khi ban hành)");
            tr.setBold(true);
            tr.setTextHighlightColor(DocxDraftWriter.NOTE_HIGHLIGHT);
            if (plans.isEmpty()) {
                return;
            }
            XWPFRun r = run(sink.paragraph(), "Kế hoạch đã viện dẫn kỳ trước (dùng lại khi phù hợp):");
            r.setBold(true);
            for (PlanReference plan : plans) {
                Sourced p = sourced(sink, plan.source());
                run(p.paragraph(), "- " + plan.citation());
                if (plan.previousYear()) {
                    XWPFRun flag = run(
                            p.paragraph(),
                            " [kế hoạch năm " + draft.basePeriod().year() + ": thay bằng kế hoạch năm "
                                    + draft.target().year() + "]");
                    flag.setBold(true);
                    flag.setTextHighlightColor(DocxDraftWriter.FIGURE_HIGHLIGHT);
                }
                p.close();
            }
        }

        @Override
        public void seasonal() {
            XWPFRun r = run(sink.paragraph(), "Nội dung cùng kỳ năm trước chưa có trong báo cáo gốc (tham khảo):");
            r.setBold(true);
        }
    }

    /** Where new blocks go: before the content placeholder, or at the end of the document. */
    private final class Sink {
        final boolean atEnd;

        Sink(boolean atEnd) {
            this.atEnd = atEnd;
        }

        XWPFParagraph paragraph() {
            XWPFParagraph p;
            if (atEnd) {
                p = doc.createParagraph();
            } else {
                XmlCursor cur = marker.getCTP().newCursor();
                p = doc.insertNewParagraph(cur);
                cur.close();
            }
            if (bodyPPr != null) {
                p.getCTP().setPPr((CTPPr) bodyPPr.copy());
            }
            return p;
        }

        XWPFTable table() {
            if (atEnd) {
                return doc.createTable();
            }
            XmlCursor cur = marker.getCTP().newCursor();
            XWPFTable t = doc.insertNewTbl(cur);
            cur.close();
            return t;
        }
    }

    /** A new paragraph inside the range of its source's comment, which {@link #close} ends. */
    private record Sourced(XWPFParagraph paragraph, int comment) {
        void close() {
            DocxAnnotations.end(paragraph, comment);
        }
    }

    private Sourced sourced(Sink sink, ReportDraft.Source source) {
        XWPFParagraph p = sink.paragraph();
        int id = notes.comment(source, List.of());
        DocxAnnotations.start(p, id);
        return new Sourced(p, id);
    }

    private XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        if (bodyRPr != null) {
            r.getCTR().setRPr((CTRPr) bodyRPr.copy());
        } else {
            r.setFontFamily(DraftTemplate.FONT);
            r.setFontSize(14);
        }
        r.setText(text);
        return r;
    }

    /** The superscript marker a carried footnote starts with ("¹"). */
    private static String marker(ReportDraft.Paragraph note) {
        String t = note.text();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }

    /**
     * A carried paragraph; a footnote marker whose footnote is carried in the same section becomes a real
     * Word footnote (marked in {@code placed}), other markers stay text.
     */
    private void paragraph(
            Sink sink, ReportDraft.Paragraph para, Map<String, ReportDraft.Paragraph> footnotes, Set<String> placed) {
        XWPFParagraph p = sink.paragraph();
        int id = notes.comment(para.source(), para.figures());
        DocxAnnotations.start(p, id);
        carryMark(p, para);
        for (Piece piece : para.pieces()) {
            if (piece instanceof Text t) {
                Matcher m = MARKER.matcher(t.text());
                int at = 0;
                while (m.find()) {
                    ReportDraft.Paragraph note = footnotes.get(m.group());
                    if (note != null && placed.add(m.group())) {
                        text(p, t.text().substring(at, m.start()), para);
                        footnote(p, note);
                        at = m.end();
                    }
                }
                text(p, t.text().substring(at), para);
            } else if (piece instanceof FigureMark f) {
                figure(p, f);
            }
        }
        DocxAnnotations.end(p, id);
    }

    /**
     * The mark of carried text (README, "Carried text"): "Kỳ trước:" before last period's narrative, "Giữ nguyên:"
     * before standing text, grey-shaded so that it is seen and deleted when the paragraph is rewritten.
     */
    private void carryMark(XWPFParagraph p, ReportDraft.Paragraph para) {
        if (para.carry().label() != null && !para.footnote()) {
            XWPFRun r = run(p, para.carry().label() + " ");
            r.setBold(true);
            r.setItalic(true);
            r.setTextHighlightColor(DocxDraftWriter.NOTE_HIGHLIGHT);
        }
    }

    private void text(XWPFParagraph p, String text, ReportDraft.Paragraph para) {
        if (!text.isEmpty()) {
            XWPFRun r = run(p, text);
            if (para.footnote()) {
                r.setFontSize(12);
                r.setItalic(true);
            }
            if (para.carry() == ReportDraft.Carry.PREVIOUS) {
                r.setColor(DocxDraftWriter.PREVIOUS_COLOR);
            }
        }
    }

    private void figure(XWPFParagraph p, FigureMark f) {
        XWPFRun r = run(p, f.shown());
        r.setTextHighlightColor(DocxDraftWriter.FIGURE_HIGHLIGHT);
        if (f.note() != null) {
            XWPFRun n = run(p, " " + f.note());
            n.setItalic(true);
            n.setFontSize(11);
            n.setTextHighlightColor(DocxDraftWriter.NOTE_HIGHLIGHT);
        }
    }

    /** A Word footnote with the carried footnote's text (figures highlighted), referenced here; its source as a comment. */
    private void footnote(XWPFParagraph p, ReportDraft.Paragraph note) {
        XWPFFootnote fn = notes.footnote();
        XWPFParagraph fp = fn.createParagraph(); // POI starts it with the footnote mark
        if (fp.getRuns().isEmpty()) {
            fn.ensureFootnoteRef(fp);
        }
        fp.getRuns().get(0).setVerticalAlignment("superscript");
        String marker = marker(note);
        for (Piece piece : note.pieces()) {
            XWPFRun r;
            if (piece instanceof Text t) {
                String text = t.text().startsWith(marker)
                        ? " " + t.text().substring(marker.length()).stripLeading()
                        : t.text();
                r = run(fp, text);
            } else {
                FigureMark f = (FigureMark) piece;
                r = run(fp, f.shown());
                r.setTextHighlightColor(DocxDraftWriter.FIGURE_HIGHLIGHT);
            }
            r.setFontSize(12);
        }
        int id = notes.comment(note.source(), note.figures());
        DocxAnnotations.start(p, id);
        p.addFootnoteReference(fn);
        p.getRuns().get(p.getRuns().size() - 1).setVerticalAlignment("superscript");
        DocxAnnotations.end(p, id);
    }

    private void table(Sink sink, StatisticsTable t) {
        XWPFTable table = sink.table();
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = r < table.getNumberOfRows() ? table.getRow(r) : table.createRow();
            while (row.getTableCells().size() < columns) {
                row.addNewTableCell();
            }
            List<String> values = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().isEmpty()
                        ? cell.addParagraph()
                        : cell.getParagraphs().get(0);
                String v = c < values.size() ? values.get(c) : "";
                XWPFRun run = p.createRun();
                run.setFontFamily(DraftTemplate.FONT);
                run.setFontSize(12);
                run.setText(v.replace('\n', ' '));
                if (r < t.headerRows()) {
                    run.setBold(true);
                    p.setAlignment(ParagraphAlignment.CENTER);
                } else if (c == t.lastColumn() && !v.isBlank()) {
                    run.setTextHighlightColor(DocxDraftWriter.FIGURE_HIGHLIGHT);
                }
            }
        }
        widths(table, t, columns);
        XWPFParagraph src = sink.paragraph();
        int id = notes.comment(t.source(), List.of());
        DocxAnnotations.start(src, id);
        XWPFRun r = run(src, "(Bảng kỳ trước: số liệu cũ ở cột «Kỳ trước», điền cột «Kỳ này».)");
        r.setItalic(true);
        r.setFontSize(11);
        r.setTextHighlightColor(DocxDraftWriter.NOTE_HIGHLIGHT);
        DocxAnnotations.end(src, id);
    }

    /**
     * Column widths in proportion to the square root of each column's longest text (numbers stay narrow,
     * the indicator column wide), over the text width of an A4 page with the template's margins.
     */
    private static void widths(XWPFTable table, StatisticsTable t, int columns) {
        double[] weight = new double[columns];
        for (List<String> row : t.rows()) {
            for (int c = 0; c < row.size() && c < columns; c++) {
                weight[c] = Math.max(weight[c], Math.sqrt(Math.max(4, row.get(c).length())));
            }
        }
        double sum = java.util.Arrays.stream(weight).sum();
        int total = 9355; // 210 mm - 30 mm - 15 mm, in twips
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid =
                table.getCTTbl().getTblGrid() != null
                        ? table.getCTTbl().getTblGrid()
                        : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            int w = (int) Math.round(total * weight[c] / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            for (XWPFTableRow row : table.getRows()) {
                if (c < row.getTableCells().size()) {
                    row.getCell(c).setWidth(String.valueOf(w));
                }
            }
        }
    }
}
