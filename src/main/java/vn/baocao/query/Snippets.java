package vn.baocao.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.normalize.VietnameseText;

/**
 * The snippet of a hit: a passage of its text around the matches a reader looks for, each matching token
 * wrapped in « ». What a query looks for is a list of {@link Want}s, each with alternatives from best to
 * worst (the words as typed, with their diacritics, before the same words folded): only the best
 * alternative found in the text is marked, so "chỉ số" marks "chỉ số" and not every "Sở" and "Số:" of the
 * text, and a document named "Đề án 06" marks "Đề án 06" and "06/ĐA-…", not every "(6)" and "09/6/2025". The
 * passage is the stretch of {@value #LENGTH} characters holding the most different things looked for,
 * centred on them and started at a sentence or word boundary. One pass of the analyser over the text (the
 * text the index stored: nothing is read again), no regular expression over it.
 */
final class Snippets {

    /** Characters of a snippet, about. */
    static final int LENGTH = 220;

    /** A term of a {@link Phrase} that matches any number ("2020" in "30/2020/NĐ-CP"). */
    static final String ANY_NUMBER = "#";

    /**
     * Consecutive terms to find.
     *
     * @param terms  terms as the index makes them: with diacritics ({@link ReportIndex#TEXT}) when {@code exact},
     *               else folded ({@link ReportIndex#TEXT_FOLDED}); {@value #ANY_NUMBER} for any number
     * @param joined the terms are the parts of one symbol: only "/", "-" and spaces between them ("75/KH-UBND",
     *               not "06, đã")
     */
    record Phrase(List<String> terms, boolean exact, boolean joined) {

        Phrase(List<String> terms, boolean exact) {
            this(terms, exact, false);
        }
    }

    /**
     * One thing the query looks for: alternatives from best to worst, each a set of phrases; the first
     * alternative of which the text holds a phrase is marked. When none is found, the wants of
     * {@code otherwise} are looked for instead (the words of a phrase one by one).
     */
    record Want(List<List<Phrase>> alternatives, List<Want> otherwise) {

        Want {
            alternatives = List.copyOf(alternatives);
            otherwise = List.copyOf(otherwise);
        }

        static Want of(List<Phrase> phrases) {
            return new Want(List.of(phrases), List.of());
        }
    }

    /** One token of the text: its terms with and without diacritics and where it is. */
    private record Token(String exact, String folded, int start, int end) {
    }

    /** A found phrase: tokens [from, to) of the text, of the top-level want {@code want}. */
    private record Found(int from, int to, int want) {
    }

    private Snippets() {
    }

