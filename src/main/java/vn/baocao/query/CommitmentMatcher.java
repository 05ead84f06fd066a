package vn.baocao.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.normalize.VietnameseText;

/**
 * Matches a commitment's text against the sections of one report by content: the words and pairs of
 * adjacent words (folded syllables) they share, weighted by how rare each is among those sections (a word
 * every section has says little), a pair counting twice a word, the section's heading twice, each term's count
 * saturating (BM25-like, a long section's counts less). The score is the share of the commitment's weight
 * that the section covers, from 0 to 1, so one threshold serves
 * any pair of reports. A section's score is its own or its best paragraph's (a result is one item of it),
 * each under its heading. Each match comes with its evidence: the runs of its words the section also says (longest first), the
 * figures written in both, the documents cited by both.
 *
 * <p>A second mode ({@link #topics}, {@link #place}) matches items to headings alone by their topic words, as the draft
 * puts a task under the result section it belongs to: syllables and pairs as written (case and tone placement aside),
 * the syllables too common in headings to tell topics apart ({@value #STOP_FILE}) left out, and no passages. Both modes
 * cut texts into terms and count in how many candidates each term is the same way.
 */
public final class CommitmentMatcher {

    /** A section a commitment may be matched to. */
    public record Candidate(String path, String title, String text) {}

    /**
     * Why a commitment and a section match.
     *
     * @param terms     runs of two words or more of the commitment that the section also says (folded), longest first
     * @param figures   numbers written in both
     * @param documents documents cited by both (canonical symbol, or type and number: "ĐA 06")
     */
    public record Evidence(List<String> terms, List<String> figures, List<String> documents) {

