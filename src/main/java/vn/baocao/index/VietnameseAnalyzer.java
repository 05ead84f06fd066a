package vn.baocao.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Vietnamese analysis chain: Unicode word segmentation into syllables (Vietnamese writes one
 * syllable per space-separated token), then {@link VietnameseNormalizationFilter}: NFC, canonical tone
 * placement and lower case — or, for the folded field, no diacritics at all (đ → d). Phrase queries
 * work over syllable positions.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final boolean fold;

    /** @param fold true for the diacritic-folded field */
    public VietnameseAnalyzer(boolean fold) {
        this.fold = fold;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new VietnameseNormalizationFilter(source, fold);
        return new TokenStreamComponents(source, chain);
    }
}
