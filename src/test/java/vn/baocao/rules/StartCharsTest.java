package vn.baocao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;

/**
 * {@link StartChars} finds exactly what {@code Matcher.find()} finds: for the rule files' patterns over the seed
 * reports' lines, and for patterns chosen to trip the reading of first atoms (look-arounds, anchors, optional and
 * alternative starts, back-references, inline flags, case folding).
 */
class StartCharsTest {

    private static final List<String> TRICKY = List.of(
            "(?i)năm\\s+(?:19|20)\\d{2}",
            "(?<![\\d.,])\\d+",
            "\\b\\S*x",
            "(?:ab)?c|d",
            "^\\s*\\d+[.)]",
            "(?i)\\bISO\\s*\\d+",
            "(\\d)-\\1",
            "(?i)đ[iì]ều",
            "(?=\\d)\\w+",
            "[^\\s@]++@\\S+",
            "a{0,2}b",
            "(?<y>(?:19|20)\\d\\d)",
            "(?i:q)uý",
            "x*",
            "(?u)(?i)Ấp\\s+\\d",
            "[\\[\\]a]b",
            "\\p{Lu}\\p{L}+ \\d",
            "\\Qa.b\\E",
            "\\.\\d",
            "(?:(?:k)|(?:[đĐ]))\\w",
            "(?<![\\p{L}\\p{N}])(?:ke\\s+hoach|cong\\s+van)\\s+(?:so\\s*)?:?\\s*(\\d{1,5})(?![\\d])",
            "(?<!x)a|b",
            "(?<![\\p{L}])k\\w*",
            "(?i)(?<!đ)Đ\\w",
            "(?<!\\d)\\d+",
            "(?<!\\.)\\d",
            "(?<![a-c])x|(?<!y)z",
            "(?<!\\pL)\\d",
            "(?<!ab)c",
            "(?<![\\p{L}])(?<!\\d)x",
            "(?i)\\bbộ\\s+chỉ\\s+số\\s+\\d+",
            "(?iu)ĐÀ nẵng",
            "a\\.b+",
            "ab+c",
            "(?=k)ke\\s+hoach",
            "Ke hoach");

    private static final List<String> TEXTS = List.of(
            "Năm 2023, NĂM  2024 và năm 1999; xnăm 2020",
            "12 3,4 .5 ab x 1-1 2-3 ISO 9001 iso9001 xISO 1",
            "Điều 5 điều 6 ĐIỀU 7 đìều",
            "mail a@b.vn, x @ y",
            "xem https://a.b?x=1&y_2=3 www.Dan.VN so.GOV x.com.vn q?a",
            "ab abc c d aab b Quý 3 quý IV QUÝ",
            "1. Mục  a) 2) x",
            "Ấp 3, ấp 4, ẤP 5 k1 đx Đy",
            "[b ]b ab",
            "Hà Nội 12, Kế hoạch 75",
            "a.b a.c .5",
            "",
            "\uD83D\uDE00 1 2",
            "ſ ß ſt K k",
            "ke hoach 75 xke hoach 12, cong van so: 2119; 1ke hoach 3 ke  hoach  4 kk ka",
            "ax a b xa bxa yz z cx",
            "đĐx ĐĐy aĐz Đq ĐX",
            "12.5 .5 a5 5 abc bc",
            "\uD83D\uDE00k \uD835\uDC00k 1x",
            "BỘ CHỈ SỐ 5, bộ chỉ số 6 Bộ Chỉ Số 7 bỘ cHỈ sỐ 8 đà nẵng ĐÀ NẴNG Đà Nẵng",
            "a.bb a.c abbc ac Ke hoach ke hoach KE HOACH");

