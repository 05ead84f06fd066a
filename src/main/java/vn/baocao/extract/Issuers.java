package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * Issuing bodies of any kind, read from the left column of a report's header (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): the parent body's line ("UBND TỈNH LÂM ĐỒNG"), then the issuing body's own name over one or
 * more lines ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, …" / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"). A line opening with a
 * body kind of {@code issuer-kinds.tsv} starts a body; any other line continues the one before.
 *
 * <p>The issuer is normalized by its kind: "UBND &lt;level&gt; &lt;Name&gt;" for a people's committee,
 * "&lt;kind&gt; &lt;name&gt; &lt;level&gt; &lt;Name&gt;" for another body, its locality taken from the
 * parent body when its own name has none ("SỞ NỘI VỤ" under "UBND TỈNH LÂM ĐỒNG" → "Sở Nội vụ tỉnh Lâm
 * Đồng"). Letter case comes from the report's own text where it names the body, else from the kind's
 * spelling with the rest in sentence case.
 */
public final class Issuers {

    public static final String KINDS_FILE = "issuer-kinds.tsv";
    public static final String LEVELS_FILE = "administrative-levels.tsv";

    /** An issuing body: its normalized name, level, and the parent body it was issued under (or null). */
    public record Issuer(String name, String level, String parent) {}

    private record Kind(String name, List<String> spellings, List<String> foldedWords, boolean levelName) {}

    private record Level(String level, String foldedWord) {}

    private final List<Kind> kinds = new ArrayList<>();
    /** Every spelling of every level, longest first. */
    private final List<Level> levels = new ArrayList<>();

    private final Pattern levelThenName;
    /** A regex of every spelling of every level, longest first, case-insensitive. */
    private final String levelPattern;

    public Issuers(RuleSet rules) {
        for (RuleLine r : rules.lines(KINDS_FILE)) {
            List<String> words = new ArrayList<>();
            List<String> spellings = new ArrayList<>();
            for (String w : r.words(1)) {
                spellings.add(w);
                words.add(VietnameseText.fold(w));
            }
            String naming = r.field(2);
            if (!naming.equals("level-name") && !naming.equals("name-locality")) {
                throw r.error("cột 3 phải là level-name hoặc name-locality, không phải «" + naming + "»");
            }
            kinds.add(new Kind(r.field(0), List.copyOf(spellings), words, naming.equals("level-name")));
        }
        List<String> alternatives = new ArrayList<>();
        for (RuleLine r : rules.lines(LEVELS_FILE)) {
            String level = r.field(0);
            levels.add(new Level(level, VietnameseText.fold(level)));
            alternatives.add(Pattern.quote(level));
            for (String w : r.field(1, "").split("\\|")) {
                if (!w.isBlank()) {
                    levels.add(new Level(level, VietnameseText.fold(w.strip())));
                    alternatives.add(Pattern.quote(w.strip()));
                }
            }
        }
        levels.sort(
                Comparator.comparingInt((Level l) -> l.foldedWord().length()).reversed());
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        levelPattern = "(?iu:" + String.join("|", alternatives) + ")";
        levelThenName = Pattern.compile("(?<![\\p{L}])(" + levelPattern + ")\\s+"
                + "((?:\\p{Lu}[\\p{L}]*|\\d{1,3})(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\d{1,3}))*)\\s*$");
    }

    /**
     * The spellings of a kind of body as written in {@value #KINDS_FILE} ("Ủy ban nhân dân", "Uỷ ban nhân dân",
     * "UBND" for the kind "UBND"), in file order; none for an unknown kind.
     */
    public List<String> spellings(String kind) {
        List<String> out = new ArrayList<>();
        for (Kind k : kinds) {
            if (k.name().equals(kind)) {
                out.addAll(k.spellings());
            }
        }
        return out;
    }

    /**
     * The spellings of the kinds named by level, "&lt;kind&gt; &lt;level&gt; &lt;Name&gt;" (a people's committee or
     * council: "Ủy ban nhân dân", "UBND", "HĐND" …), as written in {@value #KINDS_FILE}, in file order.
     */
    public List<String> levelNameSpellings() {
        return kinds.stream()
                .filter(Kind::levelName)
                .flatMap(k -> k.spellings().stream())
                .toList();
    }

    /** A regular expression matching every spelling of every level ("thành phố", "TP.", "xã"). */
    public String levelPattern() {
        return levelPattern;
    }

    /** The level a spelling writes ("TP." → "thành phố"), or the spelling in lower case when it is none. */
    public String level(String written) {
        String folded = VietnameseText.fold(written.strip());
        for (Level l : levels) {
            if (l.foldedWord().equalsIgnoreCase(folded)) {
                return l.level();
            }
        }
        return written.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The levels, each once, in the order of the rule file. */
    public List<String> levels() {
        return levels.stream().map(Level::level).distinct().toList();
    }

    /**
     * The issuer named by the header's left-column lines above "Số:", or null when no line opens with a
     * body kind.
     *
     * @param lines    the header lines, in order, upper case as printed
     * @param fullText the report's text, where the body's name may be written in its own letter case
     */
    public Issuer fromHeader(List<String> lines, String fullText) {
        return fromHeader(lines, () -> fullText);
    }

    /** {@link #fromHeader(List, String)} with the report's text made only when a name's case is looked up. */
    public Issuer fromHeader(List<String> lines, java.util.function.Supplier<String> fullText) {
        List<List<String>> bodies = new ArrayList<>();
        List<Kind> bodyKinds = new ArrayList<>();
        for (String raw : lines) {
            String line = VietnameseText.collapseSpaces(raw);
            if (line.isEmpty()) {
                continue;
            }
            Kind k = kindAt(line);
            boolean continues = !bodies.isEmpty() && endsOpen(bodies.getLast().getLast());
            if (k != null && !continues) {
                bodies.add(new ArrayList<>(List.of(line)));
                bodyKinds.add(k);
            } else if (!bodies.isEmpty()) {
                bodies.getLast().add(line);
            }
        }
        if (bodies.isEmpty()) {
            return null;
        }
        Issuer parent = null;
        for (int i = 0; i < bodies.size() - 1; i++) {
            parent = body(bodyKinds.get(i), String.join(" ", bodies.get(i)), parent, fullText);
        }
        Issuer own = body(bodyKinds.getLast(), String.join(" ", bodies.getLast()), parent, fullText);
        return own == null ? null : new Issuer(own.name(), own.level(), parent == null ? null : parent.name());
    }

    /** A line that ends mid-name: a comma, a hyphen or "và" ("…, ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI SỐ VÀ"). */
    private static boolean endsOpen(String line) {
        String f = VietnameseText.fold(line).strip();
        return f.endsWith(",") || f.endsWith("-") || f.endsWith(" va");
    }

    private Kind kindAt(String line) {
        String f = VietnameseText.fold(line);
        Kind best = null;
        int bestLength = 0;
        for (Kind k : kinds) {
            for (String w : k.foldedWords()) {
                if (w.length() > bestLength
                        && f.startsWith(w)
                        && (f.length() == w.length() || !Character.isLetterOrDigit(f.charAt(w.length())))) {
                    best = k;
                    bestLength = w.length();
                }
            }
        }
        return best;
    }

    private Issuer body(Kind kind, String text, Issuer parent, java.util.function.Supplier<String> fullText) {
        String rest = text.substring(kindLength(kind, text)).strip();
        if (kind.levelName()) {
            Matcher m = levelThenName.matcher(rest);
            if (!m.matches()) {
                return null;
            }
            String level = levelOf(m.group(1));
            return new Issuer(kind.name() + " " + level + " " + nameCase(m.group(2)), level, null);
        }
        String level = null;
        String locality = "";
        Matcher m = levelThenName.matcher(rest);
        if (m.find()) {
            level = levelOf(m.group(1));
            locality = " " + level + " " + nameCase(m.group(2));
            rest = rest.substring(0, m.start()).strip();
        } else if (parent != null && parent.level() != null) {
            // the parent's locality: "UBND tỉnh Lâm Đồng" → "tỉnh Lâm Đồng"
            level = parent.level();
            int at = VietnameseText.fold(parent.name()).indexOf(" " + VietnameseText.fold(level) + " ");
            locality = at >= 0 ? parent.name().substring(at) : "";
        }
        String name = rest.isEmpty() ? kind.name() : kind.name() + " " + rest;
        String cased = asWritten(name, fullText.get());
        if (cased == null) {
            cased = rest.isEmpty() ? kind.name() : kind.name() + " " + sentenceCase(rest);
        }
        return new Issuer(VietnameseText.collapseSpaces(cased + locality), level, null);
    }

    private static int kindLength(Kind kind, String text) {
        String f = VietnameseText.fold(text);
        int best = 0;
        for (String w : kind.foldedWords()) {
            if (f.startsWith(w) && w.length() > best) {
                best = w.length();
            }
        }
        return best;
    }

    private String levelOf(String written) {
        String f = VietnameseText.fold(written);
        for (Level l : levels) {
            if (l.foldedWord().equals(f)) {
                return l.level();
            }
        }
        return written.toLowerCase(Locale.ROOT);
    }

    /**
     * The name as the report's text writes it, or null: matched without case and diacritics, and with the
     * punctuation a header's line breaks drop ("XÚC TIẾN ĐẦU TƯ" / "THƯƠNG MẠI VÀ DU LỊCH" is written
     * "Xúc tiến Đầu tư, Thương mại và Du lịch" in the text).
     */
    static String asWritten(String name, String fullText) {
        if (fullText == null || fullText.isEmpty()) {
            return null;
        }
        String hay = VietnameseText.fold(fullText);
        if (hay.length() != fullText.length()) {
            return null; // folding changed lengths: offsets would not map back
        }
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\d])");
        boolean first = true;
        for (String w : VietnameseText.fold(VietnameseText.collapseSpaces(name)).split("[\\s,;]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!first) {
                re.append("[\\s,;]*\\s");
            }
            first = false;
            re.append(Pattern.quote(w));
        }
        re.append("(?![\\p{L}\\d])");
        Matcher m = Pattern.compile(re.toString()).matcher(hay);
        while (m.find()) {
            String found = fullText.substring(m.start(), m.end());
            if (!VietnameseText.isUpperCaseText(found)) {
                return VietnameseText.collapseSpaces(found);
            }
        }
        return null;
    }

    /** "NỘI VỤ" → "Nội vụ"; acronyms and numbers stay ("PHÁT TRIỂN KH, CN" keeps "KH", "CN"). */
    static String sentenceCase(String upper) {
        if (!VietnameseText.isUpperCaseText(upper)) {
            return upper;
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String w : upper.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean acronym = w.length() >= 2 && w.length() <= 5 && !isSyllable(lower);
            if (acronym) {
                sb.append(w);
            } else if (first) {
                sb.append(capitalize(lower));
            } else {
                sb.append(lower);
            }
            first = false;
        }
        return sb.toString();
    }

    /** A Vietnamese syllable has a vowel; "KH", "CN", "ĐMST" have none. */
    private static boolean isSyllable(String lower) {
        return VietnameseText.fold(lower).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** "LÂM ĐỒNG" → "Lâm Đồng" (place names: every syllable capitalized). */
    static String nameCase(String upper) {
        if (!VietnameseText.isUpperCaseText(upper)) {
            return upper;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(capitalize(w));
        }
        return sb.toString();
    }

    private static String capitalize(String w) {
        if (w.isEmpty()) {
            return w;
        }
        int cp = w.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(cp))
                .append(w.substring(Character.charCount(cp)))
                .toString();
    }
}
