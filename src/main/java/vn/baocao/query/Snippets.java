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
 * centred on them and started at a sentence or word boundary. The text is the one the index stored (nothing is
 * read again), and only where a phrase may be is it analysed: a scan of the folded text finds the places where
 * a phrase's folded terms follow one another as tokens could, and the analyser runs on a stretch around each of
 * them only (from a space before it on, until the phrase's tokens are made) — the finds are those the analysis
 * of the whole text gives, as the tokenizer breaks words at every space. A text the scan cannot read character
 * by character (combining marks, characters outside the Basic Multilingual Plane, a capital sigma, whose folds
 * are not one character each or depend on the next one) and a query the scan cannot look for are analysed whole.
 * Made once per query ({@link #of(List)}), then used for each hit shown.
 */
final class Snippets {

    /** Characters of a snippet, about. */
    static final int LENGTH = 220;

    /** A term of a {@link Phrase} that matches any number ("2020" in "30/2020/NĐ-CP"). */
    static final String ANY_NUMBER = "#";

    /** Characters analysed after a place where a phrase may start, at least (more when its tokens need them). */
    private static final int STRETCH = 160;

    /**
     * Characters without a space before a place from which on a token may start after a letter: the tokenizer
     * cuts a longer word into tokens of {@value #MAX_TOKEN} characters.
     */
    private static final int LONG_RUN = 200;

    /** The tokenizer's longest token ({@code StandardTokenizer}'s default); a term this long is looked for in the whole text. */
    private static final int MAX_TOKEN = 255;

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
    private record Token(String exact, String folded, int start, int end) {}

    /** A found phrase: its tokens, of the top-level want {@code want}. */
    private record Found(List<Token> tokens, int want) {

        int start() {
            return tokens.getFirst().start;
        }

        int end() {
            return tokens.getLast().end;
        }
    }

    /** A phrase with its terms folded ({@code null} for {@value #ANY_NUMBER}), as the scan looks for them. */
    private record Sought(Phrase phrase, String[] folded) {}

    /**
     * A {@link Want} with its phrases {@link Sought}; {@code otherwiseIds}: the want number each of
     * {@code otherwise} adds to its parent's (1 000 × its place).
     */
    private record Wanted(List<List<Sought>> alternatives, List<Wanted> otherwise, int[] otherwiseIds) {}

    private final List<Wanted> wants;
    /** Whether some phrase is one the scan cannot look for: every text is analysed whole. */
    private final boolean analyseAll;

    private Snippets(List<Wanted> wants, boolean analyseAll) {
        this.wants = wants;
        this.analyseAll = analyseAll;
    }

    /** What makes the snippets of a query that looks for {@code wants}. */
    static Snippets of(List<Want> wants) {
        boolean[] all = {false};
        List<Wanted> out = new ArrayList<>();
        for (Want w : wants) {
            out.add(wanted(w, all));
        }
        return new Snippets(List.copyOf(out), all[0]);
    }

    private static Wanted wanted(Want want, boolean[] analyseAll) {
        List<List<Sought>> alternatives = new ArrayList<>();
        for (List<Phrase> alternative : want.alternatives()) {
            List<Sought> one = new ArrayList<>();
            for (Phrase p : alternative) {
                String[] folded = new String[p.terms().size()];
                for (int k = 0; k < folded.length; k++) {
                    String term = p.terms().get(k);
                    folded[k] = term.equals(ANY_NUMBER) ? null : VietnameseText.fold(term);
                    if (folded[k] == null ? k == 0 : folded[k].isEmpty() || folded[k].length() >= MAX_TOKEN) {
                        analyseAll[0] = true;
                    }
                }
                one.add(new Sought(p, folded));
            }
            alternatives.add(one);
        }
        List<Wanted> otherwise = new ArrayList<>();
        int[] ids = new int[want.otherwise().size()];
        for (int i = 0; i < ids.length; i++) {
            Want o = want.otherwise().get(i);
            otherwise.add(wanted(o, analyseAll));
            ids[i] = 1_000 * (1 + want.otherwise().indexOf(o));
        }
        return new Wanted(alternatives, otherwise, ids);
    }

    /** The snippet of {@code text}. */
    String of(String text) throws IOException {
        return of(text, false);
    }

    /** The snippet of {@code text}; with {@code analyseAll}, the whole text analysed (what the scan must equal). */
    String of(String text, boolean analyseAll) throws IOException {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Text t = new Text(text, analyseAll || this.analyseAll);
        List<Found> found = new ArrayList<>();
        for (int w = 0; w < wants.size(); w++) {
            find(wants.get(w), w, t, found);
        }
        if (found.isEmpty()) {
            return VietnameseText.collapseSpaces(text.length() > LENGTH ? cut(text, 0, LENGTH) + "…" : text);
        }
        found.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        // the stretch of at most LENGTH characters holding the most of what is looked for — each want counted once,
        // by the words of its longest find (a phrase before a word) —, then the most finds; the earliest of equals
        int best = 0, bestLast = 0, bestScore = -1;
        java.util.Map<Integer, Integer> kinds = new java.util.HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            int start = found.get(i).start();
            kinds.clear();
            int last = i, count = 0;
            for (int j = i; j < found.size() && found.get(j).end() - start <= LENGTH; j++) {
                kinds.merge(found.get(j).want, found.get(j).tokens.size(), Math::max);
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
        int first = found.get(best).start();
        int end = first;
        for (int j = best; j <= bestLast; j++) {
            end = Math.max(end, found.get(j).end());
        }
        int from = start(text, first, Math.max(0, (LENGTH - (end - first)) / 2));
        int to = end(text, Math.max(end, Math.min(text.length(), from + LENGTH)));
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        java.util.TreeMap<Integer, Token> marked = new java.util.TreeMap<>();
        for (Found f : found) {
            for (Token k : f.tokens) {
                marked.putIfAbsent(k.start, k);
            }
        }
        int at = from;
        for (Token k : marked.values()) {
            if (k.start < from || k.end > to) {
                continue;
            }
            out.append(text, at, k.start)
                    .append(Search.MARK_OPEN)
                    .append(text, k.start, k.end)
                    .append(Search.MARK_CLOSE);
            at = k.end;
        }
        out.append(text, at, to).append(to < text.length() ? "…" : "");
        return VietnameseText.collapseSpaces(out.toString());
    }

    /** Finds a want's best alternative (or else its {@code otherwise}), adding the finds as top-level want {@code w}. */
    private static void find(Wanted want, int w, Text text, List<Found> found) throws IOException {
        for (List<Sought> alternative : want.alternatives()) {
            int before = found.size();
            for (Sought s : alternative) {
                text.find(s, w, found);
            }
            if (found.size() > before) {
                return;
            }
        }
        for (int i = 0; i < want.otherwise().size(); i++) {
            find(want.otherwise().get(i), w + want.otherwiseIds()[i], text, found);
        }
    }

    /**
     * A hit's text and its tokens where they were needed: all of them ({@code whole}), else the stretches analysed
     * so far, each a run of the whole text's tokens (it starts after a space, before a letter or digit, and ends
     * before a space: the tokenizer breaks there, and nothing before or after a space changes its tokens).
     */
    private static final class Text {
        private final String text;
        /** The text folded, one character for each of the text; null when analysed whole. */
        private final String folded;

        private final List<Token> whole;
        /** The analysed stretches by where they start. */
        private final java.util.TreeMap<Integer, Stretch> stretches = new java.util.TreeMap<>();

        private record Stretch(int from, int to, List<Token> tokens) {}

        Text(String text, boolean analyseAll) throws IOException {
            this.text = text;
            String f = analyseAll ? null : foldedByCharacter(text);
            this.folded = f;
            this.whole = f == null ? tokens(text, 0, text.length()) : null;
        }

        /** Adds the finds of {@code s} in the text, in order, as top-level want {@code w}. */
        void find(Sought s, int w, List<Found> found) throws IOException {
            int n = s.folded().length;
            if (whole != null) {
                for (int i = 0; i + n <= whole.size(); i++) {
                    if (matches(s.phrase(), text, whole, i)) {
                        found.add(new Found(whole.subList(i, i + n), w));
                    }
                }
                return;
            }
            String first = s.folded()[0];
            for (int p = folded.indexOf(first); p >= 0; p = folded.indexOf(first, p + 1)) {
                if (!mayStart(s, p)) {
                    continue;
                }
                List<Token> tokens = stretch(p, n);
                int i = indexOf(tokens, p);
                if (i >= 0 && i + n <= tokens.size() && matches(s.phrase(), text, tokens, i)) {
                    found.add(new Found(tokens.subList(i, i + n), w));
                }
            }
        }

        /**
         * Whether the tokens of {@code s} may start at {@code p}: its folded terms there, one after the other, as
         * tokens (not inside a word of Latin letters and digits, only non-word characters between them — just "/",
         * "-" and spaces when joined). False only when they surely do not; any character whose word-break rules the
         * scan does not know lets it pass (the analysis decides).
         */
        private boolean mayStart(Sought s, int p) {
            String[] terms = s.folded();
            int q = p;
            for (int k = 0; k < terms.length; k++) {
                String term = terms[k];
                if (k > 0) {
                    if (term != null && !latinWordChar(term.charAt(0))) {
                        return true;
                    }
                    while (q < text.length() && !Character.isLetterOrDigit(text.charAt(q))) {
                        if (s.phrase().joined() && "/- ".indexOf(text.charAt(q)) < 0) {
                            return false;
                        }
                        q++;
                    }
                    if (q >= text.length()) {
                        return false;
                    }
                    if (!latinWordChar(text.charAt(q))) {
                        return true;
                    }
                } else if (latinWordChar(term.charAt(0))
                        && latinWordChar(text.charAt(p))
                        && p > 0
                        && latinWordChar(text.charAt(p - 1))
                        && !longRunBefore(p)) {
                    return false; // inside a word
                }
                int from = q;
                if (term == null) {
                    while (q < text.length() && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
                        q++;
                    }
                    if (q == from) {
                        return false;
                    }
                } else if (folded.startsWith(term, q)) {
                    q += term.length();
                } else {
                    return false;
                }
                if (q < text.length()
                        && latinWordChar(text.charAt(q))
                        && latinWordChar(text.charAt(q - 1))
                        && (term == null || latinWordChar(term.charAt(term.length() - 1)))) {
                    return false; // the word goes on
                }
            }
            return true;
        }

        /** Whether at least {@value #LONG_RUN} characters before {@code p} are not spaces. */
        private boolean longRunBefore(int p) {
            for (int j = p - 1; j >= Math.max(0, p - LONG_RUN); j--) {
                if (Character.isWhitespace(text.charAt(j))) {
                    return false;
                }
            }
            return p >= LONG_RUN;
        }

        /**
         * The tokens of a stretch holding {@code p} and, when a token starts there, the {@code n - 1} tokens after
         * it (or the end of the text).
         */
        private List<Token> stretch(int p, int n) throws IOException {
            java.util.Map.Entry<Integer, Stretch> e = stretches.floorEntry(p);
            Stretch s = e == null || e.getValue().to() <= p ? null : e.getValue();
            int from = s == null ? start(p) : s.from();
            int to = s == null ? end(p + STRETCH) : s.to();
            List<Token> tokens = s == null ? tokens(text, from, to) : s.tokens();
            int i;
            while ((i = indexOf(tokens, p)) >= 0 && i + n > tokens.size() && to < text.length()) {
                to = end(to + STRETCH);
                tokens = tokens(text, from, to);
                s = null;
            }
            if (s == null) {
                stretches.put(from, new Stretch(from, to, tokens));
            }
            return tokens;
        }

        /** Where a stretch holding {@code p} starts: after a space, before a Latin letter or digit (or at 0). */
        private int start(int p) {
            int i = p;
            while (i > 0 && !(Character.isWhitespace(text.charAt(i - 1)) && latinWordChar(text.charAt(i)))) {
                i--;
            }
            return i;
        }

        /** Where a stretch reaching {@code p} ends: before a space (or at the end). */
        private int end(int p) {
            int j = Math.min(p, text.length());
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }

        private static int indexOf(List<Token> tokens, int start) {
            int lo = 0, hi = tokens.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int s = tokens.get(mid).start;
                if (s < start) {
                    lo = mid + 1;
                } else if (s > start) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /**
         * The text folded ({@link VietnameseText#fold}) with one character for each of its characters, or null
         * when that cannot be: a combining mark (folded to nothing), a surrogate, a capital sigma (its fold depends
         * on the next letter), a character folded to more than one.
         */
        private static String foldedByCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x0300 && (c == '\u03A3' || Character.isSurrogate(c) || isMark(c))) {
                    return null;
                }
            }
            String f = VietnameseText.fold(text);
            // no character folds to nothing, so each folds to one when the lengths are equal
            return f.length() == text.length() ? f : null;
        }

        private static boolean isMark(char c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }
    }

    /**
     * A Latin letter or digit (Basic Latin to IPA, Latin Extended Additional): a character the tokenizer never
     * separates from the next one of these.
     */
    private static boolean latinWordChar(char c) {
        return (c < 0x0370 || c >= 0x1E00 && c <= 0x1EFF) && Character.isLetterOrDigit(c);
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

    /** The tokens of {@code text} from {@code from} to {@code to}, where the tokenizer breaks. */
    private static List<Token> tokens(String text, int from, int to) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = ReportIndex.ANALYZER.tokenStream(
                ReportIndex.TEXT, from == 0 && to == text.length() ? text : text.substring(from, to))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String exact = term.toString();
                out.add(new Token(
                        exact, VietnameseText.fold(exact), from + offset.startOffset(), from + offset.endOffset()));
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