    @Test
    void findsWhatFindFinds() throws Exception {
        List<String> texts = new ArrayList<>(TEXTS);
        try (Stream<Path> s = Files.list(ProjectFiles.path("corpus"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.addAll(Files.readAllLines(p));
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String re : TRICKY) {
            patterns.add(Pattern.compile(re, Pattern.UNICODE_CASE));
        }
        RuleSet rules = RuleSet.defaults();
        for (RuleLine r : rules.lines(vn.baocao.extract.FigureExtractor.CONTEXTS_FILE)) {
            if (r.field(0).equals("mask")) {
                patterns.add(RuleSet.regex(r, 1, Pattern.UNICODE_CASE));
            }
        }
        for (Pattern p : patterns) {
            StartChars s = new StartChars(p);
            for (String t : texts) {
                assertEquals(find(p, t), startChars(s, t), () -> p.pattern() + " over «" + t + "»");
            }
        }
        for (RuleLine r : rules.lines(
                vn.baocao.extract.FigureExtractor.CONTEXTS_FILE)) { // a mask's guard changes nothing it finds
            if (r.field(0).equals("mask") && !r.field(2, "").isEmpty()) {
                Pattern p = RuleSet.regex(r, 1, Pattern.UNICODE_CASE);
                StartChars s = new StartChars(p, RuleSet.regex(r, 2, Pattern.UNICODE_CASE));
                for (String t : texts) {
                    assertEquals(find(p, t), startChars(s, t), () -> p.pattern() + " guarded, over «" + t + "»");
                }
            }
        }
    }

    @Test
    void readsFirstAtomsOrGivesUp() {
        assertNotNull(first("(?i)năm\\s+(?:19|20)\\d{2}"));
        assertNotNull(first("(?<![\\d.,])(?:1022|1900\\d{4,6})"));
        assertNotNull(first("(\\d)-\\1")); // a back-reference after the first atom does not matter
        assertNull(first("x*")); // matches the empty string: every position
        assertNull(first("\\1a")); // a back-reference first
        assertNull(first("(?i:q)uý")); // inline flags inside
        assertNull(first("(?x) a"));
        assertNull(first("\\Gx"));
        assertNotNull(first("(?:ab)?c|d"));
    }

    @Test
    void readsALeadingLookBehindOfOneCharacter() {
        assertEquals(
                "(?:[\\p{L}\\p{N}])",
                refused("(?<![\\p{L}\\p{N}])(?:ke|cong)\\s+\\d").pattern());
        assertEquals("(?i)(?:đ)", refused("(?i)(?<!đ)Đ\\w").pattern());
        assertEquals("(?:\\pL)", refused("(?<!\\pL)\\d").pattern());
        assertNull(refused("(?<!x)a|b")); // the second alternative is not behind it
        assertNull(refused("(?<!ab)c")); // two characters
        assertNull(refused("(?<!\\d{2})c"));
        assertNull(refused("a(?<!x)b")); // not first
        assertNull(refused("(?<=x)a")); // a positive look-behind
    }

    @Test
    void readsTheLiteralPrefix() {
        assertEquals("năm", prefix("(?i)năm\\s+(?:19|20)\\d{2}"));
        assertEquals("bộ", prefix("(?i)\\bbộ\\s+chỉ"));
        assertEquals("ke hoach", prefix("(?<![\\p{L}])ke hoach\\s"));
        assertEquals("a.", prefix("a\\.b+"));
        assertNull(prefix("ab+c")); // "a" alone: the first atom says as much
        assertNull(prefix("năm|tháng"));
        assertNull(prefix("(?:ngày\\s*)?tháng"));
    }

    private static String prefix(String re) {
        return new StartChars(Pattern.compile(re, Pattern.UNICODE_CASE)).prefix();
    }

    private static Pattern refused(String re) {
        return new StartChars(Pattern.compile(re, Pattern.UNICODE_CASE)).refusedBefore();
    }

    private static Pattern first(String re) {
        return new StartChars(Pattern.compile(re, Pattern.UNICODE_CASE)).firstAtoms();
    }

    private static List<String> find(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> startChars(StartChars s, String t) {
        List<String> out = new ArrayList<>();
        s.forEach(t, m -> out.add(m.start() + "-" + m.end() + ":" + m.group()));
        return out;
    }
}
