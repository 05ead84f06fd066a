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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * Rules over tokens: a rule file of Stanford CoreNLP TokensRegex patterns (columns: name, pattern,
 * template), tried in order over the tokens of a sentence; the first accepted match gives the template
 * filled with the text of its named groups ({@code (?$name …)} → {@code $name}). Rules whose name starts
 * with {@code not-} are veto rules: they need no group, their matches mark words the caller rules out.
 * An optional fourth column is a plain regular expression that the text of the tokens must contain for
 * the rule to be tried at all — a cheap guard, since TokensRegex matching is costly. Texts are tokenised and
 * split into sentences by CoreNLP's rule-based tokenizer (no model is loaded). Thread-safe.
 */
public final class TokenRules {

    /** One factory for every text: it parses its options once; each tokenizer it makes is the caller's own. */
    private static final TokenizerFactory<CoreLabel> TOKENIZERS = PTBTokenizer.factory(new CoreLabelTokenFactory(),
            "invertible=true,ptb3Escaping=false,untokenizable=noneKeep,"
                    + "normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");

    private record Rule(String name, TokenSequencePattern pattern, String template, Pattern needs) {
    }

    /** One match: the rule's name, the character span it covers, and its filled template. */
    public record Match(String rule, int start, int end, String text) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Loads and compiles the rules of {@code file}; a bad pattern throws a RuleException naming file and line. */
    public TokenRules(RuleSet ruleSet, String file, String defaultTemplate) {
        for (RuleLine r : ruleSet.lines(file)) {
            String pattern = r.field(1);
            String template = r.field(2, defaultTemplate);
            Matcher v = VARIABLE.matcher(template);
            while (v.find() && !r.field(0).startsWith("not-")) { // veto rules ("not-…") only mark words
                if (!pattern.contains("(?" + v.group())) {
                    throw r.error("mẫu TokensRegex thiếu nhóm (?" + v.group() + " …) mà khuôn «" + template + "» dùng");
                }
            }
            try {
                rules.add(new Rule(r.field(0), TokenSequencePattern.compile(pattern), template,
                        r.field(3, "").isEmpty() ? null : RuleSet.regex(r, 3, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)));
            } catch (RuntimeException e) {
                throw r.error("mẫu TokensRegex không hợp lệ: " + e.getMessage());
            }
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Whether some rule other than a veto rule may match in this text: a rule without a guard, or one whose
     * guard (fourth column) the text contains. Lets a caller skip tokenising texts no rule can match.
     */
    public boolean mayMatch(String text) {
        for (Rule rule : rules) {
            if (!rule.name().startsWith("not-") && (rule.needs() == null || rule.needs().matcher(text).find())) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of a text as CoreNLP tokens (with character offsets into the text). */
    public static List<List<CoreLabel>> sentences(String text) {
        List<CoreLabel> tokens = TOKENIZERS.getTokenizer(new StringReader(text)).tokenize();
        return new WordToSentenceProcessor<CoreLabel>().process(tokens);
    }

    /**
     * The filled template of the first rule with a match that covers token {@code covered}, over the tokens
     * of one sentence of {@code text}; null when none matches. Each rule's matches are sought as TokensRegex's
     * {@code find()} seeks them — left to right, not overlapping — but only from starts at or before the
     * covered token, since a match starting after it cannot cover it (half of a window's starts, and each
     * start costs TokensRegex a fresh set of branch states).
     */
    public String first(List<CoreLabel> tokens, String text, int covered) {
        String span = span(tokens, text);
        for (Rule rule : rules) {
            if (!applies(rule, span)) {
                continue;
            }
            AnchoredMatcher m = new AnchoredMatcher(rule.pattern(), tokens);
            int from = 0;
            while (from <= covered) {
                if (!m.matchesAt(from)) {
                    from++;
                    continue;
                }
                if (m.start() <= covered && covered < m.end()) {
                    String s = fill(rule.template(), m, text);
                    if (!s.isEmpty()) {
                        return s;
                    }
                }
                from = Math.max(from + 1, m.end());
            }
        }
        return null;
    }

    /**
     * A matcher that tries one start only, as {@code find()} tries each start in turn (the public
     * {@code find(int)} searches onwards from a start, to the end of the tokens).
     */
    private static final class AnchoredMatcher extends TokenSequenceMatcher {
        AnchoredMatcher(TokenSequencePattern pattern, List<CoreLabel> tokens) {
            super(pattern, tokens);
        }

        boolean matchesAt(int start) {
            reset();
            return find(start, true);
        }
    }

    /** Every match of every rule over the tokens of one sentence of {@code text}, rule by rule. */
    public List<Match> matches(List<CoreLabel> tokens, String text) {
        List<Match> out = new ArrayList<>();
        String span = span(tokens, text);
        for (Rule rule : rules) {
            if (!applies(rule, span)) {
                continue;
            }
            TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
            while (m.find()) {
                List<? extends CoreMap> all = m.groupNodes();
                int start = ((CoreLabel) all.get(0)).beginPosition();
                int end = ((CoreLabel) all.get(all.size() - 1)).endPosition();
                out.add(new Match(rule.name(), start, end, fill(rule.template(), m, text)));
            }
        }
        return out;
    }

    /** The text the tokens cover. */
    private static String span(List<CoreLabel> tokens, String text) {
        return tokens.isEmpty() ? "" : text.substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }

    /** A rule is tried only where its guard, if it has one, is found. */
    private static boolean applies(Rule rule, String span) {
        return rule.needs() == null || rule.needs().matcher(span).find();
    }

    /** The template with each $group replaced by the text it matched (original spelling and spacing). */
    private static String fill(String template, TokenSequenceMatcher m, String text) {
        Matcher v = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            List<? extends CoreMap> group = m.groupNodes(v.group());
            String value = "";
            if (group != null && !group.isEmpty()) {
                value = text.substring(((CoreLabel) group.get(0)).beginPosition(),
                        ((CoreLabel) group.get(group.size() - 1)).endPosition());
            }
            v.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        v.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
