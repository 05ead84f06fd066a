package vn.baocao.fulltext;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One analysis of a text for every field that indexes it: the text is segmented into syllables once and each
 * syllable normalised once with and once without diacritics; the accented, folded and pair fields
 * ({@link VietnameseAnalyzer}'s four chains) replay these tokens ({@link #stream}) instead of analysing the same
 * text four times. The streams are exactly {@link VietnameseAnalyzer}'s (same terms, positions and offsets).
 */
final class TextTokens {

    /** The tokenizer alone (reused per thread, as any analyser's components). */
    private static final Analyzer SYLLABLES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source);
        }
    };

    private String[] accented = new String[64];
    private String[] folded = new String[64];
    private int[] increments = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;
    /** Whether every position increment is 1 (then a pair is simply two adjacent syllables). */
    private boolean adjacent = true;

    private int finalOffset;
    private int finalIncrement;

    private TextTokens() {}

    /** The tokens of a text. */
    static TextTokens of(String text) {
        TextTokens t = new TextTokens();
        try (TokenStream ts = SYLLABLES.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String raw = term.toString();
                t.add(
                        VietnameseNormalizationFilter.normalize(raw, false),
                        VietnameseNormalizationFilter.normalize(raw, true),
                        inc.getPositionIncrement(),
                        offset.startOffset(),
                        offset.endOffset());
            }
            ts.end();
            t.finalOffset = offset.endOffset();
            t.finalIncrement = inc.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read: cannot happen
        }
        return t;
    }

    private void add(String a, String f, int increment, int start, int end) {
        if (size == accented.length) {
            int n = size * 2;
            accented = java.util.Arrays.copyOf(accented, n);
            folded = java.util.Arrays.copyOf(folded, n);
            increments = java.util.Arrays.copyOf(increments, n);
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
        }
        accented[size] = a;
        folded[size] = f;
        increments[size] = increment;
        starts[size] = start;
        ends[size] = end;
        adjacent &= increment == 1;
        size++;
    }

    /**
     * The tokens of one field, as {@code new VietnameseAnalyzer(fold, pairs)} makes them. Each call gives a new
     * stream; the tokens are shared (read only).
     */
    TokenStream stream(boolean fold, boolean pairs) {
        Replay syllables = new Replay(fold ? folded : accented, false);
        if (!pairs) {
            return syllables;
        }
        if (!adjacent) { // a position gap: the shingle filter's filler tokens, as the analyser makes them
            return VietnameseAnalyzer.pairsOf(syllables);
        }
        return new Replay(fold ? folded : accented, true);
    }

    /** The syllables, or the pairs of adjacent ones (only when {@link #adjacent}), as tokens. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final String[] terms;
        private final boolean pairs;
        private int next;

        Replay(String[] terms, boolean pairs) {
            this.terms = terms;
            this.pairs = pairs;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next + (pairs ? 1 : 0) >= size) {
                return false;
            }
            clearAttributes();
            int i = next++;
            if (pairs) {
                term.setEmpty()
                        .append(terms[i])
                        .append(VietnameseAnalyzer.PAIR_SEPARATOR)
                        .append(terms[i + 1]);
                offset.setOffset(starts[i], ends[i + 1]);
            } else {
                term.setEmpty().append(terms[i]);
                offset.setOffset(starts[i], ends[i]);
            }
            inc.setPositionIncrement(increments[i]);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            inc.setPositionIncrement(finalIncrement);
        }
    }
}
