package vn.baocao.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Item;
import vn.baocao.draft.ReportDraft.Piece;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.draft.ReportDraft.StatisticsTable;
import vn.baocao.draft.ReportDraft.Text;

/**
 * Writes a {@link ReportDraft} as DOCX on the template of {@link DraftTemplate}: placeholders filled, the body
 * inserted at {@code {NOI_DUNG}} with the formatting of that paragraph, appendices after the signature block,
 * figures highlighted ({@code w:highlight}) with their last value in view, carried footnotes as Word footnotes,
 * and the source of every carried paragraph, footnote, heading, table and commitment as a Word comment.
 */
public final class DocxDraftWriter {

    /** Highlight of a figure to update. */
    public static final String FIGURE_HIGHLIGHT = "yellow";
    /** Highlight of the notes beside figures (lũy kế, reset) and of drafting notes. */
    public static final String NOTE_HIGHLIGHT = "lightGray";
    /** Text colour of last period's narrative (dark grey: to rewrite). */
    public static final String PREVIOUS_COLOR = "595959";
    /** Author of the provenance comments. */
    public static final String COMMENT_AUTHOR = "baocao";

    private static final Pattern MARKER = DraftBuilder.SUPERSCRIPTS;

    private final Path template;

    /** @param template the template file, or null for {@link DraftTemplate#DEFAULT} or the built-in one */
    public DocxDraftWriter(Path template) {
        this.template = template;
    }

    public void write(ReportDraft draft, Path file) throws IOException {
        write(draft, file, doc -> { });
    }

