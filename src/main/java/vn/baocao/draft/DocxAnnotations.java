package vn.baocao.draft;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Source;

/**
 * The draft's Word comments (the source of each carried block, author {@value DocxDraftWriter#COMMENT_AUTHOR})
 * and footnotes of one document: their ids, the comment ranges, the separator footnotes; {@link DocxBody} writes
 * what they say.
 */
final class DocxAnnotations {

    private final XWPFDocument doc;
    private final XWPFComments comments;
    /**
     * Comment ids start far above footnote ids: LibreOffice (7.4) attaches footnote texts wrongly when a
     * comment and a footnote share an id.
     */
    private int nextComment = 10_000;

    private int nextFootnote = 0;

    DocxAnnotations(XWPFDocument doc) {
        this.doc = doc;
        this.comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        for (XWPFComment c : comments.getComments()) { // a user's template may carry comments of its own
            nextComment = Math.max(nextComment, Integer.parseInt(c.getId()) + 1);
        }
    }

    /** Adds a provenance comment; returns its id. */
    int comment(Source source, List<FigureMark> figures) {
        int id = nextComment++;
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(DocxDraftWriter.COMMENT_AUTHOR);
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

    /** Opens the range of comment {@code id} at the end of a paragraph. */
    static void start(XWPFParagraph p, int id) {
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(id));
    }

    /** Closes the range of comment {@code id} and places its reference. */
    static void end(XWPFParagraph p, int id) {
        p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(id));
        p.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(id));
    }

    /** A new normal footnote (the separators written first), empty. */
    XWPFFootnote footnote() {
        if (nextFootnote == 0) {
            separators();
        }
        XWPFFootnote fn = doc.createFootnote();
        fn.getCTFtnEdn().setId(BigInteger.valueOf(nextFootnote++));
        if (fn.getCTFtnEdn().isSetType()) {
            fn.getCTFtnEdn().unsetType(); // a normal footnote, as Word writes it
        }
        return fn;
    }

    /**
     * The separator footnotes Word writes first (ids -1 and 0), which readers expect before the notes.
     */
    private void separators() {
        XWPFFootnotes notes = doc.createFootnotes();
        boolean has =
                notes.getFootnotesList().stream().anyMatch(f -> f.getCTFtnEdn().isSetType());
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
        nextFootnote = Math.max(
                2,
                1
                        + notes.getFootnotesList().stream()
                                .mapToInt(f -> f.getCTFtnEdn().getId().intValue())
                                .max()
                                .orElse(0));
    }
}
