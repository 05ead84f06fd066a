package vn.baocao.fulltext;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.baocao.normalize.VietnameseText;

/**
 * Rewrites each syllable token to its matching form: NFC, canonical tone placement, lower case
 * ("Hòa" → "hoà"); with {@code fold} also without diacritics ("hoa"). One stage of
 * {@link VietnameseAnalyzer}'s chain.
 */
final class VietnameseNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean fold;

    public VietnameseNormalizationFilter(TokenStream input, boolean fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String t = term.toString();
        String n = normalize(t, fold);
        if (!n.equals(t)) {
            term.setEmpty().append(n);
        }
        return true;
    }

    /** The matching form of one syllable: {@link VietnameseText#matchKey}, or with {@code fold} {@link VietnameseText#fold}. */
    static String normalize(String syllable, boolean fold) {
        return fold ? VietnameseText.fold(syllable) : VietnameseText.matchKey(syllable);
    }
}