    /**
     * Writes the draft, {@code finish} adding to the filled document before it is saved (the figure checks'
     * comments, {@code check.FindingComments#add}): one pass, the file written once.
     */
    public void write(ReportDraft draft, Path file, Consumer<XWPFDocument> finish) throws IOException {
        try (XWPFDocument doc = DraftTemplate.open(template)) {
            new Session(doc, draft).fill();
            doc.getProperties().getCoreProperties().setTitle("Dự thảo báo cáo " + draft.header().subject());
            doc.getProperties().getCoreProperties().setCreator("baocao");
            doc.getProperties().getCoreProperties().setDescription("Soạn từ " + draft.baseLabel()
                    + "; nguồn từng đoạn trong chú thích và tệp .nguon.json");
            finish.accept(doc);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    /** One document being filled. */
    private static final class Session {
        final XWPFDocument doc;
        final ReportDraft draft;
        final XWPFComments comments;
        /**
         * Comment ids start far above footnote ids: LibreOffice (7.4) attaches footnote texts wrongly when a
         * comment and a footnote share an id.
         */
        int nextComment = 10_000;
        int nextFootnote = 0;
        XWPFParagraph marker;
        CTPPr bodyPPr;
        CTRPr bodyRPr;

        Session(XWPFDocument doc, ReportDraft draft) {
            this.doc = doc;
            this.draft = draft;
            this.comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            for (XWPFComment c : comments.getComments()) {   // a user's template may carry comments of its own
                nextComment = Math.max(nextComment, Integer.parseInt(c.getId()) + 1);
            }
        }

        void fill() {
            ReportDraft.Header h = draft.header();
            Map<String, String> values = new LinkedHashMap<>();
            values.put(DraftTemplate.PARENT_BODY, h.parentBody());
            values.put(DraftTemplate.BODY, h.body());
            values.put(DraftTemplate.SYMBOL, h.symbol());
            values.put(DraftTemplate.PLACE, h.place());
            values.put(DraftTemplate.YEAR, draft.target().year() == null ? "……" : draft.target().year().toString());
            values.put(DraftTemplate.SUBJECT, h.subject());
            values.put(DraftTemplate.SIGNER_MARK, h.signerMark() == null ? "TM. ỦY BAN NHÂN DÂN" : h.signerMark());
            values.put(DraftTemplate.SIGNER_TITLE, h.signerTitle() == null ? "CHỦ TỊCH" : h.signerTitle());
            values.put(DraftTemplate.SIGNER, h.signer() == null ? "" : h.signer());
            for (XWPFParagraph p : allParagraphs()) {
                String t = p.getText();
                if (t.contains(DraftTemplate.CONTENT)) {
                    marker = p;
                } else if (t.contains(DraftTemplate.RECIPIENTS)) {
                    recipients(p, h.recipients());
                } else {
                    replace(p, values);
                }
            }
            if (marker == null) {
                throw new DraftException("Tệp mẫu thiếu chỗ đặt nội dung " + DraftTemplate.CONTENT + ".");
            }
            bodyPPr = marker.getCTP().isSetPPr() ? (CTPPr) marker.getCTP().getPPr().copy() : null;
            bodyRPr = !marker.getRuns().isEmpty() && marker.getRuns().get(0).getCTR().isSetRPr()
                    ? (CTRPr) marker.getRuns().get(0).getCTR().getRPr().copy() : null;
            Sink main = new Sink(false);
            draft.preamble().forEach(p -> paragraph(main, p));
            for (ReportDraft.Section s : draft.sections()) {
                if (!s.appendix()) {
                    section(main, s);
                }
            }
            draft.closing().forEach(p -> paragraph(main, p));
            doc.removeBodyElement(doc.getPosOfParagraph(marker));
            Sink end = new Sink(true);
            for (ReportDraft.Section s : draft.sections()) {
                if (s.appendix()) {
                    section(end, s);
                }
            }
            notes(end);
        }

        /** Paragraphs of the body and of its tables (the header and signature tables hold placeholders). */
        private List<XWPFParagraph> allParagraphs() {
            return paragraphs(doc);
        }

        /** Replaces placeholders in a paragraph, keeping the formatting of its first run. */
        private static void replace(XWPFParagraph p, Map<String, String> values) {
            String t = p.getText();
            String n = t;
            for (Map.Entry<String, String> e : values.entrySet()) {
                n = n.replace(e.getKey(), e.getValue());
            }
            if (!n.equals(t)) {
                setText(p, n);
            }
        }

        /** Sets a paragraph's text in its first run's format; "\n" becomes a line break (a title of several lines). */
        private static void setText(XWPFParagraph p, String text) {
            for (int i = p.getRuns().size() - 1; i > 0; i--) {
                p.removeRun(i);
            }
            if (p.getRuns().isEmpty()) {
                p.createRun();
            }
            XWPFRun r = p.getRuns().get(0);
            String[] lines = text.split("\n", -1);
            r.setText(lines[0], 0);
            for (int i = 1; i < lines.length; i++) {
                r.addBreak();
                r.setText(lines[i]);
            }
        }

        /** One paragraph per recipient, in the format of the placeholder's paragraph: "- …;", the last "- …." */
        private static void recipients(XWPFParagraph p, List<String> recipients) {
            List<String> items = recipients.isEmpty() ? List.of("……", "Lưu: VT") : recipients;
            XWPFTableCell cell = (XWPFTableCell) p.getBody();
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i).replaceAll("[;.,]+$", "");
                String line = "- " + item + (i == items.size() - 1 ? "." : ";");
                XmlCursor cur = p.getCTP().newCursor();
                XWPFParagraph np = cell.insertNewParagraph(cur);
                cur.close();
                if (p.getCTP().isSetPPr()) {
                    np.getCTP().setPPr((CTPPr) p.getCTP().getPPr().copy());
                }
                XWPFRun r = np.createRun();
                if (!p.getRuns().isEmpty() && p.getRuns().get(0).getCTR().isSetRPr()) {
                    r.getCTR().setRPr((CTRPr) p.getRuns().get(0).getCTR().getRPr().copy());
                }
                r.setText(line);
            }
            cell.removeParagraph(cell.getParagraphs().indexOf(p));
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

        private void section(Sink sink, ReportDraft.Section s) {
            XWPFParagraph h = sink.paragraph();
            if (s.level() == 1 && s.appendix()) {
                h.setAlignment(ParagraphAlignment.CENTER);
            }
            int id = comment(s.source(), List.of());
            start(h, id);
            XWPFRun r = run(h, s.heading());
            r.setBold(true);
            r.setItalic(s.level() >= 3);
            end(h, id);
            Map<String, ReportDraft.Paragraph> notes = new HashMap<>();
            for (Item item : s.body()) {
                if (item instanceof ReportDraft.Paragraph p && p.footnote()) {
                    notes.put(marker(p), p);
                }
            }
            Set<String> placed = new HashSet<>();
            for (Item item : s.body()) {
                if (item instanceof ReportDraft.Paragraph p) {
                    if (!p.footnote() || !placed.contains(marker(p))) {
                        paragraph(sink, p, notes, placed);
                    }
                } else if (item instanceof StatisticsTable t) {
                    table(sink, t);
                }
            }
            if (!s.checklist().isEmpty()) {
                XWPFParagraph t = sink.paragraph();
                XWPFRun tr = run(t, DraftBuilder.CHECKLIST_TITLE + ":");
                tr.setBold(true);
                tr.setItalic(true);
                for (Commitment c : s.checklist()) {
                    XWPFParagraph p = sink.paragraph();
                    int cid = comment(c.source(), List.of());
                    start(p, cid);
                    run(p, "☐ " + c.text());
                    end(p, cid);
                }
            }
            if (!s.due().isEmpty()) {
                XWPFParagraph t = sink.paragraph();
                XWPFRun tr = run(t, DraftBuilder.DUE_TITLE + ":");
                tr.setBold(true);
                tr.setItalic(true);
                for (ReportDraft.PlanTask task : s.due()) {
                    XWPFParagraph p = sink.paragraph();
                    int cid = comment(task.source(), List.of());
                    start(p, cid);
                    run(p, "☐ " + task.text() + " ");
                    XWPFRun when = run(p, "(thời gian: " + task.when() + ")");
                    when.setItalic(true);
                    end(p, cid);
                }
            }
        }

        /** The superscript marker a carried footnote starts with ("¹"). */
        private static String marker(ReportDraft.Paragraph note) {
            String t = note.text();
            int space = t.indexOf(' ');
            return space > 0 ? t.substring(0, space) : t;
        }

        private void paragraph(Sink sink, ReportDraft.Paragraph para) {
            paragraph(sink, para, Map.of(), new HashSet<>());
        }

        /**
         * A carried paragraph; a footnote marker whose footnote is carried in the same section becomes a real
         * Word footnote (marked in {@code placed}), other markers stay text.
         */
        private void paragraph(Sink sink, ReportDraft.Paragraph para, Map<String, ReportDraft.Paragraph> notes,
                               Set<String> placed) {
            XWPFParagraph p = sink.paragraph();
            int id = comment(para.source(), para.figures());
            start(p, id);
            carryMark(p, para);
            for (Piece piece : para.pieces()) {
                if (piece instanceof Text t) {
                    Matcher m = MARKER.matcher(t.text());
                    int at = 0;
                    while (m.find()) {
                        ReportDraft.Paragraph note = notes.get(m.group());
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
            end(p, id);
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
                r.setTextHighlightColor(NOTE_HIGHLIGHT);
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
                    r.setColor(PREVIOUS_COLOR);
                }
            }
        }

        private void figure(XWPFParagraph p, FigureMark f) {
            XWPFRun r = run(p, f.shown());
            r.setTextHighlightColor(FIGURE_HIGHLIGHT);
            if (f.note() != null) {
                XWPFRun n = run(p, " " + f.note());
                n.setItalic(true);
                n.setFontSize(11);
                n.setTextHighlightColor(NOTE_HIGHLIGHT);
            }
        }

        /**
         * The separator footnotes Word writes first (ids -1 and 0), which readers expect before the notes.
         */
        private void separators() {
            org.apache.poi.xwpf.usermodel.XWPFFootnotes notes = doc.createFootnotes();
            boolean has = notes.getFootnotesList().stream().anyMatch(f -> f.getCTFtnEdn().isSetType());
            if (!has) {
                CTFtnEdn sep = CTFtnEdn.Factory.newInstance();
                sep.setType(STFtnEdn.SEPARATOR);
                sep.setId(BigInteger.ZERO);
                sep.addNewP().addNewR().addNewSeparator();
                notes.addFootnote(sep);
                CTFtnEdn cont = CTFtnEdn.Factory.newInstance();
                cont.setType(STFtnEdn.CONTINUATION_SEPARATOR);
                cont.setId(BigInteger.ONE);
                cont.addNewP().addNewR().addNewContinuationSeparator();
                notes.addFootnote(cont);
            }
            // LibreOffice reads ids 0 and 1 as the separators whatever their type: the draft's footnotes start at 2.
            nextFootnote = Math.max(2, 1 + notes.getFootnotesList().stream().mapToInt(f -> f.getCTFtnEdn().getId().intValue()).max().orElse(0));
        }

        /** A Word footnote with the carried footnote's text (figures highlighted), referenced here; its source as a comment. */
        private void footnote(XWPFParagraph p, ReportDraft.Paragraph note) {
            if (nextFootnote == 0) {
                separators();
            }
            XWPFFootnote fn = doc.createFootnote();
            fn.getCTFtnEdn().setId(BigInteger.valueOf(nextFootnote++));
            if (fn.getCTFtnEdn().isSetType()) {
                fn.getCTFtnEdn().unsetType();   // a normal footnote, as Word writes it
            }
            XWPFParagraph fp = fn.createParagraph();   // POI starts it with the footnote mark
            if (fp.getRuns().isEmpty()) {
                fn.ensureFootnoteRef(fp);
            }
            fp.getRuns().get(0).setVerticalAlignment("superscript");
            String marker = marker(note);
            for (Piece piece : note.pieces()) {
                XWPFRun r;
                if (piece instanceof Text t) {
                    String text = t.text().startsWith(marker) ? " " + t.text().substring(marker.length()).stripLeading() : t.text();
                    r = run(fp, text);
                } else {
                    FigureMark f = (FigureMark) piece;
                    r = run(fp, f.shown());
                    r.setTextHighlightColor(FIGURE_HIGHLIGHT);
                }
                r.setFontSize(12);
            }
            int id = comment(note.source(), note.figures());
            start(p, id);
            p.addFootnoteReference(fn);
            p.getRuns().get(p.getRuns().size() - 1).setVerticalAlignment("superscript");
            end(p, id);
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
                    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                    String v = c < values.size() ? values.get(c) : "";
                    XWPFRun run = p.createRun();
                    run.setFontFamily(DraftTemplate.FONT);
                    run.setFontSize(12);
                    run.setText(v.replace('\n', ' '));
                    if (r < t.headerRows()) {
                        run.setBold(true);
                        p.setAlignment(ParagraphAlignment.CENTER);
                    } else if (c == t.lastColumn() && !v.isBlank()) {
                        run.setTextHighlightColor(FIGURE_HIGHLIGHT);
                    }
                }
            }
            widths(table, t, columns);
            XWPFParagraph src = sink.paragraph();
            int id = comment(t.source(), List.of());
            start(src, id);
            XWPFRun r = run(src, "(Bảng kỳ trước: số liệu cũ ở cột «Kỳ trước», điền cột «Kỳ này».)");
            r.setItalic(true);
            r.setFontSize(11);
            r.setTextHighlightColor(NOTE_HIGHLIGHT);
            end(src, id);
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
            int total = 9355;   // 210 mm - 30 mm - 15 mm, in twips
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
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

        /** Drafting notes after everything: plans to reuse, seasonal items. */
        private void notes(Sink sink) {
            if (draft.plans().isEmpty() && draft.seasonal().isEmpty()) {
                return;
            }
            XWPFParagraph title = sink.paragraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun tr = run(title, "GHI CHÚ SOẠN THẢO (xóa trước khi ban hành)");
            tr.setBold(true);
            tr.setTextHighlightColor(NOTE_HIGHLIGHT);
            if (!draft.plans().isEmpty()) {
                XWPFRun r = run(sink.paragraph(), "Kế hoạch đã viện dẫn kỳ trước (dùng lại khi phù hợp):");
                r.setBold(true);
                for (PlanReference plan : draft.plans()) {
                    XWPFParagraph p = sink.paragraph();
                    int id = comment(plan.source(), List.of());
                    start(p, id);
                    run(p, "- " + plan.citation());
                    if (plan.previousYear()) {
                        XWPFRun flag = run(p, " [kế hoạch năm " + draft.basePeriod().year() + ": thay bằng kế hoạch năm "
                                + draft.target().year() + "]");
                        flag.setBold(true);
                        flag.setTextHighlightColor(FIGURE_HIGHLIGHT);
                    }
                    end(p, id);
                }
            }
            if (!draft.seasonal().isEmpty()) {
                XWPFRun r = run(sink.paragraph(), "Nội dung cùng kỳ năm trước chưa có trong báo cáo gốc (tham khảo):");
                r.setBold(true);
                draft.seasonal().forEach(s -> section(sink, s));
            }
        }

        /** Adds a provenance comment; returns its id. */
        private int comment(Source source, List<FigureMark> figures) {
            int id = nextComment++;
            XWPFComment c = comments.createComment(BigInteger.valueOf(id));
            c.setAuthor(COMMENT_AUTHOR);
            c.setInitials("BC");
            StringBuilder sb = new StringBuilder("Nguồn: ").append(source.describe());
            for (FigureMark f : figures) {
                sb.append("\nSố liệu kỳ trước: ").append(f.lastValue()).append(f.cumulative() ? " (lũy kế)" : "");
            }
            String[] lines = sb.toString().split("\n");
            for (String line : lines) {
                c.createParagraph().createRun().setText(line);
            }
            return id;
        }

        private static void start(XWPFParagraph p, int id) {
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(id));
        }

        private static void end(XWPFParagraph p, int id) {
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(id));
            p.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(id));
        }
    }

    /** The body's paragraphs, those of its tables included, in document order. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        out.addAll(c.getParagraphs());
                    }
                }
            }
        }
        return out;
    }
}
