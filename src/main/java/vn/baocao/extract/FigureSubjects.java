package vn.baocao.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.rules.RuleSet;

/**
 * The subject of a figure — what it counts — found by the TokensRegex rules of
 * {@code extraction-rules/figure-subjects.tsv} over the tokens of its sentence ({@link TokenRules}): the
 * tokens of the figure's number carry the tag {@code FIG}, those of its unit noun the tag {@code UNIT}.
 * CoreNLP is used on first need only. Thread-safe.
 */
final class FigureSubjects {

    /** The rule file. */
    static final String FILE = "figure-subjects.tsv";

    private static final int WINDOW_BEFORE = 16;
    private static final int WINDOW_AFTER = 18;

    private final TokenRules rules;
    /** A percentage word said twice at the start of a subject ("tỷ lệ tỷ lệ …"): the first is dropped. */
    private final Pattern doubledPercent;

    /** @param percentWord the word a percentage's subject starts with ({@code figure-contexts.tsv}, {@code percent}) */
    FigureSubjects(RuleSet ruleSet, String percentWord) {
        this.rules = new TokenRules(ruleSet, FILE, "$subject");
        String w = Pattern.quote(percentWord);
        this.doubledPercent = Pattern.compile("^(?iu)" + w + " (?=" + w + " )");
    }

    /** A text cut into sentences of tokens, done once per piece of text. */
    static final class Sentences {
        private final List<List<CoreLabel>> sentences;

        private Sentences(String text) {
            this.sentences = TokenRules.sentences(text);
        }

        List<CoreLabel> around(int offset) {
            for (List<CoreLabel> s : sentences) {
                if (!s.isEmpty()
                        && s.get(0).beginPosition() <= offset
                        && offset < s.get(s.size() - 1).endPosition()) {
                    return s;
                }
            }
            return List.of();
        }
    }

    Sentences tokenize(String text) {
        return new Sentences(text);
    }

    /**
     * The subject of the figure whose number spans [start, numberEnd) and whose unit spans
     * [unitStart, unitEnd) (unitStart &lt; 0: no unit), or null when no rule matches.
     */
    String subject(String text, Sentences sentences, int start, int numberEnd, int unitStart, int unitEnd) {
        List<CoreLabel> sentence = sentences.around(start);
        if (sentence.isEmpty() || rules.isEmpty()) {
            return null;
        }
        // a window around the figure: rules look at most ~15 tokens either side, and TokensRegex
        // matching cost grows with the length of what it scans
        int at = 0;
        while (at < sentence.size() - 1 && sentence.get(at).endPosition() <= start) {
            at++;
        }
        List<CoreLabel> window =
                sentence.subList(Math.max(0, at - WINDOW_BEFORE), Math.min(sentence.size(), at + WINDOW_AFTER));
        List<CoreLabel> tagged = new ArrayList<>(window.size());
        int first = -1; // the figure's first token: a subject's match must cover it
        for (CoreLabel t : window) {
            CoreLabel c = new CoreLabel(t);
            int b = t.beginPosition();
            c.setTag(
                    b >= start && b < numberEnd
                            ? "FIG"
                            : unitStart >= 0 && b >= unitStart && b < unitEnd ? "UNIT" : "O");
            if (b == start && first < 0) {
                first = tagged.size();
            }
            tagged.add(c);
        }
        if (first < 0) {
            return null; // the tokenizer did not start a token where the figure starts
        }
        String s = rules.first(tagged, text, first);
        return s == null ? null : doubledPercent.matcher(s).replaceFirst("");
    }
}
