package vn.baocao.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.normalize.VietnameseText;

/**
 * The words of a search query, found again in a report's text to highlight them on the report page a hit
 * opens. A word typed with diacritics matches only its own diacritics ("số" is not "Sở"; either tone placement,
 * any case); a word typed without them matches any ("so" is "số" and "sở"). Document symbols in the query
 * ("75/KH-UBND", "ke hoach 75") are left out: the page links every cited symbol already.
 */
final class QueryWords {

    private final Set<String> exact = new LinkedHashSet<>();
    private final Set<String> folded = new LinkedHashSet<>();
    private final Set<String> exactFolded = new LinkedHashSet<>();

    private QueryWords() {}

    /** The words of a query, without the documents it names ({@code symbols}: of the server's rules). */
    static QueryWords of(String query, DocumentSymbols symbols) {
        QueryWords w = new QueryWords();
        String q = VietnameseText.nfc(query == null ? "" : query);
        StringBuilder rest = new StringBuilder(q);
        List<DocumentSymbols.Mention> mentions = symbols.mentionsInQuery(q);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        for (int[] t : tokens(rest.toString())) {
            String word = rest.substring(t[0], t[1]);
            String key = VietnameseText.matchKey(word);
            String fold = VietnameseText.fold(word);
            if (fold.equals(key)) {
                w.folded.add(fold);
            } else {
                w.exact.add(key);
                w.exactFolded.add(fold);
            }
        }
        return w;
    }

    boolean isEmpty() {
        return exact.isEmpty() && folded.isEmpty();
    }

    /** Where the words are in a text: [start, end) of each matching word, in order. */
    List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        if (isEmpty() || text == null) {
            return out;
        }
        for (int[] t : tokens(text)) {
            String word = text.substring(t[0], t[1]);
            if (exact.contains(VietnameseText.matchKey(word)) || folded.contains(VietnameseText.fold(word))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a matched word of a snippet matched only with its diacritics removed although the query typed them:
     * "Sở" for a query "chỉ số" (no query word is "so" without diacritics).
     */
    boolean foldedOnly(String word) {
        String fold = VietnameseText.fold(word.strip());
        return exactFolded.contains(fold)
                && !exact.contains(VietnameseText.matchKey(word.strip()))
                && !folded.contains(fold);
    }

    /** The runs of letters and digits of a text (combining marks belong to their letter). */
    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < s.length() && wordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static boolean wordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
