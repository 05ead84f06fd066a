package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese grammar belongs in {@code extraction-rules/*.tsv} (or in the grammar classes that define one piece of
 * it: periods, dates, numbers, symbols, the letters themselves), not in the code of the stages. This test scans
 * {@code src/main/java} for string literals with Vietnamese letters that are used as grammar — a regular expression
 * (alternation, character class, {@code \s}), or a word compared with text ({@code equals}, {@code startsWith},
 * {@code contains}, {@code Set.of}, {@code case "…"} …) — outside the grammar classes, and lists what it finds.
 * Messages (anything else: printed text, exception messages, HTML) are not grammar.
 *
 * <p>What is still found is the known remainder recorded in {@code vietnamese-literals-remaining.txt} (file and
 * number of literals): the test fails when a file gains a literal (new grammar written in Java) and when a file has
 * fewer than recorded (lower the record: the remainder only shrinks).
 */
class VietnameseLiteralsTest {

    /** The classes that are the grammar's definitions (each piece defined once) and the letter tables. */
    private static final Set<String> GRAMMAR = Set.of(
            "extract/PeriodGrammar.java",
            "extract/VietnameseDates.java",
            "extract/VietnameseNumbers.java",
            "extract/Symbols.java",
            "normalize/VietnameseText.java",
            "normalize/LegacyEncoding.java",
            "normalize/Tcvn3.java",
            "normalize/Vni.java",
            "normalize/Viqr.java",
            "normalize/LegacyDetector.java",
            "normalize/ListMarkers.java",
            "normalize/SymbolLetters.java");

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    /** Regular-expression syntax inside a literal: a class escape, a group, a character class. */
    private static final Pattern REGEX_SYNTAX = Pattern.compile("\\\\\\\\[sSbdpwW]|\\(\\?|\\[[^\\]\\s]{1,16}\\]");
    /** What stands just before a literal compared with text: a comparison call or a case label. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:\\.(?:equals|equalsIgnoreCase|startsWith|endsWith|contains"
                    + "|matches|indexOf|lastIndexOf|split|replaceAll|replaceFirst)\\(|\\bcase\\s+|(?:Set|List)\\.of\\()\\s*$");
    /** A constant collection of words: {@code static final … Set.of(} / {@code List.of(} (up to its {@code );}). */
    private static final Pattern CONSTANT_LIST = Pattern.compile("static final .*(?:Set|List)\\.of\\(");
    /** Option descriptions and labels are help text; an exception's or a rule error's text is a message. */
    private static final Pattern HELP_TEXT =
            Pattern.compile("description\\s*=|paramLabel\\s*=|\\bthrow\\b|\\.error\\(");

    private static final Path SOURCES = ProjectFiles.path("src", "main", "java", "vn", "baocao");
    private static final String RECORD = "vietnamese-literals-remaining.txt";

    /** A literal found: file (relative to the package root), line, the source line. */
    record Finding(String file, int line, String source) {}

    static List<Finding> scan() throws IOException {
        List<Finding> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = SOURCES.relativize(f).toString().replace('\\', '/');
                if (GRAMMAR.contains(rel)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                boolean inComment = false;
                boolean inList = false;
                boolean inHelp = false;
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i);
                    if (inComment) {
                        int end = code.indexOf("*/");
                        if (end < 0) {
                            continue;
                        }
                        code = code.substring(end + 2);
                        inComment = false;
                    }
                    String s = code.strip();
                    if (s.startsWith("//") || s.startsWith("*")) {
                        continue;
                    }
                    if (s.startsWith("/*")) {
                        inComment = !s.contains("*/");
                        continue;
                    }
                    inList = inList || CONSTANT_LIST.matcher(code).find();
                    // help text and messages go on over the lines of their expression (the formatter breaks them)
                    boolean help = inHelp || HELP_TEXT.matcher(code).find();
                    if (!help && isGrammar(code, inList)) {
                        out.add(new Finding(rel, i + 1, s));
                    }
                    inList = inList && !code.contains(");");
                    inHelp = help && !(s.endsWith(")") || s.endsWith(";") || s.endsWith("{"));
                }
            }
        }
        return out;
    }

    static Map<String, Integer> byFile(List<Finding> findings) {
        Map<String, Integer> out = new TreeMap<>();
        findings.forEach(f -> out.merge(f.file(), 1, Integer::sum));
        return out;
    }

    static Map<String, Integer> record() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (var in = VietnameseLiteralsTest.class.getResourceAsStream("/" + RECORD)) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    String[] kv = l.split("\t");
                    out.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
                }
            }
        }
        return out;
    }

    @Test
    void grammarLeftInJavaOnlyShrinks() throws IOException {
        List<Finding> findings = scan();
        StringBuilder list = new StringBuilder();
        findings.forEach(f -> list.append(f.file())
                .append(':')
                .append(f.line())
                .append(": ")
                .append(f.source())
                .append('\n'));
        System.out.println("Vietnamese grammar still written in Java (" + findings.size() + " lines):\n" + list);
        Map<String, Integer> found = byFile(findings);
        Map<String, Integer> recorded = record();
        List<String> grew = new ArrayList<>();
        List<String> shrank = new ArrayList<>();
        for (var e : found.entrySet()) {
            int r = recorded.getOrDefault(e.getKey(), 0);
            if (e.getValue() > r) {
                grew.add(e.getKey() + " " + r + " → " + e.getValue());
            }
        }
        for (var e : recorded.entrySet()) {
            int n = found.getOrDefault(e.getKey(), 0);
            if (n < e.getValue()) {
                shrank.add(e.getKey() + "\t" + n);
            }
        }
        assertTrue(
                grew.isEmpty(),
                "Vietnamese words or patterns added in Java; put them in extraction-rules/: " + grew + "\n" + list);
        assertTrue(shrank.isEmpty(), "fewer literals than recorded: lower " + RECORD + " to " + shrank);
    }

    @Test
    void theScanFindsGrammarAndLeavesMessages() {
        // the classification itself, on lines of the shapes it must tell apart
        assertTrue(isGrammar(
                "    private static final Pattern P = Pattern.compile(\"^(?:Căn cứ|Thực hiện)\\\\b\");", false));
        assertTrue(isGrammar("        if (t.startsWith(\"Trên đây\")) {", false));
        assertTrue(isGrammar("    static final Set<String> S = Set.of(\"về\", \"và\");", false));
        assertTrue(isGrammar("        String re = \"N[ơo]i\\\\s+nhận\";", false));
        assertFalse(isGrammar("        err.println(\"Lỗi: không đọc được tệp \" + f);", false));
        assertFalse(isGrammar("        throw new DraftException(\"Không xác định được kỳ báo cáo\");", false));
        assertFalse(isGrammar("        if (x.equals(y)) { err.println(\"Đã ghi\"); }", false));
        assertFalse(isGrammar("            case \"money\" -> \"số tiền\";", false), "the label shown for a code");
        assertFalse(isGrammar(
                "    @Option(names = \"--x\", paramLabel = \"TỆP|MÃ\", description = \"Tệp [mặc định]\")", false));
        assertTrue(isGrammar("            \"như\", \"gồm\", \"hướng\",", true), "a line of a constant word list");
        assertTrue(isGrammar("            case \"tỷ lệ\" -> Kind.PERCENT;", false));
        assertFalse(isGrammar("        out.println(\"Báo cáo mã \" + id + (draft ? \" [DỰ THẢO]\" : \"\"));", false));
        assertTrue(isGrammar("    static final Pattern L = Pattern.compile(\"^[a-zđ][.)]\\\\s\");", false));
    }

    /**
     * Whether a line uses a Vietnamese literal as grammar: a literal with regular-expression syntax; one with an
     * alternation inside {@code Pattern.compile}; one compared with text; any literal of a constant word list.
     */
    static boolean isGrammar(String code, boolean inConstantList) {
        if (HELP_TEXT.matcher(code).find()) {
            return false;
        }
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String lit = m.group();
            if (!VIETNAMESE.matcher(lit).find()) {
                continue;
            }
            if (inConstantList
                    || REGEX_SYNTAX.matcher(lit).find()
                    || lit.contains("|") && code.contains("Pattern.compile")
                    || COMPARED.matcher(code.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
