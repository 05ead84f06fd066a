package vn.baocao.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import vn.baocao.index.DocumentSymbols;
import vn.baocao.index.IndexHit;
import vn.baocao.index.ReportIndex;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.Store;

/**
 * Full-text and symbol search over an {@link Archive}. A query is read as document mentions (any
 * spelling of a symbol: "75/KH-UBND", "KH 75", "ke hoach so 75", "Kế hoạch 75/KH-UBND" — see
 * {@link DocumentSymbols#mentionsInQuery}) plus free text. Free text must match on the folded field (so
 * queries without diacritics or with the other tone placement work); matches with the exact diacritics,
 * whole-phrase matches and title matches score higher. Text in double quotes must match as a phrase.
 */
public final class Search {

    /** Matches in snippets are wrapped in these marks. */
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";

    /**
     * One hit.
     *
     * @param sectionPath  the section's path, "" for the report's text outside numbered sections
     * @param sectionTitle the section's number and title, or the report's title
     * @param snippet      a passage with the matches wrapped in « »
     */
    public record Hit(long reportId, String unit, String period, String date, String sectionPath, String sectionTitle,
                      String snippet, float score, String source) {
    }

    private final Archive archive;

    public Search(Archive archive) {
        this.archive = archive;
    }

    /**
     * The best hits for a query among the reports passing the filter; with {@code section}, only sections
     * whose path starts with it ("II", "II.1") or whose title contains it (diacritics optional).
     */
    public List<Hit> search(String query, ReportFilter filter, String section, int limit) throws IOException {
        Matches m = matches(query, filter, section, limit);
        return m.hits(0, limit);
    }

    /** How many hits a result page counts and facets at most. */
    public static final int PAGE_WINDOW = 1000;

    /**
     * One page of hits, for browsing: the hits from {@code offset}, the number of hits (at most
     * {@value #PAGE_WINDOW}) and, over all of them, the counts per unit, level, year, period and top-level
     * section.
     */
    public record Page(List<Hit> hits, int total, Facets facets) {
    }

    /** Hit counts per value (most frequent first; ties in natural order of the value). */
    public record Facets(Map<String, Integer> unit, Map<String, Integer> level, Map<String, Integer> year,
                         Map<String, Integer> period, Map<String, Integer> section) {
    }

    /** A page of {@code size} hits from {@code offset}, with the facet counts of the whole result. */
    public Page page(String query, ReportFilter filter, String section, int offset, int size) throws IOException {
        Matches m = matches(query, filter, section, PAGE_WINDOW);
        Map<String, Integer> unit = new HashMap<>(), level = new HashMap<>(), year = new HashMap<>(),
                period = new HashMap<>(), top = new HashMap<>();
        for (Match x : m.matches) {
            Store.ReportRow r = x.report;
            if (r != null) {
                count(unit, r.issuer());
                count(level, r.issuerLevel());
                count(year, r.period() == null || r.period().year() == null ? null : r.period().year().toString());
                count(period, Archive.periodLabel(r));
            }
            count(top, x.path.isEmpty() ? null : x.path.split("\\.")[0]);
        }
        return new Page(m.hits(offset, size), m.matches.size(),
                new Facets(sorted(unit), sorted(level), sorted(year), sorted(period), sorted(top)));
    }

