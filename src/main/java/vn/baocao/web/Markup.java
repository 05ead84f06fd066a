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
    public enum Kind { TEXT, MATCH, FIGURE, REFERENCE }

    /** One run of text; {@code href} is the plan page of a reference, else null. */
    public record Run(String text, Kind kind, String href) {
    }

    private Markup() {
    }

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

    private record Mark(int start, int end, Kind kind, String href) {
    }

    /**
     * A section's text with the symbols of its references linked and its figures marked, exactly where
     * extraction found them (their {@link Span}s into the section's body); rows without a span there
     * (footnotes, rows stored before spans were kept) mark nothing.
     */
    static List<Run> section(String body, List<Store.ReferenceRow> refs, List<Store.FigureRow> figures) {
        String s = body == null ? "" : body;
        List<Mark> marks = new ArrayList<>();
        for (Store.ReferenceRow r : refs) {
            String symbol = r.symbol() != null ? r.symbol() : r.canonical();
            if (symbol != null && r.canonical() != null && inBody(r.span(), s)) {
                // the link is the symbol inside the mention ("Kế hoạch số [75/KH-UBND]")
                int at = s.substring(r.span().start(), r.span().end()).indexOf(symbol);
                int from = at < 0 ? r.span().start() : r.span().start() + at;
                int to = at < 0 ? r.span().end() : from + symbol.length();
                marks.add(new Mark(from, to, Kind.REFERENCE, Links.plan(r.canonical())));
            }
        }
        for (Store.FigureRow f : figures) {
            if (inBody(f.span(), s)) {
                marks.add(new Mark(f.span().start(), f.span().end(), Kind.FIGURE, null));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(x -> -x.end()));
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            if (m.start() < at) {
                continue; // overlaps an earlier mark
            }
            if (m.start() > at) {
                out.add(new Run(s.substring(at, m.start()), Kind.TEXT, null));
            }
            out.add(new Run(s.substring(m.start(), m.end()), m.kind(), m.href()));
            at = m.end();
        }
        if (at < s.length()) {
            out.add(new Run(s.substring(at), Kind.TEXT, null));
        }
        return out;
    }

    private static boolean inBody(Span span, String body) {
        return span != null && span.part() == Span.Part.BODY && span.block() >= 0 && span.start() >= 0
                && span.start() < span.end() && span.end() <= body.length();
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
