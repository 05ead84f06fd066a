package vn.baocao.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
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
    private static final TokenizerFactory<CoreLabel> TOKENIZERS = PTBTokenizer.factory(
            new CoreLabelTokenFactory(),
            "invertible=false,ptb3Escaping=false,untokenizable=noneKeep,"
                    + "normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");

    /**
     * A compiled rule; {@code lead}: the nodes its first tokens must match, in order (the pattern's leading
     * single-node elements, see {@link #leadingNodes}), empty when not known.
     */
    private record Rule(
            String name,
            TokenSequencePattern pattern,
            String template,
            Pattern needs,
            List<NodePattern<CoreMap>> lead,
            List<Element> shape) {}

    /**
     * One element of a plain pattern (see {@link #shape}): a single node repeated min to max times
     * ({@code Integer.MAX_VALUE}: unbounded).
     */
    record Element(NodePattern<CoreMap> node, int min, int max) {}

    /** One match: the rule's name, the character span it covers, and its filled template. */
    public record Match(String rule, int start, int end, String text) {}

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
                rules.add(new Rule(
                        r.field(0),
                        TokenSequencePattern.compile(pattern),
                        template,
                        r.field(3, "").isEmpty()
                                ? null
                                : RuleSet.regex(r, 3, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE),
                        leadingNodes(pattern),
                        shape(pattern)));
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
            if (!rule.name().startsWith("not-")
                    && (rule.needs() == null || rule.needs().matcher(text).find())) {
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
            Reach reach = new Reach(rule.shape(), tokens);
            int from = 0;
            while (from <= covered) {
                if (!leads(rule, tokens, from) || !reach.from(from) || !m.matchesAt(from)) {
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
     * Whether the tokens from {@code start} on match the rule's leading nodes: a match cannot start where they
     * do not (a node test costs a fraction of a TokensRegex start, which sets up its branch states).
     */
    private static boolean leads(Rule rule, List<CoreLabel> tokens, int start) {
        List<NodePattern<CoreMap>> lead = rule.lead();
        for (int k = 0; k < lead.size(); k++) {
            if (start + k >= tokens.size() || !lead.get(k).match(tokens.get(start + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a match may start at a token, by the rule's shape: the tokens each element can take, element by
     * element, from that start (the set of places an element can end, as bits). A start from which the
     * elements cannot all be taken cannot match, whatever TokensRegex prefers; this costs a few node tests
     * (each token's verdict per element is kept), a TokensRegex start much more. Windows of more than 63
     * tokens are not tested.
     */
    private static final class Reach {
        private final List<Element> shape;
        private final List<CoreLabel> tokens;
        /** Per element and token: 0 not yet asked, 1 the token matches the element's node, 2 it does not. */
        private final byte[][] verdicts;

        Reach(List<Element> shape, List<CoreLabel> tokens) {
            this.shape = tokens.size() < Long.SIZE ? shape : null;
            this.tokens = tokens;
            this.verdicts = this.shape == null ? null : new byte[shape.size()][tokens.size()];
        }

        boolean from(int start) {
            if (shape == null) {
                return true;
            }
            long ends = 1L << start; // the places the elements so far can end at
            for (int j = 0; j < shape.size() && ends != 0; j++) {
                Element e = shape.get(j);
                long next = 0;
                long at = ends;
                for (int k = 0; at != 0; k++) {
                    if (k >= e.min()) {
                        next |= at;
                    }
                    if (k == e.max()) {
                        break;
                    }
                    at = step(j, at);
                }
                ends = next;
            }
            return ends != 0;
        }

        /** The places one more token matching element j's node leads to, from the places given. */
        private long step(int element, long from) {
            long out = 0;
            for (long rest = from; rest != 0; rest &= rest - 1) {
                int t = Long.numberOfTrailingZeros(rest);
                if (t < tokens.size() && matches(element, t)) {
                    out |= 1L << (t + 1);
                }
            }
            return out;
        }

        private boolean matches(int element, int token) {
            byte v = verdicts[element][token];
            if (v == 0) {
                v = shape.get(element).node().match(tokens.get(token)) ? (byte) 1 : (byte) 2;
                verdicts[element][token] = v;
            }
            return v == 1;
        }
    }

    /**
     * The elements of a TokensRegex pattern that is a plain sequence of single nodes, each with a quantifier,
     * inside groups that are neither repeated nor optional and without alternatives; null for any other pattern
     * (then every start is tried). {@link #leadingNodes} reads the same elements.
     */
    static List<Element> shape(String pattern) {
        List<Element> out = new ArrayList<>();
        return Structure.plain(pattern) && elements(pattern, out) && !out.isEmpty() ? out : null;
    }

    /**
     * The elements of a plain pattern, in order, into {@code out}, as far as they are read: true when the whole
     * source was read, false when it stopped at something not understood here.
     */
    private static boolean elements(String pattern, List<Element> out) {
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c) || c == ')') {
                i++;
            } else if (pattern.startsWith("(?$", i)) {
                int name = i + 3;
                while (name < n && (Character.isLetterOrDigit(pattern.charAt(name)) || pattern.charAt(name) == '_')) {
                    name++;
                }
                i = name; // a named group: "(?$subject …"
            } else if (pattern.startsWith("(?:", i)) {
                i += 3;
            } else if (c == '(' && !pattern.startsWith("(?", i)) {
                i++;
            } else if (c == '[' || c == '/') {
                int end = Structure.nodeEnd(pattern, i);
                NodePattern<CoreMap> node = end < 0 ? null : node(pattern.substring(i, end));
                int[] q = node == null ? null : Structure.quantifier(pattern, end);
                if (q == null) {
                    return false;
                }
                out.add(new Element(node, q[1], q[2]));
                i = q[0];
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The nodes the first tokens of any match of a TokensRegex pattern must match: its leading elements while
     * each is one node ({@code [ … ]} or {@code / … /}) repeated a fixed number of times, or at least once (then
     * the last one read), inside groups that are not repeated. Read from the pattern's source, conservatively:
     * empty when the pattern has alternatives or repeated groups anywhere, or starts otherwise.
     */
    static List<NodePattern<CoreMap>> leadingNodes(String pattern) {
        List<NodePattern<CoreMap>> out = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        if (!Structure.plain(pattern)) {
            return out;
        }
        elements(pattern, elements);
        for (Element e : elements) {
            if (e.min() == 0) {
                return out; // optional: what follows may come first
            }
            for (int k = 0; k < e.min(); k++) {
                out.add(e.node());
            }
            if (e.max() != e.min()) {
                return out; // a variable count: the next element's place is not fixed
            }
        }
        return out;
    }

    /** The one node of a single-node pattern, or null. */
    @SuppressWarnings("unchecked")
    private static NodePattern<CoreMap> node(String source) {
        try {
            TokenSequencePattern p = TokenSequencePattern.compile(source);
            java.util.Collection<NodePattern<CoreMap>> nodes =
                    p.findNodePatterns(x -> (NodePattern<CoreMap>) x, false, true);
            return nodes.size() == 1 ? nodes.iterator().next() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The sequence-level structure of a TokensRegex source: node extents, quantifiers, alternatives. */
    private static final class Structure {
        /** No alternative ("|") and no repeated or optional group at the sequence level. */
        static boolean plain(String p) {
            int i = 0;
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '[' || c == '/') {
                    i = nodeEnd(p, i);
                    if (i < 0) {
                        return false;
                    }
                    continue;
                }
                boolean afterNode = i > 0 && (p.charAt(i - 1) == ']' || p.charAt(i - 1) == '/');
                if (c == '|' || c == '"' || c == '{' && !afterNode) {
                    return false; // an alternative, or a construct not read here
                }
                if (c == ')' && i + 1 < p.length() && "?*+{".indexOf(p.charAt(i + 1)) >= 0) {
                    return false; // a repeated or optional group
                }
                i++;
            }
            return true;
        }

        /** The end (exclusive) of the node starting at i: a bracketed node or a /regex/; -1 if unbalanced. */
        static int nodeEnd(String p, int i) {
            if (p.charAt(i) == '/') {
                return regexEnd(p, i);
            }
            int depth = 0;
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '/') {
                    i = regexEnd(p, i);
                    if (i < 0) {
                        return -1;
                    }
                    continue;
                }
                if (c == '"') {
                    int close = i + 1;
                    while (close < p.length() && p.charAt(close) != '"') {
                        close += p.charAt(close) == '\\' ? 2 : 1;
                    }
                    if (close >= p.length()) {
                        return -1;
                    }
                    i = close + 1;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            return -1;
        }

        private static int regexEnd(String p, int i) {
            int j = i + 1;
            while (j < p.length() && p.charAt(j) != '/') {
                j += p.charAt(j) == '\\' ? 2 : 1;
            }
            return j < p.length() ? j + 1 : -1;
        }

        /** {end, min, max (Integer.MAX_VALUE: unbounded)} of the quantifier at i (none: {i, 1, 1}); null if unknown. */
        static int[] quantifier(String p, int i) {
            if (i >= p.length()) {
                return new int[] {i, 1, 1};
            }
            char c = p.charAt(i);
            int[] q;
            if (c == '?') {
                q = new int[] {i + 1, 0, 1};
            } else if (c == '*') {
                q = new int[] {i + 1, 0, Integer.MAX_VALUE};
            } else if (c == '+') {
                q = new int[] {i + 1, 1, Integer.MAX_VALUE};
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                java.util.regex.Matcher m = close < 0 ? null : BOUNDS.matcher(p.substring(i + 1, close));
                if (m == null || !m.matches()) {
                    return null;
                }
                int min = Integer.parseInt(m.group(1));
                int max = m.group(2) == null
                        ? min
                        : m.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(m.group(3));
                q = new int[] {close + 1, min, max};
            } else {
                return new int[] {i, 1, 1};
            }
            if (q[0] < p.length() && (p.charAt(q[0]) == '?' || p.charAt(q[0]) == '+')) {
                q[0]++; // reluctant or possessive
            }
            return q;
        }

        private static final Pattern BOUNDS = Pattern.compile("(\\d+)(,(\\d*))?");
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
        return tokens.isEmpty()
                ? ""
                : text.substring(
                        tokens.get(0).beginPosition(),
                        tokens.get(tokens.size() - 1).endPosition());
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
                value = text.substring(
                        ((CoreLabel) group.get(0)).beginPosition(),
                        ((CoreLabel) group.get(group.size() - 1)).endPosition());
            }
            v.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        v.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
