package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.normalize.LegacyEncoding;

/**
 * Converts the parts of a read document typed in a legacy Vietnamese encoding (TCVN3, VNI, VIQR) to
 * Unicode. The document's encoding is detected over all its text that holds no Unicode-only Vietnamese
 * letter (or taken from a font name); then each paragraph, cell, footnote and furniture line is converted
 * only if the conversion leaves fewer tokens that cannot be Vietnamese, so Unicode parts stay untouched.
 */
final class LegacyText {

    private LegacyText() {}

    /** The document with its legacy-encoded text in Unicode; the same document when there is none. */
    static ReportDocument toUnicode(ReportDocument doc, LegacyEncoding fontHint) {
        StringBuilder all = new StringBuilder(); // the text that may be legacy: no Unicode-only letter in it
        for (Block b : doc.body()) {
            if (!LegacyEncoding.hasUnicodeVietnamese(b.text())) {
                all.append(b.text()).append('\n');
            }
        }
        doc.footnotes().stream()
                .map(Footnote::text)
                .filter(t -> !LegacyEncoding.hasUnicodeVietnamese(t))
                .forEach(t -> all.append(t).append('\n'));
        LegacyEncoding enc = LegacyEncoding.detect(all.toString(), fontHint);
        if (enc == null && fontHint == null) {
            return doc;
        }
        LegacyEncoding use = enc != null ? enc : fontHint;
        boolean whole = enc != null; // the document as a whole reads in this encoding
        List<Block> body = new ArrayList<>(doc.body().size());
        boolean changed = false;
        for (Block b : doc.body()) {
            Block c = b;
            if (b instanceof Paragraph p) {
                String t = convert(p.text(), use, whole);
                c = t.equals(p.text()) ? p : new Paragraph(t, p.style(), p.line());
            } else if (b instanceof Table t) {
                List<List<Cell>> rows = new ArrayList<>();
                boolean any = false;
                for (List<Cell> row : t.rows()) {
                    List<Cell> r = new ArrayList<>(row.size());
                    for (Cell cell : row) {
                        String x = convert(cell.text(), use, whole);
                        any |= !x.equals(cell.text());
                        r.add(x.equals(cell.text()) ? cell : new Cell(x, cell.bold(), cell.italic()));
                    }
                    rows.add(r);
                }
                c = any ? new Table(rows, t.line()) : t;
            }
            changed |= c != b;
            body.add(c);
        }
        List<Footnote> notes = doc.footnotes().stream()
                .map(f -> new Footnote(f.marker(), convert(f.text(), use, whole), f.line()))
                .toList();
        List<String> furniture =
                doc.furniture().stream().map(f -> convert(f, use, whole)).toList();
        changed |= !notes.equals(doc.footnotes()) || !furniture.equals(doc.furniture());
        return changed ? new ReportDocument(doc.source(), doc.format(), body, notes, furniture) : doc;
    }

    /**
     * One piece of text: converted when that makes it more Vietnamese or, in a document that reads in
     * {@code enc} as a whole, when it makes it no less Vietnamese.
     */
    static String convert(String text, LegacyEncoding enc, boolean whole) {
        if (LegacyEncoding.detect(text, enc) != enc && !(whole && enc.fitsDocument(text))) {
            return text;
        }
        String u = enc.toUnicode(text);
        return enc == LegacyEncoding.TCVN3 ? LegacyEncoding.capitalizeTcvn3(u) : u;
    }
}
