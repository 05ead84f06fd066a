package vn.baocao.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression's matches found as {@link Matcher#find()} finds them — left to right, not overlapping —
 * but tried only at the characters a match can start with. The rule files' patterns ({@code figure-contexts.tsv}
 * masks, {@code reference-patterns.tsv} shapes) are run over every text unit, and {@code find()} tries each
 * position in turn: a pattern such as {@code (?i)năm\s+(?:19|20)\d{2}} pays its start-up at every character of
 * the text to fail on the first one. The characters a match can start with are read from the pattern's source
 * (the first atoms: literals, classes, escapes, skipping look-arounds and anchors, through groups, alternatives
 * and optional parts), conservatively: where the source uses anything not understood here (a back-reference as
 * a first atom, {@code \G}, inline flags inside, a pattern that can match the empty string) every position is
 * tried, as {@code find()} does. Each character's verdict is asked of the regex engine itself (the first atoms
 * as one alternation, with the pattern's flags, on the one character) on first need and kept. A pattern that
 * starts with a negative look-behind of one character ({@code (?<![\p{L}\p{N}])}, "not after a letter or digit")
 * is not tried after a character the look-behind refuses either (asked of the engine the same way), so a name
 * pattern is tried at the starts of words only. Thread-safe.
 */
public final class StartChars {

    private final Pattern pattern;
    /** The characters a match may start with (the first atoms), or null: every position may start a match. */
    private final OneChar first;
    /** A pattern every text with a match contains (a rule's guard), or null: a text without it is not scanned. */
    private final StartChars guard;
    /** The one character the pattern's leading negative look-behind refuses before a match, or null. */
    private final OneChar refusedBefore;
    /** The literal characters every match starts with (two or more), or null. */
    private final String prefix;
    /** Whether {@link #prefix} is compared without regard to case (the pattern is case-insensitive). */
    private final boolean prefixIgnoresCase;

    public StartChars(Pattern pattern) {
        this(pattern, null);
    }

