package vn.baocao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.baocao.extract.Span;
import vn.baocao.query.Search;
import vn.baocao.store.Store;

/**
 * Text cut into runs for the templates, which escape every run: plain text, highlighted matches, figures,
 * and references linked to their document's page. No markup is ever built from document text.
 */
public final class Markup {

    /** What a run is. */
    public enum Kind {
        TEXT,
        MATCH,
        FIGURE,
        REFERENCE
    }

    /** One run of text; {@code href} is the page of the document a reference cites, else null. */
    public record Run(String text, Kind kind, String href) {}

    private Markup() {}

    /** A search snippet: the parts between {@link Search#MARK_OPEN} and {@link Search#MARK_CLOSE} are matches. */
    static List<Run> snippet(String snippet) {
        List<Run> out = new ArrayList<>();
        String s = snippet == null ? "" : snippet;
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(Search.MARK_OPEN, i);
            int close = open < 0 ? -1 : s.indexOf(Search.MARK_CLOSE, open + 1);
            if (open < 0 || close < 0) {
                out.add(new Run(s.substring(i), Kind.TEXT, null));
                break;
            }
            if (open > i) {
                out.add(new Run(s.substring(i, open), Kind.TEXT, null));
            }
            out.add(new Run(s.substring(open + 1, close), Kind.MATCH, null));
            i = close + 1;
        }
        return out;
    }

    /**
     * A search snippet for a query: as {@link #snippet(String)}, but a match of a word the query typed with
     * diacritics that matched only without them ("Sở" for "chỉ số") is plain text.
     */
    static List<Run> snippet(String snippet, QueryWords words) {
        return snippet(snippet).stream()
                .map(r -> r.kind() == Kind.MATCH && words.foldedOnly(r.text()) ? new Run(r.text(), Kind.TEXT, null) : r)
                .toList();
    }

    private record Mark(int start, int end, Kind kind, String href) {}

    /**
     * A section's text with the symbols of its references linked and its figures marked, exactly where
     * extraction found them (their {@link Span}s into the section's body); rows without a span there
     * (footnotes, rows stored before spans were kept) mark nothing.
     */
    static List<Run> section(String body, List<Store.ReferenceRow> refs, List<Store.FigureRow> figures) {
        String s = body == null ? "" : body;
        return runs(s, marks(s, refs, figures, null), 0, s.length());
    }

    /**
     * A stretch of a section's text: running text (its lines kept), or a table, each cell's runs apart. A
     * table's text in the section body is its rows joined by '\n' and its cells by '\t' ({@link
     * vn.baocao.read.Table#text()}), and the spans of its figures point into it, so the cells are cut from the
     * body with their marks.
     */
    public record Block(List<Run> runs, List<List<List<Run>>> rows) {

        public boolean table() {
            return rows != null;
        }
    }

    /**
     * A section's text as running text and tables, with references linked, figures marked (as {@link
     * #section}) and the words of a query (null: none) marked as matches where no figure or reference is.
     */
    static List<Block> blocks(
            String body, List<Store.ReferenceRow> refs, List<Store.FigureRow> figures, QueryWords query) {
        String s = body == null ? "" : body;
        List<Mark> marks = marks(s, refs, figures, query);
        List<Block> out = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        for (int at = 0; at <= s.length(); ) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            lines.add(new int[] {at, end});
            at = end + 1;
        }
        int textFrom = 0;
        for (int i = 0; i < lines.size(); ) {
            int j = i;
            while (j < lines.size()
                    && s.substring(lines.get(j)[0], lines.get(j)[1]).indexOf('\t') >= 0) {
                j++;
            }
            boolean table = j - i >= 2
                    || j - i == 1
                            && s.substring(lines.get(i)[0], lines.get(i)[1])
                                            .chars()
                                            .filter(c -> c == '\t')
                                            .count()
                                    >= 2;
            if (!table) {
                i = Math.max(j, i + 1);
                continue;
            }
            int tableFrom = lines.get(i)[0];
            if (tableFrom - 1 > textFrom) {
                out.add(new Block(runs(s, marks, textFrom, tableFrom - 1), null));
            }
            List<List<List<Run>>> rows = new ArrayList<>();
            for (int k = i; k < j; k++) {
                List<List<Run>> cells = new ArrayList<>();
                int cellFrom = lines.get(k)[0];
                int lineEnd = lines.get(k)[1];
                while (true) {
                    int tab = s.indexOf('\t', cellFrom);
                    int cellEnd = tab < 0 || tab > lineEnd ? lineEnd : tab;
                    cells.add(runs(s, marks, cellFrom, cellEnd));
                    if (cellEnd == lineEnd) {
                        break;
                    }
                    cellFrom = cellEnd + 1;
                }
                rows.add(cells);
            }
            out.add(new Block(null, rows));
            textFrom = lines.get(j - 1)[1] + 1;
            i = j;
        }
        if (textFrom < s.length()) {
            out.add(new Block(runs(s, marks, textFrom, s.length()), null));
        }
        return out;
    }

    /** The marks of a text, sorted and without overlaps (the first, longest mark at a place wins). */
    private static List<Mark> marks(
            String s, List<Store.ReferenceRow> refs, List<Store.FigureRow> figures, QueryWords query) {
        List<Mark> marks = new ArrayList<>();
        for (Store.ReferenceRow r : refs) {
            String symbol = r.symbol() != null ? r.symbol() : r.canonical();
            if (symbol != null && r.canonical() != null && inBody(r.span(), s)) {
                // the link is the symbol inside the mention ("Kế hoạch số [75/KH-UBND]")
                int at = s.substring(r.span().start(), r.span().end()).indexOf(symbol);
                int from = at < 0 ? r.span().start() : r.span().start() + at;
                int to = at < 0 ? r.span().end() : from + symbol.length();
                marks.add(new Mark(from, to, Kind.REFERENCE, Links.document(r.canonical())));
            }
        }
        for (Store.FigureRow f : figures) {
            if (inBody(f.span(), s)) {
                marks.add(new Mark(f.span().start(), f.span().end(), Kind.FIGURE, null));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(x -> -x.end()));
        List<Mark> kept = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            if (m.start() >= at) {
                kept.add(m);
                at = m.end();
            }
        }
        if (query != null) {
            List<Mark> words = new ArrayList<>();
            for (int[] w : query.find(s)) {
                if (kept.stream().noneMatch(m -> m.start() < w[1] && w[0] < m.end())) {
                    words.add(new Mark(w[0], w[1], Kind.MATCH, null));
                }
            }
            kept.addAll(words);
            kept.sort(Comparator.comparingInt(Mark::start));
        }
        return kept;
    }

    /** The runs of {@code s} from {@code from} to {@code to}, marks cut at the ends. */
    private static List<Run> runs(String s, List<Mark> marks, int from, int to) {
        List<Run> out = new ArrayList<>();
        int at = from;
        for (Mark m : marks) {
            int a = Math.max(m.start(), from);
            int b = Math.min(m.end(), to);
            if (b <= a || a < at) {
                continue;
            }
            if (a > at) {
                out.add(new Run(s.substring(at, a), Kind.TEXT, null));
            }
            out.add(new Run(s.substring(a, b), m.kind(), m.href()));
            at = b;
        }
        if (at < to) {
            out.add(new Run(s.substring(at, to), Kind.TEXT, null));
        }
        return out;
    }

    private static boolean inBody(Span span, String body) {
        return span != null
                && span.part() == Span.Part.BODY
                && span.block() >= 0
                && span.start() >= 0
                && span.start() < span.end()
                && span.end() <= body.length();
    }

    /**
     * The references of a section that are not in its body text (cited in its title or its footnotes): listed
     * under the section so that every reference is linked.
     */
    static List<Store.ReferenceRow> notes(String body, List<Store.ReferenceRow> refs) {
        String s = body == null ? "" : body;
        List<Store.ReferenceRow> out = new ArrayList<>();
        for (Store.ReferenceRow r : refs) {
            if (r.canonical() != null && !inBody(r.span(), s)) {
                out.add(r);
            }
        }
        return out;
    }
}
