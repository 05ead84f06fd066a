package vn.baocao.draft;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** What tests read in a draft DOCX. */
public final class DraftDocs {

    private DraftDocs() {}

    /**
     * The text the draft rolls to the new period: every body paragraph but the carried ones marked "Kỳ trước:" or
     * "Giữ nguyên:" (last period's text, kept as written), and the tables.
     */
    public static String rolledText(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && !isCarried(p.getText())) {
                sb.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        sb.append(c.getText()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A paragraph carried by the convention: "Kỳ trước: …" or "Giữ nguyên: …". */
    public static boolean isCarried(String paragraph) {
        return paragraph.startsWith(ReportDraft.Carry.PREVIOUS.label())
                || paragraph.startsWith(ReportDraft.Carry.STANDING.label());
    }
}