    /** @param guard a pattern every text with a match contains, or null */
    public StartChars(Pattern pattern, Pattern guard) {
        this.pattern = pattern;
        this.guard = guard == null ? null : new StartChars(guard);
        Analysis analysis = new Analysis(pattern.pattern());
        List<String> atoms = analysis.firstAtoms();
        this.first = atoms == null || atoms.isEmpty() ? null : new OneChar(pattern, String.join("|", atoms));
        String refused = first == null ? null : analysis.leadingRefusal();
        this.refusedBefore = refused == null ? null : new OneChar(pattern, refused);
        int flags = pattern.flags();
        String literal = first == null || (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
                ? null
                : analysis.literalPrefix();
        this.prefix = literal != null && literal.length() >= 2 ? literal : null;
        this.prefixIgnoresCase = (flags & Pattern.CASE_INSENSITIVE) != 0
                || leadingFlags(pattern.pattern()).contains("i");
    }

    /** The literal characters every match starts with, or null. */
    String prefix() {
        return prefix;
    }

    /**
     * Whether the text may hold the prefix at {@code at}: compared as {@link String#regionMatches(boolean, int,
     * String, int, int)} does, which accepts every character a case-insensitive pattern accepts (with or without
     * Unicode case) and more; a surrogate lets the engine decide.
     */
    private boolean mayHavePrefix(CharSequence text, int at, int end) {
        if (prefix == null) {
            return true;
        }
        if (end - at < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(at + k);
            char l = prefix.charAt(k);
            if (c == l) {
                continue;
            }
            if (!prefixIgnoresCase) {
                return false;
            }
            if (Character.isSurrogate(c) || Character.isSurrogate(l)) {
                return true;
            }
            char u1 = Character.toUpperCase(c);
            char u2 = Character.toUpperCase(l);
            if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                return false;
            }
        }
        return true;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The first atoms as one pattern, or null when every position is tried. */
    Pattern firstAtoms() {
        return first == null ? null : first.pattern;
    }

    /** The character the leading look-behind refuses before a match, as a pattern, or null. */
    Pattern refusedBefore() {
        return refusedBefore == null ? null : refusedBefore.pattern;
    }

    /** Whether the leading look-behind refuses a match right after this character. */
    private boolean refusedAfter(char c) {
        // a look-behind over a surrogate pair sees the code point: the engine decides
        return refusedBefore != null && !Character.isSurrogate(c) && refusedBefore.matches(c);
    }

    /**
     * An expression of one character ("[\p{L}\p{N}]", "k|[đĐ]|\d") with the pattern's flags, and its verdict on each
     * BMP character, asked of the regex engine on first need and kept.
     */
    private static final class OneChar {
        final Pattern pattern;
        /** Per BMP character: 0 not yet asked, 1 matches, 2 does not. */
        private final byte[] verdicts = new byte[Character.MAX_VALUE + 1];

        OneChar(Pattern of, String expression) {
            this.pattern = Pattern.compile(leadingFlags(of.pattern()) + "(?:" + expression + ")", of.flags());
        }

        boolean matches(char c) {
            byte v = verdicts[c];
            if (v == 0) {
                v = pattern.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
                verdicts[c] = v; // a benign race: every thread computes the same verdict
            }
            return v == 1;
        }
    }

    /** Whether a match may start with this character. */
    private boolean mayStart(char c) {
        return first == null || Character.isSurrogate(c) || first.matches(c);
    }

    /** A matcher over the text whose {@link Finder#find()} finds what {@code Matcher.find()} would. */
    public Finder finder(CharSequence text) {
        return new Finder(text);
    }

    /** Each match of the pattern in the text, in order, as {@code while (m.find())} would see them. */
    public void forEach(CharSequence text, Consumer<MatchResult> each) {
        Finder f = new Finder(text);
        while (f.find()) {
            each.accept(f.matcher());
        }
    }

    /** The matches of the pattern in one text, in turn. */
    public final class Finder {
        private final CharSequence text;
        private final Matcher m;
        private final int n;
        private int p;

        private Finder(CharSequence text) {
            this.text = text;
            this.m = pattern.matcher(text);
            this.n = guard != null && !guard.finder(text).find() ? -1 : text.length(); // -1: no match
            if (first != null) {
                // transparent, non-anchoring bounds: look-behinds, \b and ^ see the whole text, as find() does
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** The next match, as {@code Matcher.find()} finds it; its groups are those of {@link #matcher()}. */
        public boolean find() {
            if (n < 0) {
                return false;
            }
            if (first == null) {
                return m.find();
            }
            while (p < n) {
                int at = p;
                if (!mayStart(text.charAt(at))
                        || at > 0 && refusedAfter(text.charAt(at - 1))
                        || !mayHavePrefix(text, at, n)) {
                    p++;
                    continue;
                }
                m.region(at, n);
                if (m.lookingAt()) {
                    p = m.end() > at ? m.end() : at + 1; // the pattern cannot match empty (else first == null)
                    return true;
                }
                p++;
            }
            return false;
        }

        /** The matcher, at the match {@link #find()} found. */
        public Matcher matcher() {
            return m;
        }
    }

    /** The inline flags the pattern starts with ("(?i)"), which the first atoms need too; else "". */
    private static String leadingFlags(String re) {
        Matcher f = Analysis.LEADING_FLAGS.matcher(re);
        return f.lookingAt() ? f.group() : "";
    }

    /**
     * Reads the first atoms of a pattern source: FIRST(sequence) is FIRST of its elements up to the first that
     * cannot match empty. Returns null where it cannot tell (every position must then be tried).
     */
    private static final class Analysis {
        static final Pattern LEADING_FLAGS = Pattern.compile("\\(\\?[iu]+\\)");

        /** What an element or sequence may start with; opaque: not known (any character may). */
        private record First(List<String> atoms, boolean nullable, boolean opaque) {
            static First zeroWidth() {
                return new First(List.of(), true, false);
            }

            static First atom(String atom) {
                return new First(List.of(atom), false, false);
            }

            static First opaque(boolean nullable) {
                return new First(List.of(), nullable, true);
            }
        }

        private final String re;
        private int i;
        /** The source could not be read (an unbalanced group, an unknown quantifier). */
        private boolean broken;
        /** How deep in groups the reading is; whether a '|' was met outside every group. */
        private int depth;

        private boolean topLevelAlternatives;

        Analysis(String re) {
            this.re = re;
        }

        /** Where the source starts after its leading inline flags ("(?i)"). */
        private int afterFlags() {
            Matcher f = LEADING_FLAGS.matcher(re);
            return f.lookingAt() ? f.end() : 0;
        }

        List<String> firstAtoms() {
            i = afterFlags();
            First all = alternation();
            if (broken || all.nullable() || all.opaque() || i != re.length()) {
                return null;
            }
            return all.atoms();
        }

        /**
         * The one-character atom of a negative look-behind the whole pattern starts with ({@code (?<![\p{L}])},
         * {@code (?<!\d)}, {@code (?<!x)}), or null: none, or the pattern has alternatives it does not cover.
         * Call after {@link #firstAtoms()}.
         */
        String leadingRefusal() {
            int at = afterFlags();
            if (broken || topLevelAlternatives || !re.startsWith("(?<!", at)) {
                return null;
            }
            int start = at + 4;
            if (start >= re.length()) {
                return null;
            }
            i = start;
            char c = re.charAt(start);
            if (c == '[') {
                skipClass();
            } else if (c == '\\'
                    && start + 1 < re.length()
                    && (re.charAt(start + 1) == 'p' || re.charAt(start + 1) == 'P')) {
                int close = re.indexOf('}', start);
                i = start + 2 < re.length() && re.charAt(start + 2) == '{'
                        ? (close < 0 ? re.length() : close + 1)
                        : start + 3; // \pL
            } else if (c == '\\' && start + 1 < re.length() && "dDsSwW".indexOf(re.charAt(start + 1)) >= 0
                    || c == '\\' && start + 1 < re.length() && !Character.isLetterOrDigit(re.charAt(start + 1))) {
                i = start + 2;
            } else if (c != '\\' && c != '(' && c != '.' && c != ')' && !Character.isSurrogate(c)) {
                i = start + 1;
            } else {
                return null;
            }
            if (broken || i >= re.length() || re.charAt(i) != ')') {
                broken = false;
                return null; // more than one character, a quantifier, an alternation: not read here
            }
            return re.substring(start, i);
        }

        /**
         * The literal characters every match starts with — after the leading flags, look-arounds and {@code \\b}
         * (zero-width), up to the first character that is not a literal or has a quantifier — or null when the
         * pattern has alternatives outside every group. Call after {@link #firstAtoms()}.
         */
        String literalPrefix() {
            if (broken || topLevelAlternatives) {
                return null;
            }
            i = afterFlags();
            while (i < re.length()) { // zero-width elements first
                if (re.startsWith("(?<=", i)
                        || re.startsWith("(?<!", i)
                        || re.startsWith("(?=", i)
                        || re.startsWith("(?!", i)) {
                    group();
                    if (broken) {
                        return null;
                    }
                } else if (re.startsWith("\\b", i)) {
                    i += 2;
                } else {
                    break;
                }
            }
            StringBuilder out = new StringBuilder();
            while (i < re.length()) {
                char c = re.charAt(i);
                int width;
                char literal;
                if (c == '\\' && i + 1 < re.length() && !Character.isLetterOrDigit(re.charAt(i + 1))) {
                    literal = re.charAt(i + 1);
                    width = 2;
                } else if (".[](){}*+?^$|\\".indexOf(c) < 0 && !Character.isSurrogate(c)) {
                    literal = c;
                    width = 1;
                } else {
                    break;
                }
                int next = i + width;
                if (next < re.length() && "?*+{".indexOf(re.charAt(next)) >= 0) {
                    break; // quantified: not every match has it
                }
                out.append(literal);
                i = next;
            }
            return out.toString();
        }

        /** Alternatives until ')' or the end. */
        private First alternation() {
            First all = sequence();
            List<String> atoms = new ArrayList<>(all.atoms());
            boolean nullable = all.nullable();
            boolean opaque = all.opaque();
            while (!broken && i < re.length() && re.charAt(i) == '|') {
                topLevelAlternatives |= depth == 0;
                i++;
                First next = sequence();
                atoms.addAll(next.atoms());
                nullable |= next.nullable();
                opaque |= next.opaque();
            }
            return new First(atoms, nullable, opaque);
        }

        /** One alternative: its elements' first atoms up to the first element that cannot match empty. */
        private First sequence() {
            List<String> atoms = new ArrayList<>();
            boolean nullable = true; // everything so far could match empty
            boolean opaque = false;
            while (!broken && i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                First e = element();
                if (nullable) {
                    atoms.addAll(e.atoms());
                    opaque |= e.opaque();
                    nullable = e.nullable();
                }
            }
            return new First(atoms, nullable, opaque);
        }

        /** One element with its quantifier. */
        private First element() {
            char c = re.charAt(i);
            First e;
            if (c == '(') {
                e = group();
            } else if (c == '[') {
                int start = i;
                skipClass();
                e = First.atom(re.substring(start, i));
            } else if (c == '\\') {
                e = escape();
            } else if (c == '^' || c == '$') {
                i++;
                e = First.zeroWidth();
            } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                broken = true; // a quantifier with nothing before it
                return First.opaque(true);
            } else {
                i++;
                e = First.atom(c == '.' ? "." : Pattern.quote(String.valueOf(c)));
            }
            if (quantifier()) {
                e = new First(e.atoms(), true, e.opaque());
            }
            return e;
        }

        /** A group; look-arounds are zero-width (they only restrict where a match starts). */
        private First group() {
            i++; // '('
            boolean lookaround = false;
            boolean flags = false;
            if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
                i += 2;
            } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
                i += 3;
                lookaround = true;
            } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
                i += 2;
                lookaround = true;
            } else if (re.startsWith("?<", i)) {
                int close = re.indexOf('>', i);
                if (close < 0) {
                    broken = true;
                    return First.opaque(true);
                }
                i = close + 1; // a named group
            } else if (re.startsWith("?", i)) {
                // inline flags, "(?i)" or "(?i:…)": they change how what follows matches
                int end = i + 1;
                while (end < re.length() && Character.isLetter(re.charAt(end))
                        || end < re.length() && re.charAt(end) == '-') {
                    end++;
                }
                if (end < re.length() && re.charAt(end) == ')') {
                    i = end + 1;
                    return First.opaque(true);
                }
                if (end >= re.length() || re.charAt(end) != ':') {
                    broken = true;
                    return First.opaque(true);
                }
                i = end + 1;
                flags = true;
            }
            depth++;
            First inner = alternation();
            depth--;
            if (broken || i >= re.length() || re.charAt(i) != ')') {
                broken = true;
                return First.opaque(true);
            }
            i++;
            if (lookaround) {
                return First.zeroWidth();
            }
            return flags ? First.opaque(inner.nullable()) : inner;
        }

        /** An escape: a class (\d, \s, \p{L}…), an escaped literal, or a zero-width one (\b). */
        private First escape() {
            if (i + 1 >= re.length()) {
                broken = true;
                return First.opaque(true);
            }
            char e = re.charAt(i + 1);
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z') {
                i += 2;
                return First.zeroWidth();
            }
            if (e == 'p' || e == 'P') {
                int end = i + 2;
                if (end < re.length() && re.charAt(end) == '{') {
                    end = re.indexOf('}', end);
                    if (end < 0) {
                        broken = true;
                        return First.opaque(true);
                    }
                }
                String atom = re.substring(i, end + 1);
                i = end + 1;
                return First.atom(atom);
            }
            if ("dDsSwWhHvVtnrfe".indexOf(e) >= 0 || !Character.isLetterOrDigit(e)) {
                String atom = re.substring(i, i + 2);
                i += 2;
                return First.atom(atom);
            }
            if (e == 'Q') {
                int end = re.indexOf("\\E", i + 2);
                i = end < 0 ? re.length() : end + 2;
                return First.opaque(true);
            }
            // back-references, \\G, \\x, \\k, \\R, \\X and others: not read here (what follows them parses as literals)
            i += 2;
            return First.opaque(true);
        }

        /** Skips a character class, nested classes included. */
        private void skipClass() {
            int depth = 0;
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    i++;
                    if (i < re.length() && re.charAt(i) == '^') {
                        i++;
                    }
                    if (i < re.length() && re.charAt(i) == ']') {
                        i++; // a ']' first in a class is a literal
                    }
                    continue;
                }
                i++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
            broken = true;
        }

        /** Skips a quantifier if one follows; whether it allows zero repetitions. */
        private boolean quantifier() {
            if (i >= re.length()) {
                return false;
            }
            char q = re.charAt(i);
            boolean zero;
            if (q == '?' || q == '*') {
                zero = true;
                i++;
            } else if (q == '+') {
                zero = false;
                i++;
            } else if (q == '{') {
                int close = re.indexOf('}', i);
                String body = close < 0 ? "" : re.substring(i + 1, close);
                if (!body.matches("\\d+(?:,\\d*)?")) {
                    broken = true;
                    return true;
                }
                zero = Integer.parseInt(body.split(",")[0]) == 0;
                i = close + 1;
            } else {
                return false;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++; // reluctant or possessive
            }
            return zero;
        }
    }
}
