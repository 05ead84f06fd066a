package vn.baocao.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a {@link ReportDraft} as DOCX on the template of {@link DraftTemplate}: placeholders filled, the body
 * inserted at {@code {NOI_DUNG}} with the formatting of that paragraph, appendices after the signature block,
 * figures highlighted ({@code w:highlight}) with their last value in view, carried footnotes as Word footnotes,
 * and the source of every carried paragraph, footnote, heading, table and commitment as a Word comment. Each
 * part by a class of its own: {@link DocxTemplateFields} (the placeholders), {@link DocxBody} (body, tables,
 * drafting notes), {@link DocxAnnotations} (the comments' and footnotes' ids and ranges).
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

    private final Path template;

    /** @param template the template file, or null for {@link DraftTemplate#DEFAULT} or the built-in one */
    public DocxDraftWriter(Path template) {
        this.template = template;
    }

    public void write(ReportDraft draft, Path file) throws IOException {
        write(draft, file, doc -> {});
    }

    /**
     * Writes the draft, {@code finish} adding to the filled document before it is saved (the figure checks'
     * comments, {@code check.FindingComments#add}): one pass, the file written once.
     */
    public void write(ReportDraft draft, Path file, Consumer<XWPFDocument> finish) throws IOException {
        try (XWPFDocument doc = DraftTemplate.open(template)) {
            DocxAnnotations notes = new DocxAnnotations(doc);
            XWPFParagraph marker = DocxTemplateFields.fill(doc, draft);
            new DocxBody(doc, draft, notes, marker).write();
            doc.getProperties()
                    .getCoreProperties()
                    .setTitle("Dự thảo báo cáo " + draft.header().subject());
            doc.getProperties().getCoreProperties().setCreator("baocao");
            doc.getProperties()
                    .getCoreProperties()
                    .setDescription(
                            "Soạn từ " + draft.baseLabel() + "; nguồn từng đoạn trong chú thích và tệp .nguon.json");
            finish.accept(doc);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
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
