package vn.baocao.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.rules.RuleLine;
import vn.baocao.extract.rules.RuleSet;

/**
 * The subject of a figure — what it counts — found by Stanford CoreNLP TokensRegex rules over the
 * tokens of its sentence ({@code extraction-rules/figure-subjects.tsv}). The text is tokenised and
 * split into sentences by CoreNLP's rule-based tokenizer (no model to load); in each rule the tokens
 * of the figure's number carry the tag {@code FIG} and those of its unit noun the tag {@code UNIT};
 * the rule's template (default {@code $subject}) composes the subject from its named groups
 * ({@code (?$unit …)}, {@code (?$lead …)}). The first rule that matches wins.
 * CoreNLP is loaded on first use only. Thread-safe.
 */
final class FigureSubjects {

    /** The rule file. */
    static final String FILE = "figure-subjects.tsv";

    private static final String TOKENIZER_OPTIONS = "invertible=true,ptb3Escaping=false,untokenizable=noneKeep,"
            + "normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false";

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\$\\w+");

    private record Rule(TokenSequencePattern pattern, String template) {
    }

    private final List<Rule> rules = new ArrayList<>();

    FigureSubjects(RuleSet ruleSet) {
        for (RuleLine r : ruleSet.lines(FILE)) {
            String pattern = r.field(1);
            String template = r.field(2, "$subject");
            java.util.regex.Matcher v = VARIABLE.matcher(template);
            while (v.find()) {
                if (!pattern.contains("(?" + v.group())) {
                    throw r.error("mẫu TokensRegex thiếu nhóm (?" + v.group() + " …) mà khuôn «" + template + "» dùng");
                }
            }
            try {
                rules.add(new Rule(TokenSequencePattern.compile(pattern), template));
            } catch (RuntimeException e) {
                throw r.error("mẫu TokensRegex không hợp lệ: " + e.getMessage());
            }
        }
    }

    /** A text cut into sentences of tokens, done once per piece of text. */
    static final class Sentences {
        private final List<List<CoreLabel>> sentences;

        private Sentences(String text) {
            TokenizerFactory<CoreLabel> factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
            List<CoreLabel> tokens = factory.getTokenizer(new StringReader(text)).tokenize();
            this.sentences = new WordToSentenceProcessor<CoreLabel>().process(tokens);
        }

        List<CoreLabel> around(int offset) {
            for (List<CoreLabel> s : sentences) {
                if (!s.isEmpty() && s.get(0).beginPosition() <= offset && offset < s.get(s.size() - 1).endPosition()) {
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
        List<CoreLabel> tagged = new ArrayList<>(sentence.size());
        for (CoreLabel t : sentence) {
            CoreLabel c = new CoreLabel(t);
            int b = t.beginPosition();
            c.setTag(b >= start && b < numberEnd ? "FIG" : unitStart >= 0 && b >= unitStart && b < unitEnd ? "UNIT" : "O");
            tagged.add(c);
        }
        for (Rule rule : rules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(tagged);
            while (m.find()) {
                if (!covers(m, start)) {
                    continue;
                }
                String s = fill(rule.template(), m, text);
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The template with each $group replaced by the text it matched (original spelling and spacing). */
    private static String fill(String template, TokenSequenceMatcher m, String text) {
        java.util.regex.Matcher v = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            List<? extends CoreMap> group = m.groupNodes(v.group());
            String value = "";
            if (group != null && !group.isEmpty()) {
                value = text.substring(((CoreLabel) group.get(0)).beginPosition(),
                        ((CoreLabel) group.get(group.size() - 1)).endPosition());
            }
            v.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        v.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip().replaceFirst("^(?iu)tỷ lệ (?=tỷ lệ )", "");
    }

    /** The match involves the figure itself (its FIG tokens are inside the match). */
    private static boolean covers(TokenSequenceMatcher m, int start) {
        for (CoreMap t : m.groupNodes()) {
            if (((CoreLabel) t).beginPosition() == start) {
                return true;
            }
        }
        return false;
    }
}
