package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.baocao.read.PdfReader.Line;
import vn.baocao.read.PdfReader.PageInfo;
import vn.baocao.read.PdfReader.Word;
import vn.baocao.rules.LayoutCues;

/**
 * The two-column blocks of an administrative document laid out by Nghị định 30/2020: the header (issuing
 * body and "Số: …" on the left, the national motto and "<place>, ngày … tháng … năm …" on the right, above
 * the document type and title) and the signature block (the "Nơi nhận:" list on the left, the authority
 * mark, position and name of the signer on the right).
 *
 * <p>A PDF prints both columns on shared text lines; these blocks are rebuilt as a one-row table of two
 * cells, the lines of each column joined by new lines, as the DOCX reader gives the table the document was
 * typed in. The columns are told apart by geometry: the widest band of the page's middle that no word of
 * the block crosses. Each column's words are regrouped into lines by their own baselines, so a number typed
 * into a blank at another height stays on its line ("Số: 184 /BC-SNV").
 */
final class PdfColumns {

    /** A line naming the document type (the title block starts there, below the header). */
    private final Pattern docType;

    private final Pattern addressee;
    /** The "Số: …" line of the header's left column. */
    private final Pattern symbolLine;
    /** The "<place>, ngày … tháng … năm …" line of the header's right column. */
    private final Pattern dateLine;

    private final Pattern mottoLine;
    private final Pattern recipientsLine;
    /** A line of a digital-signature stamp printed over the signature by the signing software. */
    private final Pattern stamp;

