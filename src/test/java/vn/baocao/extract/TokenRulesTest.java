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

    @Test
    void leadingNodesAreReadOnlyWhereEveryMatchMustStartWithThem() {
        assertEquals(1, TokenRules.leadingNodes("[{tag:FIG}]+ [{word:/x/}]").size());
        assertEquals(
                3,
                TokenRules.leadingNodes("(?$s [{word:/a|b/}] [{word:/[(]/}]{2,3}) [{tag:FIG}]")
                        .size());
        assertEquals(2, TokenRules.leadingNodes("/tỷ/ /lệ/ [{tag:FIG}]?").size());
        assertEquals(0, TokenRules.leadingNodes("[{word:a}]? [{word:b}]").size()); // optional: b may come first
        assertEquals(0, TokenRules.leadingNodes("[{word:a}]{0,2} [{word:b}]").size());
        assertEquals(
                0,
                TokenRules.leadingNodes("([{word:a}] | [{word:b}]) [{tag:FIG}]").size()); // alternatives
        assertEquals(
                0, TokenRules.leadingNodes("(?$s [{word:a}]){1,2} [{tag:FIG}]").size()); // a repeated group
        assertEquals(0, TokenRules.leadingNodes("(?m){1,3} /a b/").size());
    }

    @Test
    void shapeIsReadOnlyFromPlainSequencesOfNodes() {
        List<TokenRules.Element> shape =
                TokenRules.shape("(?$s [{word:/a/}] [!{tag:FIG}]{1,14}?) [{word:/:/}]{1,2} [{tag:FIG}]+");
        assertEquals(4, shape.size());
        assertEquals(
                List.of(1, 1, 1, 1), shape.stream().map(TokenRules.Element::min).toList());
        assertEquals(
                List.of(1, 14, 2, Integer.MAX_VALUE),
                shape.stream().map(TokenRules.Element::max).toList());
        assertEquals(0, TokenRules.shape("/tỷ/ /lệ/ [{tag:FIG}]?").get(2).min());
        assertNull(TokenRules.shape("([{word:a}] | [{word:b}]) [{tag:FIG}]")); // alternatives
        assertNull(TokenRules.shape("(?$s [{word:a}]){1,2} [{tag:FIG}]")); // a repeated group
    }

    @Test
    void startsThatCannotReachARequiredNodeAreSkippedWithoutChangingWhatRulesFind(@TempDir Path dir) throws Exception {
        // the figure is at most 3 tokens after the start: "a" is too far, "," breaks the subject
        Files.writeString(dir.resolve("t.tsv"), "lead\t(?$s [!{tag:FIG} & !{word:/[,.]/}]{1,3}) [{tag:FIG}]+\t$s\n");
        TokenRules rules = new TokenRules(RuleSet.load(dir), "t.tsv", "$s");
        assertEquals("c d e", rules.first(tagged("a b c d e 12", 5), "a b c d e 12", 5));
        assertEquals("b", rules.first(tagged("a, b 12", 3), "a, b 12", 3));
    }

    @Test
    void leadingNodesDoNotChangeWhatRulesFind(@TempDir Path dir) throws Exception {
        // "lead" starts with a node repeated {2,10}: starts whose next two tokens fail it are skipped
        Files.writeString(dir.resolve("t.tsv"), "lead\t(?$s [!{tag:FIG} & !{word:/[,.]/}]{2,10}) [{tag:FIG}]+\t$s\n");
        TokenRules rules = new TokenRules(RuleSet.load(dir), "t.tsv", "$s");
        assertEquals("b c", rules.first(tagged("a, b c 12", 4), "a, b c 12", 4));
    }

    /** The tokens of a one-sentence text, token {@code figure} tagged FIG, those before it O. */
    private static List<CoreLabel> tagged(String text, int figure) {
        List<CoreLabel> tokens = TokenRules.sentences(text).getFirst();
        for (int k = 0; k < figure; k++) {
            tokens.get(k).setTag("O");
        }
        tokens.get(figure).setTag("FIG");
        return tokens;
    }
}