    /** The snippet of {@code text} for what a query looks for. */
    static String of(String text, List<Want> wants) throws IOException {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Token> tokens = tokens(text);
        Where where = new Where(tokens);
        List<Found> found = new ArrayList<>();
        for (int w = 0; w < wants.size(); w++) {
            find(wants.get(w), w, text, tokens, where, found);
        }
        if (found.isEmpty()) {
            return VietnameseText.collapseSpaces(text.length() > LENGTH ? cut(text, 0, LENGTH) + "…" : text);
        }
        found.sort((a, b) -> a.from != b.from ? Integer.compare(a.from, b.from) : Integer.compare(b.to, a.to));
        // the stretch of at most LENGTH characters holding the most of what is looked for — each want counted once,
        // by the words of its longest find (a phrase before a word) —, then the most finds; the earliest of equals
        int best = 0, bestLast = 0, bestScore = -1;
        java.util.Map<Integer, Integer> kinds = new java.util.HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            int start = tokens.get(found.get(i).from).start;
            kinds.clear();
            int last = i, count = 0;
            for (int j = i; j < found.size() && tokens.get(found.get(j).to - 1).end - start <= LENGTH; j++) {
                kinds.merge(found.get(j).want, found.get(j).to - found.get(j).from, Math::max);
                last = j;
                count++;
            }
            int words = 0;
            for (int k : kinds.values()) {
                words += k;
            }
            int score = words * 10_000 + Math.min(count, 9_999);
            if (score > bestScore) {
                bestScore = score;
                best = i;
                bestLast = last;
            }
        }
        int first = tokens.get(found.get(best).from).start;
        int end = first;
        for (int j = best; j <= bestLast; j++) {
            end = Math.max(end, tokens.get(found.get(j).to - 1).end);
        }
        int from = start(text, first, Math.max(0, (LENGTH - (end - first)) / 2));
        int to = end(text, Math.max(end, Math.min(text.length(), from + LENGTH)));
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        java.util.BitSet marked = new java.util.BitSet(tokens.size());
        for (Found f : found) {
            marked.set(f.from, f.to);
        }
        int at = from;
        for (int t = marked.nextSetBit(0); t >= 0; t = marked.nextSetBit(t + 1)) {
            Token k = tokens.get(t);
            if (k.start < from || k.end > to) {
                continue;
            }
            out.append(text, at, k.start).append(Search.MARK_OPEN).append(text, k.start, k.end).append(Search.MARK_CLOSE);
            at = k.end;
        }
        out.append(text, at, to).append(to < text.length() ? "…" : "");
        return VietnameseText.collapseSpaces(out.toString());
    }

    /** Finds a want's best alternative (or else its {@code otherwise}), adding the finds as top-level want {@code w}. */
    private static void find(Want want, int w, String text, List<Token> tokens, Where where, List<Found> found) {
        for (List<Phrase> alternative : want.alternatives()) {
            int before = found.size();
            for (Phrase p : alternative) {
                int n = p.terms().size();
                String first = p.terms().getFirst();
                if (first.equals(ANY_NUMBER)) {
                    for (int i = 0; i + n <= tokens.size(); i++) {
                        if (matches(p, text, tokens, i)) {
                            found.add(new Found(i, i + n, w));
                        }
                    }
                    continue;
                }
                // only where the text has the first term (in ascending order, as a scan of every token would find them)
                int[] at = where.of(first, p.exact());
                for (int i : at) {
                    if (i + n <= tokens.size() && matches(p, text, tokens, i)) {
                        found.add(new Found(i, i + n, w));
                    }
                }
            }
            if (found.size() > before) {
                return;
            }
        }
        for (Want o : want.otherwise()) {
            find(o, w + 1_000 * (1 + want.otherwise().indexOf(o)), text, tokens, where, found);
        }
    }

    /** Where each term is in a text's tokens (ascending), with and without diacritics; made on first use. */
    private static final class Where {
        private static final int[] NONE = new int[0];
        private final List<Token> tokens;
        private java.util.Map<String, int[]> exact, folded;

        Where(List<Token> tokens) {
            this.tokens = tokens;
        }

        int[] of(String term, boolean withDiacritics) {
            if (withDiacritics) {
                if (exact == null) {
                    exact = index(true);
                }
                return exact.getOrDefault(term, NONE);
            }
            if (folded == null) {
                folded = index(false);
            }
            return folded.getOrDefault(term, NONE);
        }

        private java.util.Map<String, int[]> index(boolean withDiacritics) {
            java.util.Map<String, int[]> counts = new java.util.HashMap<>();
            java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
            for (Token t : tokens) {
                sizes.merge(withDiacritics ? t.exact : t.folded, 1, Integer::sum);
            }
            sizes.forEach((k, v) -> counts.put(k, new int[v + 1])); // [0]: how many are filled
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int[] a = counts.get(withDiacritics ? t.exact : t.folded);
                a[++a[0]] = i;
            }
            java.util.Map<String, int[]> out = new java.util.HashMap<>(counts.size() * 2);
            counts.forEach((k, a) -> out.put(k, java.util.Arrays.copyOfRange(a, 1, a.length)));
            return out;
        }
    }

    private static boolean matches(Phrase p, String text, List<Token> tokens, int at) {
        for (int k = 0; k < p.terms().size(); k++) {
            String term = p.terms().get(k);
            Token t = tokens.get(at + k);
            if (term.equals(ANY_NUMBER) ? !isNumber(t.exact) : !term.equals(p.exact() ? t.exact : t.folded)) {
                return false;
            }
            if (p.joined() && k > 0) {
                for (int c = tokens.get(at + k - 1).end; c < t.start; c++) {
                    if ("/- ".indexOf(text.charAt(c)) < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static List<Token> tokens(String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = ReportIndex.ANALYZER.tokenStream(ReportIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String exact = term.toString();
                out.add(new Token(exact, VietnameseText.fold(exact), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        return out;
    }

    /**
     * Where a snippet starts: {@code lead} characters before the first match, moved forward to the start of a
     * sentence or line within them when there is one, else to the start of a word.
     */
    private static int start(String text, int first, int lead) {
        int from = Math.max(0, first - lead);
        for (int i = first - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && ".;:!?".indexOf(text.charAt(i - 1)) >= 0)) {
                return i + 1;
            }
        }
        while (from > 0 && from < first && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        return from;
    }

    /** Where a snippet ends: at {@code at}, moved on to the end of its word. */
    private static int end(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        int to = at;
        while (to > 0 && !Character.isWhitespace(text.charAt(to))) {
            to++;
            if (to >= text.length()) {
                return text.length();
            }
        }
        return to;
    }

    private static String cut(String text, int from, int length) {
        return text.substring(from, end(text, Math.min(text.length(), from + length)));
    }
}
