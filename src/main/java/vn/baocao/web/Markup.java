package vn.baocao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private record Span(int start, int end, Kind kind, String href) {
    }

    /** A section's text with the symbols of its references linked and its figures marked. */
    static List<Run> section(String body, List<Store.ReferenceRow> refs, List<Store.FigureRow> figures) {
        String s = body == null ? "" : body;
        List<Span> spans = new ArrayList<>();
        for (Store.ReferenceRow r : refs) {
            String symbol = r.symbol() != null ? r.symbol() : r.canonical();
            if (symbol != null && r.canonical() != null) {
                addAll(spans, s, symbol, Kind.REFERENCE, Links.plan(r.canonical()));
            }
        }
        for (Store.FigureRow f : figures) {
            if (f.text() != null && !f.text().isBlank()) {
                addAll(spans, s, f.text(), Kind.FIGURE, null);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(x -> -x.end()));
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (Span sp : spans) {
            if (sp.start() < at) {
                continue; // overlaps an earlier span
            }
            if (sp.start() > at) {
                out.add(new Run(s.substring(at, sp.start()), Kind.TEXT, null));
            }
            out.add(new Run(s.substring(sp.start(), sp.end()), sp.kind(), sp.href()));
            at = sp.end();
        }
        if (at < s.length()) {
            out.add(new Run(s.substring(at), Kind.TEXT, null));
        }
        return out;
    }

    /**
     * The references of a section whose symbol its own text does not contain (they are cited in its
     * footnotes): listed under the section so that every reference is linked.
     */
    static List<Store.ReferenceRow> notes(String body, List<Store.ReferenceRow> refs) {
        String s = body == null ? "" : body;
        List<Store.ReferenceRow> out = new ArrayList<>();
        for (Store.ReferenceRow r : refs) {
            String symbol = r.symbol() != null ? r.symbol() : r.canonical();
            if (r.canonical() != null && symbol != null && !s.contains(symbol)) {
                out.add(r);
            }
        }
        return out;
    }

    private static void addAll(List<Span> spans, String s, String needle, Kind kind, String href) {
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            spans.add(new Span(i, i + needle.length(), kind, href));
        }
    }
}
