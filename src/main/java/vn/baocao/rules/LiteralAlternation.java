package vn.baocao.rules;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A regular expression matching any of a list of literal words, written as a trie: "kế hoạch|kết luận|
 * kế hoạch liên tịch" becomes {@code kế(?:\s+hoạch(?:\s+liên\s+tịch)?|t\s+luận)}. Java's regex engine tries a
 * plain alternation branch by branch at every position of the text; the trie rejects a position after
 * one character in most places, which matters for catalogues of dozens of names run over every paragraph.
 * The longest word wins where several match at one position (greedy optional tails), as with an
 * alternation sorted longest first. A space in a word matches any run of white space.
 */
public final class LiteralAlternation {

    private LiteralAlternation() {}

    /**
     * The words matched exactly as written (each quoted, spaces as spaces), tried in the given order, as a
     * non-capturing group; {@code (?!)} (matching nothing) for no words.
     */
    public static String exact(Collection<String> words) {
        return words.isEmpty()
                ? "(?!)"
                : "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The trie expression of the words (a non-capturing group); words that are empty are ignored. */
    public static String of(Collection<String> words) {
        Node root = new Node();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < w.length(); i += Character.charCount(w.codePointAt(i))) {
                n = n.next.computeIfAbsent(w.codePointAt(i), c -> new Node());
            }
            n.end = true;
        }
        if (root.next.isEmpty()) {
            return "(?!)";
        }
        StringBuilder out = new StringBuilder("(?:");
        write(root, out);
        return out.append(')').toString();
    }

    private static final class Node {
        final Map<Integer, Node> next = new TreeMap<>();
        boolean end;
    }

    /** The alternatives after node {@code n}; grouped only where there are several. */
    private static void write(Node n, StringBuilder out) {
        boolean group = n.next.size() > 1;
        if (group) {
            out.append("(?:");
        }
        boolean first = true;
        for (Map.Entry<Integer, Node> e : n.next.entrySet()) {
            if (!first) {
                out.append('|');
            }
            first = false;
            int c = e.getKey();
            String ch = Character.toString(c);
            out.append(c == ' ' ? "\\s+" : Character.isLetterOrDigit(c) ? ch : Pattern.quote(ch));
            Node child = e.getValue();
            if (child.next.isEmpty()) {
                continue;
            }
            if (child.end) {
                out.append("(?:"); // an optional tail: the longer word first, then the word ending here
                write(child, out);
                out.append(")?");
            } else {
                write(child, out);
            }
        }
        if (group) {
            out.append(')');
        }
    }
}
