package vn.baocao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.normalize.VietnameseText;

class LiteralAlternationTest {

    @Test
    void theLongestWordWinsAndSpacesMatchAnyWhiteSpace() {
        Pattern p = Pattern.compile(LiteralAlternation.of(List.of("kế hoạch", "kế hoạch liên tịch", "kết luận", "k")));
        assertEquals(
                List.of("kế hoạch liên  tịch", "kế\nhoạch", "kết luận", "k"),
                all(p, "kế hoạch liên  tịch; kế\nhoạch, kết luận và k"));
        assertFalse(Pattern.compile(LiteralAlternation.of(List.of()))
                .matcher("bất kỳ")
                .find());
    }

    @Test
    void punctuationIsLiteral() {
        Pattern p = Pattern.compile(LiteralAlternation.of(List.of("v/v", "c.v", "a+b")));
        assertTrue(p.matcher("c.v").matches());
        assertFalse(p.matcher("cxv").matches());
        assertTrue(p.matcher("a+b").matches());
        assertFalse(p.matcher("aab").matches());
        Pattern astral = Pattern.compile(LiteralAlternation.of(List.of("𝐀b", "𝐀c"))); // outside the BMP
        assertTrue(astral.matcher("𝐀c").matches());
        assertFalse(astral.matcher("𝐁c").matches());
    }

    /** The trie finds what the plain alternation (longest first) finds, on the seed reports and the type catalogue. */
    @Test
    void agreesWithThePlainAlternationOnTheCorpus() throws Exception {
        List<String> names = new ArrayList<>();
        for (RuleLine r : RuleSet.defaults().lines("document-types.tsv")) {
            for (String n : r.field(1).split("\\|")) {
                names.add(VietnameseText.matchKey(n.strip()));
            }
        }
        names = names.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String plain = names.stream()
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        Pattern before = Pattern.compile("(?<![\\p{L}])(?:" + plain + ")\\s+(?:số\\s*)?\\d+");
        Pattern after = Pattern.compile("(?<![\\p{L}])" + LiteralAlternation.of(names) + "\\s+(?:số\\s*)?\\d+");
        int found = 0;
        try (var files = Files.list(ProjectFiles.path("corpus"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
                String text = VietnameseText.matchKey(Files.readString(f));
                List<String> expected = all(before, text);
                assertEquals(expected, all(after, text), f.toString());
                found += expected.size();
            }
        }
        assertTrue(found > 50, "the corpus cites documents by type and number: " + found);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