    private static void count(Map<String, Integer> counts, String value) {
        if (value != null && !value.isBlank()) {
            counts.merge(value, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A matching index document before its snippet is made. */
    private record Match(IndexHit doc, long reportId, Store.ReportRow report, String path, float score) {
    }

    /** The matches of a query, best first, and the highlighter for their snippets. */
    private record Matches(List<Match> matches, Highlighter highlighter) {
        List<Hit> hits(int offset, int size) throws IOException {
            List<Hit> out = new ArrayList<>();
            for (int i = Math.max(0, offset); i < matches.size() && out.size() < size; i++) {
                Match x = matches.get(i);
                IndexHit d = x.doc;
                Store.ReportRow r = x.report;
                out.add(new Hit(x.reportId, r == null ? d.unit() : r.issuer(), Archive.periodLabel(r),
                        r == null ? null : r.date(), x.path, d.title(),
                        snippet(highlighter, d.text()), x.score, r == null ? null : r.sourcePath()));
            }
            return out;
        }
    }

    private Matches matches(String query, ReportFilter filter, String section, int limit) throws IOException {
        Parsed p = parse(query);
        if (p.query == null) {
            throw new QueryException("Câu tìm kiếm «" + query + "» không có từ nào để tìm.");
        }
        int fetch = Math.max(1, section == null ? limit : Math.max(limit * 20, 200));
        // with ranking clauses, two passes: the selecting clause alone lets Lucene skip blocks that cannot
        // reach the top (at 100 000 reports most sections contain "cải cách hành chính"); the ranking clauses
        // then add their scores to the best RESCORE_WINDOW, as one boolean query would have added them to every hit
        List<IndexHit> docs = archive.index().search(p.query, archive.indexFilter(filter), p.boost, RESCORE_WINDOW,
                fetch);
        List<Match> out = new ArrayList<>();
        for (IndexHit d : docs) {
            String path = d.sectionPath();
            String title = d.title();
            if (section != null && !sectionMatches(section, path, title)) {
                continue;
            }
            long id = d.reportId();
            Store.ReportRow report = archive.report(id).orElse(null);
            if (!filter.isAll() && (report == null || !filter.test(report))) {
                continue; // the store decides: the index may lag behind it (a report replaced, rules changed)
            }
            out.add(new Match(d, id, report, path, d.score()));
            if (out.size() >= limit) {
                break;
            }
        }
        return new Matches(out, highlighter(p.highlight));
    }

    /** A section path as typed: "II", "II.1", "ii.1.a", "3.2". */
    private static final java.util.regex.Pattern SECTION_PATH =
            java.util.regex.Pattern.compile("(?i)([IVXLC]+|\\d+)(\\.\\d+)*(\\.[a-zđ])?");

    static boolean sectionMatches(String wanted, String path, String title) {
        String w = wanted.strip();
        if (path.equalsIgnoreCase(w) || path.toUpperCase(Locale.ROOT).startsWith(w.toUpperCase(Locale.ROOT) + ".")) {
            return true;
        }
        if (SECTION_PATH.matcher(w).matches()) {
            return false; // a path ("I", "II.1") selects by path only, not titles containing those letters
        }
        return !path.isEmpty() && VietnameseText.fold(title).contains(VietnameseText.fold(w));
    }

    /** How many of the best hits of the selecting clause the ranking clauses re-rank. */
    static final int RESCORE_WINDOW = 400;

    /**
     * A parsed query: what selects the hits (scored), what only adds to their scores (null: nothing), and
     * what to highlight.
     */
    record Parsed(Query query, Query boost, Query highlight) {
    }

    static Parsed parse(String query) throws IOException {
        String q = VietnameseText.nfc(query == null ? "" : query);
        List<DocumentSymbols.Mention> mentions = DocumentSymbols.mentionsInQuery(q);
        StringBuilder rest = new StringBuilder(q);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        String text = rest.toString().strip();
        boolean quoted = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder h = new BooleanQuery.Builder();
        for (DocumentSymbols.Mention m : mentions) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            if (m.canonical() != null) {
                one.add(new BoostQuery(new TermQuery(new Term(ReportIndex.SYMBOL, m.canonical())), 3f), Occur.SHOULD);
                h.add(phrase(ReportIndex.TEXT_FOLDED, tokens(ReportIndex.TEXT_FOLDED, m.canonical())), Occur.SHOULD);
            }
            if (m.key() != null) {
                one.add(new TermQuery(new Term(ReportIndex.SYMBOL_KEY, m.key())), Occur.SHOULD);
                String number = m.key().substring(m.key().indexOf(':') + 1);
                h.add(new TermQuery(new Term(ReportIndex.TEXT_FOLDED, number)), Occur.SHOULD);
            }
            b.add(one.build(), Occur.MUST);
        }
        List<String> folded = tokens(ReportIndex.TEXT_FOLDED, text);
        folded.removeIf(t -> mentions.size() > 0 && t.equals("so"));
        if (!folded.isEmpty()) {
            List<String> accented = tokens(ReportIndex.TEXT, text);
            Query foldedPhrase = phrase(ReportIndex.TEXT_FOLDED, folded);
            Query select = quoted ? foldedPhrase : all(ReportIndex.TEXT_FOLDED, folded);
            // ranking: the words as a phrase, with their diacritics, in a title
            BooleanQuery.Builder rank = new BooleanQuery.Builder();
            rank.add(new BoostQuery(foldedPhrase, 2f), Occur.SHOULD);
            rank.add(new BoostQuery(all(ReportIndex.TEXT, accented), 2f), Occur.SHOULD);
            rank.add(new BoostQuery(phrase(ReportIndex.TEXT, accented), 4f), Occur.SHOULD);
            rank.add(new BoostQuery(phrase(ReportIndex.TITLE_FOLDED, folded), 2f), Occur.SHOULD);
            h.add(all(ReportIndex.TEXT_FOLDED, folded), Occur.SHOULD);
            h.add(phrase(ReportIndex.TEXT_FOLDED, folded), Occur.SHOULD);
            if (mentions.isEmpty()) {
                // words alone select the hits; the ranking clauses re-rank the best of them (two passes)
                return new Parsed(select, rank.build(), h.build());
            }
            // with document mentions, words only rank the (few) hits: one query
            BooleanQuery.Builder t = new BooleanQuery.Builder();
            t.add(select, Occur.MUST);
            rank.build().clauses().forEach(t::add);
            b.add(t.build(), Occur.SHOULD);
        }
        if (mentions.isEmpty()) {
            return new Parsed(null, null, null);
        }
        return new Parsed(b.build(), null, h.build());
    }

    /** The terms the index would hold for a text in a field. */
    static List<String> tokens(String field, String text) throws IOException {
        return ReportIndex.terms(field, text);
    }

    private static Query phrase(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    private static Query all(String field, List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return b.build();
    }

    private static Highlighter highlighter(Query highlight) {
        QueryScorer scorer = new QueryScorer(highlight, ReportIndex.TEXT_FOLDED);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter(MARK_OPEN, MARK_CLOSE), scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, 220));
        h.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return h;
    }

    private static String snippet(Highlighter h, String text) throws IOException {
        if (text == null) {
            return "";
        }
        String best = null;
        try {
            best = h.getBestFragment(ReportIndex.ANALYZER, ReportIndex.TEXT_FOLDED, text);
        } catch (InvalidTokenOffsetsException e) {
            // fall back to the opening of the text
        }
        if (best == null) {
            best = text.length() > 220 ? text.substring(0, 220) + "…" : text;
        }
        return VietnameseText.collapseSpaces(best);
    }
}
