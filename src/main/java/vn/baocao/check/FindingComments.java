package vn.baocao.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Findings written into a DOCX as Word comments (author {@value #AUTHOR}), each on the first paragraph that
 * prints one of its figures, else on the first paragraph of the document: what a drafter reads in Word
 * before sending.
 */
public final class FindingComments {

    /** Author of the comments. */
    public static final String AUTHOR = "baocao kiểm tra số liệu";

    private FindingComments() {}

    /** Adds the findings to {@code in} as comments and writes the result to {@code out} (may be the same file). */
    public static void annotate(Path in, List<Finding> findings, Path out) throws IOException {
        XWPFDocument doc;
        try (InputStream s = Files.newInputStream(in)) {
            doc = new XWPFDocument(s);
        }
        try (doc) {
            add(doc, findings);
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".kiemtra", ".docx");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                doc.write(o);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Adds the findings to an open document as comments. */
    public static void add(XWPFDocument doc, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        int next = 20_000; // above footnote and provenance comment ids (see DocxDraftWriter)
        for (XWPFComment c : comments.getComments()) {
            next = Math.max(next, Integer.parseInt(c.getId()) + 1);
        }
        List<XWPFParagraph> paragraphs = vn.baocao.draft.DocxDraftWriter.paragraphs(doc);
        if (paragraphs.isEmpty()) {
            return;
        }
        for (Finding f : findings) {
            XWPFParagraph at = where(paragraphs, f);
            int id = next++;
            XWPFComment c = comments.createComment(BigInteger.valueOf(id));
            c.setAuthor(AUTHOR);
            c.setInitials("KT");
            c.createParagraph()
                    .createRun()
                    .setText("Kiểm tra số liệu (" + f.kind().label() + "): " + f.explanation());
            for (Place p : f.places()) {
                c.createParagraph().createRun().setText("– " + p.describe() + ": «" + p.text() + "»");
            }
            at.getCTP().insertNewCommentRangeStart(0).setId(BigInteger.valueOf(id));
            at.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(id));
            at.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(id));
        }
    }

    private static XWPFParagraph where(List<XWPFParagraph> paragraphs, Finding f) {
        for (Place p : f.places()) {
            if (p.text() == null || p.text().isBlank()) {
                continue;
            }
            for (XWPFParagraph para : paragraphs) {
                if (!p.inTable() && para.getText().contains(p.text())) {
                    return para;
                }
            }
        }
        for (XWPFParagraph para : paragraphs) {
            if (!para.getText().isBlank()) {
                return para;
            }
        }
        return paragraphs.get(0);
    }
}