        public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());
    }

    /** The best section for a commitment, its score (0–1) and evidence. */
    public record Match(Candidate section, double score, Evidence evidence) {}

    /** The rule file of the syllables too common in report headings to tell topics apart. */
    public static final String STOP_FILE = "stop-syllables.tsv";

    /**
     * How a text is cut into terms: its syllables in one key form and the pairs of adjacent ones; a syllable that
     * {@code breaks} is no term and no pair spans it.
     */
    private record Tokens(UnaryOperator<String> key, Predicate<String> breaks) {

        Map<String, Integer> of(String text) {
            Map<String, Integer> out = new HashMap<>();
            String previous = null;
            for (String w : key.apply(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
                if (breaks.test(w)) {
                    previous = null;
                    continue;
                }
                out.merge(w, 1, Integer::sum);
                if (previous != null) {
                    out.merge(previous + " " + w, 1, Integer::sum);
                }
                previous = w;
            }
            return out;
        }
    }

    /** Content: folded syllables of two letters or more. */
    private static final Tokens CONTENT = new Tokens(VietnameseText::fold, w -> w.length() < 2);

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}/.,])\\d+(?:[.,]\\d+)*(?:/\\d+)?%?");
    private static final Pattern LEAD = Pattern.compile("^[^;:.]*(?:[.](?!\\s)[^;:.]*)*");
    private static final int MAX_TERMS = 6;

    private final Tokens tokens;
    private final List<Candidate> candidates;
    private final List<Integer> owner = new ArrayList<>(); // the candidate of each passage
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final double averageLength;
    /** The documents both texts cite are evidence; symbols and type names of the archive's rules. */
    private final DocumentSymbols symbols;

    /** A matcher over these sections. */
    public CommitmentMatcher(List<Candidate> candidates, DocumentSymbols symbols) {
        this(candidates, CONTENT, symbols);
    }

    private CommitmentMatcher(List<Candidate> candidates, Tokens tokens, DocumentSymbols symbols) {
        this.tokens = tokens;
        this.candidates = List.copyOf(candidates);
        this.symbols = symbols;
        long total = 0;
        for (int i = 0; i < this.candidates.size(); i++) {
            Candidate c = this.candidates.get(i);
            // each paragraph (a result item "a) …", "- …") is a passage under the section's heading; a
            // section's score is its best passage's
            List<String> passages = new ArrayList<>();
            for (String p : c.text().split("\n")) {
                if (!p.isBlank()) {
                    passages.add(p);
                }
            }
            if (passages.size() != 1) {
                passages.add(0, c.text()); // the whole section first (alone when it has one paragraph or none)
            }
            for (int k = 0; k < passages.size(); k++) {
                String p = passages.get(k);
                Map<String, Integer> tf = tokens.of(p);
                tokens.of(c.title()).forEach((t, n) -> tf.merge(t, 2 * n, Integer::sum));
                owner.add(k == 0 ? i : -1 - i);
                counts.add(tf);
                int len = tf.values().stream().mapToInt(Integer::intValue).sum();
                lengths.add(len);
                total += len;
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
        }
        averageLength = counts.isEmpty() ? 1 : Math.max(1, total / (double) counts.size());
    }

    /**
     * A matcher of items to these headings by their topic words ({@link #place}): syllables in match form, the
     * {@code stop} syllables ({@value #STOP_FILE}, in match form) left out.
     */
    public static CommitmentMatcher topics(List<String> headings, Set<String> stop) {
        Tokens topic = new Tokens(VietnameseText::matchKey, w -> w.isEmpty() || stop.contains(w));
        return new CommitmentMatcher(
                headings.stream().map(h -> new Candidate("", h, "")).toList(), topic, null);
    }

    /**
     * The heading of a {@link #topics} matcher that shares the most topic words with an item, by its index, or -1 when
     * none shares any: pairs count fully, single syllables a tenth, rare ones more (among the headings), each
     * occurrence counted, words of the item's first sentence three times more, divided by the square root of the
     * heading's size. Ties go to the earlier heading.
     */
    public int place(String item) {
        int dot = item.indexOf(". ");
        Set<String> lead = tokens.of(dot > 0 ? item.substring(0, dot) : item).keySet();
        Map<String, Integer> words = tokens.of(item);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < counts.size(); i++) {
            Set<String> heading = counts.get(i).keySet();
            double score = 0;
            for (String t : heading) {
                double w = Math.log(1.0 + counts.size() / (double) df.get(t)) * (t.indexOf(' ') > 0 ? 1.0 : 0.1);
                score += (lead.contains(t) ? 3 * w : 0) + words.getOrDefault(t, 0) * w;
            }
            score = heading.isEmpty() ? 0 : score / Math.sqrt(heading.size());
            if (score > bestScore + 1e-9) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The sections ranked for a commitment, best first, those sharing nothing left out. */
    public List<Match> rank(String commitment) {
        return rank(commitment, "");
    }

    /**
     * The sections ranked for a commitment said under a heading that names its actor or subject ("Công an
     * tỉnh"), whose words count half.
     */
    public List<Match> rank(String commitment, String heading) {
        Map<String, Double> query = queryTerms(commitment);
        tokens.of(heading).keySet().forEach(t -> query.putIfAbsent(t, 0.5));
        double possible = 0;
        for (Map.Entry<String, Double> t : query.entrySet()) {
            possible += t.getValue() * weight(t.getKey());
        }
        double[] whole = new double[candidates.size()];
        double[] best = new double[candidates.size()];
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Integer> tf = counts.get(i);
            double norm =
                    0.5 * Math.max(0.5, lengths.get(i) / averageLength); // a long section says more words by chance
            double score = 0;
            for (Map.Entry<String, Double> t : query.entrySet()) {
                Integer n = tf.get(t.getKey());
                if (n != null) {
                    score += t.getValue() * weight(t.getKey()) * n / (n + norm);
                }
            }
            int o = owner.get(i);
            if (o >= 0) {
                whole[o] = score / possible;
            } else {
                best[-1 - o] = Math.max(best[-1 - o], score / possible);
            }
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            double score = Math.max(whole[i], best[i]);
            if (score > 0) {
                out.add(new Match(candidates.get(i), score, null));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** The best section for a commitment, with its evidence, or null when none shares anything with it. */
    public Match best(String commitment) {
        List<Match> ranked = rank(commitment);
        return ranked.isEmpty() ? null : withEvidence(commitment, ranked.get(0));
    }

    /** The match with the evidence of why the commitment and the section match. */
    public Match withEvidence(String commitment, Match m) {
        String section = m.section().title() + "\n" + m.section().text();
        Map<String, Integer> theirs = tokens.of(section);
        // the runs of the commitment's words that the section also says, pair by pair ("theo co che mot cua")
        List<String> shared = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String w : (VietnameseText.fold(commitment) + " .").split("[^\\p{L}\\p{N}]+|(?<=\\S)(?=[.;,:])")) {
            if (!run.isEmpty() && w.length() >= 2 && theirs.containsKey(run.get(run.size() - 1) + " " + w)) {
                run.add(w);
                continue;
            }
            if (run.size() >= 2 && !shared.contains(String.join(" ", run))) {
                shared.add(String.join(" ", run));
            }
            run.clear();
            if (w.length() >= 2) {
                run.add(w);
            }
        }
        shared.sort((a, b) -> Integer.compare(b.length(), a.length()));
        Set<String> figures = new LinkedHashSet<>(numbers(commitment));
        figures.retainAll(numbers(section));
        Set<String> documents = new LinkedHashSet<>(documents(commitment));
        documents.retainAll(documents(section));
        return new Match(
                m.section(),
                m.score(),
                new Evidence(
                        List.copyOf(shared.subList(0, Math.min(MAX_TERMS, shared.size()))),
                        List.copyOf(figures),
                        List.copyOf(documents)));
    }

    /**
     * The terms of a commitment with their weight in it: those of its first clause (up to the first ";", ":"
     * or end of sentence: the task itself, before its details) twice.
     */
    private Map<String, Double> queryTerms(String commitment) {
        Map<String, Double> out = new HashMap<>();
        tokens.of(commitment).keySet().forEach(t -> out.put(t, 1.0));
        Matcher lead = LEAD.matcher(commitment);
        if (lead.find()) {
            tokens.of(lead.group()).keySet().forEach(t -> out.computeIfPresent(t, (k, v) -> 2.0));
        }
        return out;
    }

    /** How much a shared term says: rare among the sections more, a pair of words more than one word. */
    private double weight(String term) {
        int n = df.getOrDefault(term, 0);
        // BM25's: a term in half the sections or more says next to nothing
        double idf = Math.max(0.05, Math.log((counts.size() - n + 0.5) / (n + 0.5)));
        return term.indexOf(' ') > 0 ? 2 * idf : idf;
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            if (n.length() > 1 || n.endsWith("%")) { // "1", "2": list numbers and the like say nothing
                out.add(n);
            }
        }
        return out;
    }

    private Set<String> documents(String text) {
        Set<String> out = new LinkedHashSet<>(symbols.symbolsIn(text));
        for (String key : symbols.keysIn(text)) {
            out.add(key.replace(':', ' '));
        }
        return out;
    }
}
