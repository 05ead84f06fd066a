package vn.baocao.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The template's placeholders of {@link DraftTemplate} filled from a draft's header (issuing body, symbol, place,
 * year, trích yếu, signer, recipients); finds the content placeholder {@value DraftTemplate#CONTENT}, where
 * {@link DocxBody} puts the body.
 */
final class DocxTemplateFields {

    private DocxTemplateFields() {}

    /**
     * Fills the placeholders of the document's body and tables.
     *
     * @return the paragraph of the content placeholder
     * @throws DraftException when the template has none
     */
    static XWPFParagraph fill(XWPFDocument doc, ReportDraft draft) {
        ReportDraft.Header h = draft.header();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(DraftTemplate.PARENT_BODY, h.parentBody());
        values.put(DraftTemplate.BODY, h.body());
        values.put(DraftTemplate.SYMBOL, h.symbol());
        values.put(DraftTemplate.PLACE, h.place());
        values.put(
                DraftTemplate.YEAR,
                draft.target().year() == null ? "……" : draft.target().year().toString());
        values.put(DraftTemplate.SUBJECT, h.subject());
        values.put(DraftTemplate.SIGNER_MARK, h.signerMark() == null ? "TM. ỦY BAN NHÂN DÂN" : h.signerMark());
        values.put(DraftTemplate.SIGNER_TITLE, h.signerTitle() == null ? "CHỦ TỊCH" : h.signerTitle());
        values.put(DraftTemplate.SIGNER, h.signer() == null ? "" : h.signer());
        XWPFParagraph marker = null;
        // the body's paragraphs and those of its tables (the header and signature tables hold placeholders)
        for (XWPFParagraph p : DocxDraftWriter.paragraphs(doc)) {
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
        return marker;
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
}
