package vn.baocao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.baocao.normalize.VietnameseText;

/**
 * The extraction rules: plain UTF-8 text files in {@code extraction-rules/}, editable without
 * recompiling. Each non-blank line that does not start with {@code #} is one rule whose fields are
 * separated by TAB characters. Rules come from the built-in folder, then from each user folder given
 * with {@code --rules DIR}; a user file adds its lines after the built-in file of the same name.
 *
 * <p>The built-in folder is, in order: the system property {@code baocao.rules}, the
 * {@code extraction-rules} folder under {@code baocao.home} (set by the launcher), else the copy packaged
 * in the jar; never the working folder's.
 */
public final class RuleSet {

    private static final String RESOURCE_DIR = "/extraction-rules/";

    private final Path builtIn;
    private final List<Path> userDirs;
    /** The layout cues of these rules, read on first use (readers and parsers of one import share them). */
    private volatile LayoutCues layoutCues;

    private RuleSet(Path builtIn, List<Path> userDirs) {
        this.builtIn = builtIn;
        this.userDirs = List.copyOf(userDirs);
    }

    /** The built-in rules plus the given user folders (later folders extend earlier ones). */
    public static RuleSet load(Path... userDirs) {
        for (Path d : userDirs) {
            if (!Files.isDirectory(d)) {
                throw new RuleException(d.toString(), 0, "thư mục quy tắc không tồn tại");
            }
        }
        return new RuleSet(locateBuiltIn(), Arrays.asList(userDirs));
    }

    /**
     * The default rules (no user folder): for the entry points (a command without {@code --rules}, the benchmark,
     * tests); every stage takes the rule set it works with as an argument.
     */
    public static RuleSet defaults() {
        return load();
    }

    /** The layout cues ({@value LayoutCues#FILE}) of these rules, read once. */
    public LayoutCues layoutCues() {
        LayoutCues c = layoutCues;
        if (c == null) {
            c = new LayoutCues(this);
            layoutCues = c;
        }
        return c;
    }

    private static Path locateBuiltIn() {
        String prop = System.getProperty("baocao.rules");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        String home = System.getProperty("baocao.home");
        if (home != null && Files.isDirectory(Path.of(home, "extraction-rules"))) {
            return Path.of(home, "extraction-rules");
        }
        return null; // use the jar's copy (never the working folder's)
    }

    /** All rules of the named file, built-in first then user folders; a missing file yields no rules. */
    public List<RuleLine> lines(String name) {
        List<RuleLine> out = new ArrayList<>();
        String builtInText = readBuiltIn(name);
        if (builtInText != null) {
            parse(name, builtInText, out);
        }
        for (Path d : userDirs) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), out);
                } catch (IOException e) {
                    throw new RuleException(f.toString(), 0, "không đọc được tệp: " + e.getMessage());
                }
            }
        }
        return out;
    }

    private String readBuiltIn(String name) {
        try {
            if (builtIn != null) {
                Path f = builtIn.resolve(name);
                return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
            }
            try (InputStream in = RuleSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(String file, String text, List<RuleLine> out) {
        String[] lines = VietnameseText.nfc(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields =
                    Arrays.stream(l.split("\t", -1)).map(String::strip).toList();
            out.add(new RuleLine(file, i + 1, fields));
        }
    }

    /** Compiles a regular expression from a rule field, reporting a syntax error with file and line. */
    public static Pattern regex(RuleLine rule, int field, int flags) {
        String re = rule.field(field);
        try {
            return Pattern.compile(re, flags);
        } catch (PatternSyntaxException e) {
            throw rule.error(
                    "biểu thức chính quy không hợp lệ: " + e.getDescription() + " (tại vị trí " + e.getIndex() + ")");
        }
    }
}
