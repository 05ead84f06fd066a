package vn.baocao.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.IndexHit;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.Store;

/**
 * Full-text and symbol search over an {@link Archive}. A query is read as document mentions (any
 * spelling of a symbol: "75/KH-UBND", "KH 75", "ke hoach so 75", "Kế hoạch 75/KH-UBND" — see
 * {@link DocumentSymbols#mentionsInQuery}) plus free text. A named document ranks first the reports about it
 * (named in their title or opening "Thực hiện …": {@value #SUBJECT} added; mentioned again and again:
 * {@value #FREQUENT}). Free text must match on the folded field (so queries without diacritics or with the
 * other tone placement work); the words as typed with their diacritics ({@value #EXACT_WORD} each), as one
 * phrase ({@value #FOLDED_PHRASE}; as typed {@value #EXACT_PHRASE}) and in a title score higher, by constants
 * that do not depend on how common a word is, so "số" ranks above "sở" and "chỉ số" above "chỉ … Sở". Text in
 * double quotes must match as a phrase, with its diacritics when typed with them. Snippets: {@link Snippets}.
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
    public record Hit(
            long reportId,
            @JsonProperty("unit") String issuer,
            String period,
            String date,
            String sectionPath,
            String sectionTitle,
            String snippet,
            float score,
            String source) {}

    private final Archive archive;
    private final DocumentSymbols symbols;

    /** @param symbols the document symbols and type names of the rules the archive was imported with */
    public Search(Archive archive, DocumentSymbols symbols) {
        this.archive = archive;
        this.symbols = symbols;
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
    public record Page(List<Hit> hits, int total, Facets facets) {}

    /** Hit counts per value (most frequent first; ties in natural order of the value). */
    public record Facets(
            Map<String, Integer> unit,
            Map<String, Integer> level,
            Map<String, Integer> year,
            Map<String, Integer> period,
            Map<String, Integer> section) {}

    /** A page of {@code size} hits from {@code offset}, with the facet counts of the whole result. */
    public Page page(String query, ReportFilter filter, String section, int offset, int size) throws IOException {
        Matches m = matches(query, filter, section, PAGE_WINDOW);
        Map<String, Integer> unit = new HashMap<>(),
                level = new HashMap<>(),
                year = new HashMap<>(),
                period = new HashMap<>(),
                top = new HashMap<>();
        for (Match x : m.matches) {
            Store.ReportRow r = x.report;
            if (r != null) {
                count(unit, r.issuer());
                count(level, r.issuerLevel());
                count(
                        year,
                        r.period() == null || r.period().year() == null
                                ? null
                                : r.period().year().toString());
                count(period, Archive.periodLabel(r));
            }
            count(top, x.path.isEmpty() ? null : x.path.split("\\.")[0]);
        }
        return new Page(
                m.hits(offset, size),
                m.matches.size(),
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
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A matching index document before its snippet is made. */
    private record Match(IndexHit doc, long reportId, Store.ReportRow report, String path, float score) {}

    /** The matches of a query, best first, and what makes their snippets. */
    private record Matches(List<Match> matches, Snippets snippets) {
        List<Hit> hits(int offset, int size) throws IOException {
            List<Hit> out = new ArrayList<>();
            for (int i = Math.max(0, offset); i < matches.size() && out.size() < size; i++) {
                Match x = matches.get(i);
                IndexHit d = x.doc;
                Store.ReportRow r = x.report;
                out.add(new Hit(
                        x.reportId,
                        r == null ? d.issuer() : r.issuer(),
                        Archive.periodLabel(r),
                        r == null ? null : r.date(),
                        x.path,
                        d.title(),
                        snippets.of(d.text()),
                        x.score,
                        r == null ? null : r.sourcePath()));
            }
            return out;
        }
    }

    private Matches matches(String query, ReportFilter filter, String section, int limit) throws IOException {
        Parsed p = parse(query, archive.index().pairs());
        if (p.query == null) {
            throw new QueryException("Câu tìm kiếm «" + query + "» không có từ nào để tìm.");
        }
        int fetch = Math.max(1, section == null ? limit : Math.max(limit * 20, 200));
        // with ranking clauses, two passes: the selecting clause alone lets Lucene skip blocks that cannot
        // reach the top (at 100 000 reports most sections contain "cải cách hành chính"); the ranking clauses
        // then add their scores to the best RESCORE_WINDOW, as one boolean query would have added them to every hit
        List<IndexHit> docs =
                archive.index().search(p.query, archive.indexFilter(filter), p.boost, RESCORE_WINDOW, fetch);
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
        return new Matches(out, Snippets.of(p.highlight));
    }

    /** A section path as typed: "II", "II.1", "ii.1.a", "3.2". */
    private static final java.util.regex.Pattern SECTION_PATH =
            java.util.regex.Pattern.compile("(?i)([IVXLC]+|\\d+)(\\.\\d+)*(\\." + ListMarkers.LETTER + ")?");

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
     * what its snippets mark.
     */
    record Parsed(Query query, Query boost, List<Snippets.Want> highlight) {}

    /** Added to a hit of a document named in the query when the report is about it (its title, its opening). */
    static final float SUBJECT = 10f;
    /** Added to a hit of a document named in the query when the report mentions it again and again. */
    static final float FREQUENT = 4f;
    /** Added when the words are found as typed, with their diacritics, as one phrase. */
    static final float EXACT_PHRASE = 12f;
    /** Added when the words are found as one phrase without regard to diacritics. */
    static final float FOLDED_PHRASE = 6f;
    /** Added for each word found as typed, with its diacritics ("số" and not only "sở"). */
    static final float EXACT_WORD = 3f;

    /** {@link #parse(String, boolean)} for an index with the pair fields (any index made by this version). */
    Parsed parse(String query) throws IOException {
        return parse(query, true);
    }

    /**
     * @param pairs whether the index holds the pair fields ({@link ReportIndex#TEXT_PAIRS}): phrases are then
     *              queries on pairs of syllables, else position checks ({@link PhraseQuery})
     */
    Parsed parse(String query, boolean pairs) throws IOException {
        String q = VietnameseText.nfc(query == null ? "" : query);
        List<DocumentSymbols.Mention> mentions = symbols.mentionsInQuery(q);
        StringBuilder rest = new StringBuilder(q);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Snippets.Want> wants = new ArrayList<>();
        for (DocumentSymbols.Mention m : mentions) {
            b.add(mention(m, wants), Occur.MUST);
            if (m.key() != null) {
                // the reports about the document first: named in the title or opening, then mentioned again and again
                b.add(constant(new TermQuery(new Term(ReportIndex.SUBJECT_KEY, m.key())), SUBJECT), Occur.SHOULD);
                b.add(constant(new TermQuery(new Term(ReportIndex.FREQUENT_KEY, m.key())), FREQUENT), Occur.SHOULD);
            }
        }
        // the words: "…" parts are phrases that must match as written (with their diacritics when typed with them)
        List<List<String>> quoted = new ArrayList<>();
        StringBuilder free = new StringBuilder();
        String[] parts = rest.toString().split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                if (!tokens(ReportIndex.TEXT, parts[i]).isEmpty()) {
                    quoted.add(List.of(parts[i]));
                }
            } else {
                free.append(' ').append(parts[i]);
            }
        }
        List<String> folded = tokens(ReportIndex.TEXT_FOLDED, free.toString());
        List<String> accented = tokens(ReportIndex.TEXT, free.toString());
        String words = rest.toString().replace('"', ' ');
        List<String> allFolded = tokens(ReportIndex.TEXT_FOLDED, words);
        List<String> allAccented = tokens(ReportIndex.TEXT, words);
        if (!mentions.isEmpty()) { // "Kế hoạch số 75": the "số" of a mention
            dropSo(accented, folded);
            dropSo(allAccented, allFolded);
        }
        if (!allFolded.isEmpty()) {
            BooleanQuery.Builder select = new BooleanQuery.Builder();
            for (List<String> one : quoted) {
                List<String> a = tokens(ReportIndex.TEXT, one.get(0));
                List<String> f = tokens(ReportIndex.TEXT_FOLDED, one.get(0));
                boolean exact = !a.equals(f);
                select.add(
                        phrase(exact ? ReportIndex.TEXT : ReportIndex.TEXT_FOLDED, exact ? a : f, pairs), Occur.MUST);
                wants.add(Snippets.Want.of(List.of(new Snippets.Phrase(exact ? a : f, exact))));
            }
            for (String t : new java.util.LinkedHashSet<>(folded)) {
                select.add(new TermQuery(new Term(ReportIndex.TEXT_FOLDED, t)), Occur.MUST);
            }
            if (!folded.isEmpty()) {
                wants.add(words(accented, folded));
            }
            // ranking: the words as a phrase, with their diacritics, in a title
            BooleanQuery.Builder rank = new BooleanQuery.Builder();
            Query foldedPhrase = phrase(ReportIndex.TEXT_FOLDED, allFolded, pairs);
            Query exactPhrase = phrase(ReportIndex.TEXT, allAccented, pairs);
            rank.add(new BoostQuery(foldedPhrase, 2f), Occur.SHOULD);
            rank.add(new BoostQuery(all(ReportIndex.TEXT, allAccented), 2f), Occur.SHOULD);
            rank.add(new BoostQuery(exactPhrase, 4f), Occur.SHOULD);
            rank.add(new BoostQuery(phrase(ReportIndex.TITLE_FOLDED, allFolded, pairs), 2f), Occur.SHOULD);
            if (allFolded.size() > 1) {
                rank.add(constant(exactPhrase, EXACT_PHRASE), Occur.SHOULD);
                rank.add(constant(foldedPhrase, FOLDED_PHRASE), Occur.SHOULD);
            }
            for (String a : new java.util.LinkedHashSet<>(allAccented)) {
                rank.add(constant(new TermQuery(new Term(ReportIndex.TEXT, a)), EXACT_WORD), Occur.SHOULD);
            }
            if (mentions.isEmpty()) {
                // words alone select the hits; the ranking clauses re-rank the best of them (two passes)
                return new Parsed(select.build(), rank.build(), wants);
            }
            // with document mentions, words only rank the (few) hits: one query
            BooleanQuery.Builder t = new BooleanQuery.Builder();
            t.add(select.build(), Occur.MUST);
            rank.build().clauses().forEach(t::add);
            b.add(t.build(), Occur.SHOULD);
        }
        if (mentions.isEmpty()) {
            return new Parsed(null, null, null);
        }
        return new Parsed(b.build(), null, wants);
    }

    /**
     * What finds one document named in a query (its canonical symbol, its type–number key), adding to
     * {@code wants} what its snippets mark: the symbol as written, or "type name (số) number" and "number/CODE…"
     * (a number typed "06" or "6" alike), never the number alone.
     */
    private Query mention(DocumentSymbols.Mention m, List<Snippets.Want> wants) throws IOException {
        BooleanQuery.Builder one = new BooleanQuery.Builder();
        List<Snippets.Phrase> marks = new ArrayList<>();
        if (m.canonical() != null) {
            one.add(new BoostQuery(new TermQuery(new Term(ReportIndex.SYMBOL, m.canonical())), 3f), Occur.SHOULD);
            marks.add(new Snippets.Phrase(tokens(ReportIndex.TEXT_FOLDED, m.canonical()), false, true));
        }
        if (m.key() != null) {
            one.add(new TermQuery(new Term(ReportIndex.SYMBOL_KEY, m.key())), Occur.SHOULD);
            String type = m.key().substring(0, m.key().indexOf(':'));
            String number = m.key().substring(m.key().indexOf(':') + 1);
            String code = type.toLowerCase(Locale.ROOT);
            for (String n : number.length() == 1 ? List.of(number, "0" + number) : List.of(number)) {
                for (String name : symbols.namesOfKeyType(type)) {
                    List<String> words = tokens(ReportIndex.TEXT_FOLDED, name);
                    marks.add(new Snippets.Phrase(concat(words, List.of(n)), false));
                    marks.add(new Snippets.Phrase(concat(words, List.of("so", n)), false));
                }
                if (m.canonical() == null) {
                    marks.add(new Snippets.Phrase(List.of(n, code), false, true));
                    marks.add(new Snippets.Phrase(List.of(n, Snippets.ANY_NUMBER, code), false, true));
                }
            }
        }
        wants.add(Snippets.Want.of(marks));
        return one.build();
    }

    /**
     * What the snippets of free words mark: the words as one phrase as typed, else as one phrase folded, else
     * each word as typed where the text has it so, else folded.
     */
    private static Snippets.Want words(List<String> accented, List<String> folded) {
        List<Snippets.Want> each = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            each.add(new Snippets.Want(
                    List.of(
                            List.of(new Snippets.Phrase(List.of(accented.get(i)), true)),
                            List.of(new Snippets.Phrase(List.of(folded.get(i)), false))),
                    List.of()));
        }
        if (folded.size() == 1) {
            return each.get(0);
        }
        return new Snippets.Want(
                List.of(List.of(new Snippets.Phrase(accented, true)), List.of(new Snippets.Phrase(folded, false))),
                each);
    }

    /** Removes "so" (the "số" of "Kế hoạch số 75" left when the mention was taken out) from both term lists. */
    private static void dropSo(List<String> accented, List<String> folded) {
        for (int i = folded.size() - 1; i >= 0; i--) {
            if (folded.get(i).equals("so")) {
                folded.remove(i);
                accented.remove(i);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A query matching as {@code q} does, scoring {@code score} whatever the term statistics. */
    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    /** The terms the index would hold for a text in a field. */
    static List<String> tokens(String field, String text) throws IOException {
        return ReportIndex.terms(field, text);
    }

    /**
     * The sections holding the terms as one phrase. On a field with pairs of syllables ({@link ReportIndex#pairField})
     * in an index that has them: two syllables are one pair term; more, the conjunction of their pair terms (scored,
     * so Lucene skips blocks that cannot reach the top) confirmed by a phrase of the pairs, whose position checks
     * then run only on the few sections that hold every pair. Otherwise a {@link PhraseQuery} over the syllables,
     * whose position checks run on every section holding all of its (common) syllables.
     */
    private static Query phrase(String field, List<String> terms, boolean pairs) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        String pairField = pairs ? ReportIndex.pairField(field) : null;
        if (pairField == null) {
            return new PhraseQuery(field, terms.toArray(String[]::new));
        }
        List<String> p = ReportIndex.pairs(terms);
        if (p.size() == 1) {
            return new TermQuery(new Term(pairField, p.get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : p) {
            b.add(new TermQuery(new Term(pairField, t)), Occur.MUST);
        }
        b.add(new PhraseQuery(pairField, p.toArray(String[]::new)), Occur.FILTER);
        return b.build();
    }

    private static Query all(String field, List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return b.build();
    }
}
