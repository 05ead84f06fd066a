package vn.baocao.fulltext;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Vietnamese analysis chain: Unicode word segmentation into syllables (Vietnamese writes one
 * syllable per space-separated token), then {@link VietnameseNormalizationFilter}: NFC, canonical tone
 * placement and lower case — or, for the folded field, no diacritics at all (đ → d). Phrase queries
 * work over syllable positions. With {@code pairs}, the terms are instead the pairs of adjacent syllables
 * ("cải_cách", "cách_hành", …; {@link #PAIR_SEPARATOR} between them, each at the position of its first
 * syllable): a phrase of two syllables is one term, a longer one a conjunction of rare terms.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Joins the two syllables of a pair term (not whitespace: the Solr schema splits terms on whitespace). */
    public static final String PAIR_SEPARATOR = "_";

    private final boolean fold;
    private final boolean pairs;

    /** @param fold true for the diacritic-folded field */
    public VietnameseAnalyzer(boolean fold) {
        this(fold, false);
    }

    /**
     * @param fold  true for the diacritic-folded field
     * @param pairs true for the field of adjacent syllable pairs
     */
    public VietnameseAnalyzer(boolean fold, boolean pairs) {
        this.fold = fold;
        this.pairs = pairs;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new VietnameseNormalizationFilter(source, fold);
        if (pairs) {
            chain = pairsOf(chain);
        }
        return new TokenStreamComponents(source, chain);
    }

    /** The pairs of adjacent syllables of a stream of syllables. */
    static TokenStream pairsOf(TokenStream syllables) {
        ShingleFilter shingles = new ShingleFilter(syllables, 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator(PAIR_SEPARATOR);
        shingles.setFillerToken("");
        return shingles;
    }
}
