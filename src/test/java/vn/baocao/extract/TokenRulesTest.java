package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.rules.RuleSet;

/** {@link TokenRules#first}: the first rule whose match covers a given token, matches sought as find() does. */
class TokenRulesTest {

    /** One rule: a word, then a number ("sơ 12"); the word is the result. */
    private static TokenRules wordBeforeNumber(Path dir) throws Exception {
        Files.writeString(dir.resolve("t.tsv"), "pair\t(?$w [{word:/\\p{L}+/}]) [{word:/\\d+/}]\t$w\n");
        return new TokenRules(RuleSet.load(dir), "t.tsv", "$w");
    }

    @Test
    void theMatchMustCoverTheTokenAndEarlierMatchesDoNotHideLaterOnes(@TempDir Path dir) throws Exception {
        TokenRules rules = wordBeforeNumber(dir);
        String text = "hồ 12 sơ 7 vụ 9";
        List<CoreLabel> tokens = TokenRules.sentences(text).getFirst();
        assertEquals(6, tokens.size());
        assertEquals("hồ", rules.first(tokens, text, 1)); // covers "12"
        assertEquals("sơ", rules.first(tokens, text, 3)); // an earlier match ("hồ 12") does not cover it
        assertEquals("sơ", rules.first(tokens, text, 2)); // the word itself is covered too
        assertEquals("vụ", rules.first(tokens, text, 5));
        assertEquals("hồ", rules.first(tokens, text, 0));
    }

    @Test
    void noMatchCoveringTheTokenGivesNothing(@TempDir Path dir) throws Exception {
        TokenRules rules = wordBeforeNumber(dir);
        String text = "12 hồ sơ 7";
        List<CoreLabel> tokens = TokenRules.sentences(text).getFirst();
        assertNull(rules.first(tokens, text, 0)); // "12" opens the sentence: no word before it
        assertNull(rules.first(tokens, text, 1)); // "hồ" is followed by a word, not a number
        assertEquals("sơ", rules.first(tokens, text, 3));
    }

    @Test
    void rulesAreTriedInOrderAndAnEmptyTemplateFallsThrough(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.tsv"), """
                empty\t(?$e [{word:/zzz/}]?) [{word:/sơ/}] [{word:/\\d+/}]\t$e
                second\t(?$w [{word:/\\p{L}+/}]{2}) [{word:/\\d+/}]\t$w
                third\t(?$w [{word:/\\p{L}+/}]) [{word:/\\d+/}]\t$w
                """);
        TokenRules rules = new TokenRules(RuleSet.load(dir), "t.tsv", "$w");
        String text = "hồ sơ 12";
        List<CoreLabel> tokens = TokenRules.sentences(text).getFirst();
        assertEquals("hồ sơ", rules.first(tokens, text, 2));
    }
}