    /** The patterns are built from the rules' layout cues. */
    PdfColumns(LayoutCues cues) {
        docType = cues.pattern("^", "document-title", "(?:\\s+[\\p{Lu}\\d]+)*\\s*$", 0);
        addressee = cues.pattern("^", "addressee", "", 0);
        symbolLine = cues.pattern("^", "symbol-label-pdf", "\\s*[:.]", 0);
        dateLine = Pattern.compile("(?iu),?\\s*" + cues.of("date-line"));
        mottoLine = Pattern.compile(
                cues.of("motto") + "|" + cues.of("motto-subtitle"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        recipientsLine = cues.pattern("^", "recipients", "\\b", Pattern.CASE_INSENSITIVE);
        stamp = Pattern.compile(
                "^" + cues.of("signature-stamp")
                        + "\\s*:|[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\d{1,2}:\\d{2}(?::\\d{2})"
                        + "|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s+\\d{1,2}:\\d{2}",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The lines with the header of page 1 replaced by a one-row, two-cell table. */
    List<Line> header(List<Line> lines, Map<Integer, PageInfo> pages, List<String> furniture) {
        PageInfo info = pages.get(1);
        if (info == null) {
            return lines;
        }
        float w = info.width();
        List<float[]> free = List.of(new float[] {w * 0.25f, w * 0.62f});
        List<Integer> zone = new ArrayList<>();
        boolean so = false;
        boolean date = false;
        boolean motto = false;
        Line last = null;
        for (int i = 0; i < lines.size() && zone.size() < 16; i++) {
            Line l = lines.get(i);
            if (l.page() != 1 || l.table() != null || l.recognized() || l.top() > info.height() * 0.5f) {
                break;
            }
            if (docType.matcher(l.text()).matches()
                    || addressee.matcher(l.text()).find()) {
                break;
            }
            List<float[]> next = minus(free, l.words());
            if (widest(next) < 4) {
                break; // a line across both columns: the title or the body
            }
            float boundary = middle(next);
            if (date && !(l.x1() < boundary && last != null && l.top() - last.bottom() < l.size() * 1.2f)) {
                break; // below the date only the left column goes on (the "V/v" subject of a công văn)
            }
            free = next;
            zone.add(i);
            last = l;
            List<Word> leftWords =
                    l.words().stream().filter(x -> x.center() < boundary).toList();
            List<Word> rightWords =
                    l.words().stream().filter(x -> x.center() >= boundary).toList();
            for (List<Word> row : PdfPageLayout.rows(leftWords)) {
                so |= symbolLine.matcher(PdfPageLayout.text(row)).find();
            }
            for (List<Word> row : PdfPageLayout.rows(rightWords)) {
                date |= dateLine.matcher(PdfPageLayout.text(row)).find();
            }
            motto |= mottoLine.matcher(l.text()).find();
        }
        if (zone.size() < 2 || !(so || date || motto)) {
            return lines;
        }
        float boundary = middle(free);
        Line table = twoCells(lines, zone, boundary, furniture);
        if (table == null) {
            return lines;
        }
        return replace(lines, zone, table);
    }

    /** The lines with the signature block ("Nơi nhận" and the signer) replaced by a one-row, two-cell table. */
    List<Line> signature(List<Line> lines, Map<Integer, PageInfo> pages, List<String> furniture) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            PageInfo info = pages.get(l.page());
            if (info != null
                    && l.table() == null
                    && !l.recognized()
                    && !l.words().isEmpty()
                    && l.x0() < info.width() * 0.4f
                    && recipientsLine.matcher(l.text()).find()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return lines;
        }
        int page = lines.get(start).page();
        PageInfo info = pages.get(page);
        float w = info.width();
        // the signer's lines may begin above "Nơi nhận"
        while (start > 0) {
            Line above = lines.get(start - 1);
            Line l = lines.get(start);
            if (above.page() != page
                    || above.table() != null
                    || above.recognized()
                    || above.x0() < w * 0.45f
                    || l.top() - above.bottom() > above.size() * 1.5f) {
                break;
            }
            start--;
        }
        List<float[]> free = List.of(new float[] {w * 0.3f, w * 0.65f});
        List<Integer> zone = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.page() != page
                    || l.table() != null
                    || l.recognized()
                    || !zone.isEmpty() && l.text().matches("^" + Footnote.MARKER_DIGIT + "+\\s*\\S.*")
                    || !zone.isEmpty() && l.text().matches("\\d{1,3}|-\\s*\\d{1,3}\\s*-")) {
                break;
            }
            List<float[]> next = minus(free, l.words());
            if (widest(next) < 4) {
                break;
            }
            free = next;
            zone.add(i);
        }
        if (zone.isEmpty()) {
            return lines;
        }
        Line table = twoCells(lines, zone, middle(free), furniture);
        if (table == null) {
            return lines;
        }
        return replace(lines, zone, table);
    }

    /** The table of two cells holding the words of the zone's lines left and right of {@code boundary}. */
    private Line twoCells(List<Line> lines, List<Integer> zone, float boundary, List<String> furniture) {
        List<Word> left = new ArrayList<>();
        List<Word> right = new ArrayList<>();
        for (int i : zone) {
            for (Word word : lines.get(i).words()) {
                (word.center() < boundary ? left : right).add(word);
            }
        }
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        Line first = lines.get(zone.getFirst());
        Line end = lines.get(zone.getLast());
        Table t = new Table(List.of(List.of(cell(left, furniture), cell(right, furniture))), 0);
        return Line.table(first.page(), t, first.top(), end.bottom());
    }

    private Cell cell(List<Word> words, List<String> furniture) {
        List<String> out = new ArrayList<>();
        int letters = 0;
        int bold = 0;
        for (List<Word> row : PdfPageLayout.rows(words)) {
            String t = PdfPageLayout.text(row);
            if (stamp.matcher(t).find()) {
                furniture.add("Chữ ký số: " + t);
                continue;
            }
            out.add(t);
            for (Word w : row) {
                letters += w.letters();
                bold += w.boldLetters();
            }
        }
        return new Cell(String.join("\n", out), letters > 0 && bold == letters, false);
    }

    private static List<Line> replace(List<Line> lines, List<Integer> zone, Line table) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i == zone.getFirst()) {
                out.add(table);
            }
            if (!zone.contains(i)) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /** The free intervals left after taking away what the words cover. */
    private static List<float[]> minus(List<float[]> free, List<Word> words) {
        List<float[]> out = new ArrayList<>(free);
        for (Word w : words) {
            List<float[]> next = new ArrayList<>();
            for (float[] f : out) {
                float a = w.x0() - 1;
                float b = w.x1() + 1;
                if (b <= f[0] || a >= f[1]) {
                    next.add(f);
                    continue;
                }
                if (a > f[0]) {
                    next.add(new float[] {f[0], a});
                }
                if (b < f[1]) {
                    next.add(new float[] {b, f[1]});
                }
            }
            out = next;
        }
        return out;
    }

    private static float widest(List<float[]> free) {
        float best = 0;
        for (float[] f : free) {
            best = Math.max(best, f[1] - f[0]);
        }
        return best;
    }

    private static float middle(List<float[]> free) {
        float[] best = null;
        for (float[] f : free) {
            if (best == null || f[1] - f[0] > best[1] - best[0]) {
                best = f;
            }
        }
        return best == null ? 0 : (best[0] + best[1]) / 2;
    }
}
