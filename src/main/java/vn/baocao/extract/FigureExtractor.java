package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;
import vn.baocao.rules.StartChars;

/**
 * Finds figures: counts with their unit noun ("28 nhiệm vụ"), ratios ("07/28 nhiệm vụ"), percentages
 * ("25%") and money ("7.159.635.648 đồng") of running text (appendix statistics tables: {@link StatisticsTables}).
 * What is not a
 * figure — numbers of document symbols and dates, section numbers, years, quarters, legal parts,
 * hotlines, URLs — is ruled out by the contexts of {@code extraction-rules/figure-contexts.tsv}; unit
 * nouns come from {@code unit-nouns.tsv}. Thread-safe.
 */
public final class FigureExtractor {

    /** Rule files. */
    public static final String UNITS_FILE = "unit-nouns.tsv";

    public static final String CONTEXTS_FILE = "figure-contexts.tsv";

    private static final String N = VietnameseNumbers.NUMBER;
    /** A number, or a ratio of two, standing alone (not inside a longer number, code or symbol). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,\\-–])(?<!\\p{N}\\s?/\\s?)(?<a>" + N
            + ")(?:\\s*/\\s*(?<b>" + N + "))?(?![\\p{N}]|[.,]\\d|\\s*/\\s*\\d|\\p{L})");

    private static final StartChars FIGURE_STARTS = new StartChars(FIGURE);
    /** After a count's unit, the rest of its phrase and "/" with the total: "… hồ sơ trực tuyến/110.779". */
    private static final Pattern RATIO_ACROSS =
            Pattern.compile("(?:\\s+\\p{L}+){0,4}?\\s*/\\s*(?<b>" + N + ")(?![\\p{N}]|[.,]\\d|\\s*/)");

    private static final Pattern PERCENT = Pattern.compile("\\G\\s?%");
    /** "11, 11%": a decimal comma followed by a stray space. */
    private static final Pattern SPLIT_DECIMAL = Pattern.compile("\\G,\\s(?<d>\\d{1,2})\\s?%");

    private static final Pattern LIST_MARKER =
            Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*[.)]|" + ListMarkers.LETTER + "\\))\\s");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]+(?<w>[\\p{L}][\\p{L}\\-]*)");
    private static final Pattern LABEL_END = Pattern.compile("\\G[ \\t]*(?:$|\\n|[,;.(]|\\))");
    private static final Pattern STRIP_LEAD = Pattern.compile("^[\\s\\-+•*–]+");

    private record Unit(String key, Figure.Kind kind) {}

    private final List<Unit> units = new ArrayList<>();
    private final Set<String> notUnit = new HashSet<>();
    private final List<String> before = new ArrayList<>();
    /** Phrases after which a ratio is a rank among so many, a figure whatever {@link #before} says. */
    private final List<String> rankBefore = new ArrayList<>();

    private final List<StartChars> masks = new ArrayList<>();
    private final FigureSubjects subjects;
    /** The words that end a labelled value's label ("Tổng số là 15"), besides ":" and "=": {@code label-end} rules. */
    private final List<String> labelEnds = new ArrayList<>();
    /** The word a percentage's subject starts with ("tỷ lệ"): the {@code percent} rule. */
    private final String percentWord;
    /** Its folded form ("ty le"), found in folded text. */
    private final String percentFolded;
    /** The words at the end of a leading clause that are not the subject ("đạt", "được giao", ":"): {@code trailing}. */
    private final Pattern trailingWords;

    public FigureExtractor(RuleSet rules) {
        for (RuleLine r : rules.lines(UNITS_FILE)) {
            Figure.Kind kind = switch (r.field(1)) {
                case "count" -> Figure.Kind.COUNT;
                case "money" -> Figure.Kind.MONEY;
                case "other" -> Figure.Kind.OTHER;
                default -> throw r.error("loại số liệu «" + r.field(1) + "» không hợp lệ (count, money hoặc other)");
            };
            units.add(new Unit(VietnameseText.matchKey(r.field(0)), kind));
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.key().length()).reversed());
        List<String> trailing = new ArrayList<>();
        String percent = null;
        for (RuleLine r : rules.lines(CONTEXTS_FILE)) {
            switch (r.field(0)) {
                case "before" -> before.add(VietnameseText.matchKey(r.field(1)));
                case "rank" -> rankBefore.add(VietnameseText.matchKey(r.field(1)));
                case "not-unit" -> notUnit.add(VietnameseText.matchKey(r.field(1)));
                case "mask" ->
                    masks.add(new StartChars(
                            RuleSet.regex(r, 1, Pattern.UNICODE_CASE),
                            r.field(2, "").isEmpty() ? null : RuleSet.regex(r, 2, Pattern.UNICODE_CASE)));
                case "trailing" -> trailing.add(r.field(1));
                case "label-end" -> labelEnds.add(r.field(1));
                case "percent" -> percent = r.field(1);
                default ->
                    throw r.error("loại ngữ cảnh «" + r.field(0) + "» không hợp lệ (before, not-unit, mask, rank, "
                            + "trailing, label-end hoặc percent)");
            }
        }
        if (percent == null) {
            throw new vn.baocao.rules.RuleException(CONTEXTS_FILE, 0, "thiếu quy tắc loại «percent»");
        }
        masks.add(new StartChars(LIST_MARKER)); // the number of a list item is never a figure
        this.percentWord = percent;
        this.percentFolded = VietnameseText.fold(percent);
        this.trailingWords = Pattern.compile(
                "(?:(?:^|\\s+)" + LiteralAlternation.exact(trailing) + ")+\\s*[:=]?\\s*$|\\s*[:=]\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.subjects = new FigureSubjects(rules, percent);
    }

    /** The figures of a piece of running text; {@code mentions} are its document references (not figures). */
    public List<Figure> extract(Passage unit, List<Reference> mentions) {
        return extract(unit, null, mentions);
    }

    /** The same, with the text's key ({@link ReferenceExtractor#key}) when the caller has it, else null. */
    List<Figure> extract(Passage unit, String textKey, List<Reference> mentions) {
        String text = unit.text();
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of(); // no digit, no figure: skip the masks and the patterns
        }
        StartChars.Finder candidates = FIGURE_STARTS.finder(text); // tried at digits only
        if (!candidates.find()) {
            return List.of(); // digits, but only inside dates, codes or longer numbers: no need for the masks
        }
        String key = textKey != null ? textKey : ReferenceExtractor.key(text);
        boolean[] masked = mask(text, mentions);
        List<Figure> out = new ArrayList<>();
        Lazy sentences = new Lazy(text);
        int consumed = 0;
        Matcher m = candidates.matcher();
        do { // from the candidate found above
            if (m.start() < consumed
                    || masked[m.start()]
                    || masked[m.end() - 1]
                    || excludedBefore(key, m.start())
                            && !(m.group("b") != null && follows(key, m.start(), rankBefore))) {
                continue;
            }
            Figure f = figure(unit, text, key, m, sentences);
            if (f != null) {
                out.add(f);
                consumed = f.end();
            }
        } while (candidates.find());
        return out;
    }

    private boolean[] mask(String text, List<Reference> mentions) {
        boolean[] masked = new boolean[text.length() + 1];
        for (Reference r : mentions) {
            for (int i = Math.max(0, r.start()); i < Math.min(text.length(), r.end()); i++) {
                masked[i] = true;
            }
        }
        for (StartChars p : masks) {
            StartChars.Finder f = p.finder(text);
            while (f.find()) {
                Matcher m = f.matcher();
                for (int i = m.start(); i < m.end(); i++) {
                    masked[i] = true;
                }
            }
        }
        return masked;
    }

    /** The number follows a word that makes it a name, not a quantity ("quý 1", "khoản 1", "tổng đài 1022"). */
    private boolean excludedBefore(String key, int start) {
        String head = key.substring(Math.max(0, start - 40), start);
        if (head.stripTrailing().endsWith(":")) {
            return false;
        }
        return follows(key, start, before);
    }

    /** Whether the text before {@code start} ends with one of the phrases (whole words). */
    private static boolean follows(String key, int start, List<String> phrases) {
        String h = " " + key.substring(Math.max(0, start - 40), start).stripTrailing();
        for (String b : phrases) {
            if (h.endsWith(" " + b) || h.endsWith("(" + b)) {
                return true;
            }
        }
        return false;
    }

    /** The CoreNLP sentences of a text, made on first need. */
    private final class Lazy {
        private final String text;
        private FigureSubjects.Sentences sentences;

        Lazy(String text) {
            this.text = text;
        }

        FigureSubjects.Sentences get() {
            if (sentences == null) {
                sentences = subjects.tokenize(text);
            }
            return sentences;
        }
    }

    private Figure figure(Passage unit, String text, String key, Matcher m, Lazy sentences) {
        String a = m.group("a");
        String b = m.group("b");
        int end = m.end();
        Matcher pct = PERCENT.matcher(text).region(end, text.length());
        if (b != null && pct.lookingAt()) {
            // "70/23%": a slash typed for the decimal comma
            double v = VietnameseNumbers.parse(a)
                    + VietnameseNumbers.parse(b)
                            / Math.pow(10, b.replace(".", "").length());
            return make(
                    unit,
                    sentences,
                    Figure.Kind.PERCENT,
                    v,
                    null,
                    "%",
                    m.start(),
                    end,
                    pct.end() - 1,
                    pct.end(),
                    "typo in source");
        }
        if (b == null) {
            Matcher split = SPLIT_DECIMAL.matcher(text).region(end, text.length());
            if (!a.contains(",") && split.lookingAt()) {
                double v = Double.parseDouble(a.replace(".", "") + "." + split.group("d"));
                return make(
                        unit,
                        sentences,
                        Figure.Kind.PERCENT,
                        v,
                        null,
                        "%",
                        m.start(),
                        split.end() - 1,
                        split.end() - 1,
                        split.end(),
                        "typo in source");
            }
            if (pct.lookingAt()) {
                return make(
                        unit,
                        sentences,
                        Figure.Kind.PERCENT,
                        VietnameseNumbers.parse(a),
                        null,
                        "%",
                        m.start(),
                        end,
                        pct.end() - 1,
                        pct.end(),
                        null);
            }
        }
        Double va = VietnameseNumbers.parse(a);
        Double vb = b == null ? null : VietnameseNumbers.parse(b);
        if (b != null && b.matches("(?:19|20)\\d{2}") && va <= 12) {
            return null; // month/year
        }
        int[] unitSpan = unitAfter(text, key, end);
        if (unitSpan != null && b == null && kindOf(key.substring(unitSpan[0], unitSpan[1])) == Figure.Kind.COUNT) {
            // a ratio of counts with a unit on both sides: "109.063 hồ sơ trực tuyến/110.779 tổng hồ sơ tiếp nhận"
            // (two amounts of money "a đồng/b đồng" stay two amounts)
            Matcher across = RATIO_ACROSS.matcher(text).region(unitSpan[1], text.length());
            if (across.lookingAt()) {
                String u = text.substring(unitSpan[0], unitSpan[1]);
                return make(
                        unit,
                        sentences,
                        Figure.Kind.RATIO,
                        va,
                        VietnameseNumbers.parse(across.group("b")),
                        u,
                        m.start(),
                        end,
                        unitSpan[0],
                        across.end(),
                        null);
            }
        }
        if (unitSpan != null) {
            String u = text.substring(unitSpan[0], unitSpan[1]);
            Figure.Kind kind = b != null ? Figure.Kind.RATIO : kindOf(key.substring(unitSpan[0], unitSpan[1]));
            return make(unit, sentences, kind, va, vb, u, m.start(), end, unitSpan[0], unitSpan[1], null);
        }
        if (b != null) {
            return make(unit, sentences, Figure.Kind.RATIO, va, vb, null, m.start(), end, -1, end, null);
        }
        if (!a.matches("(?:19|20)\\d{2}") && isLabelledValue(text, m.start(), end)) {
            return make(unit, sentences, Figure.Kind.COUNT, va, null, null, m.start(), end, -1, end, null);
        }
        return null;
    }

    /** The kind of figure a unit noun counts ({@code unit-nouns.tsv}; by its match key), COUNT when not listed. */
    Figure.Kind kindOf(String unitKey) {
        for (Unit u : units) {
            if (u.key().equals(unitKey)) {
                return u.kind();
            }
        }
        return Figure.Kind.COUNT;
    }

    /** The unit noun right after the number: a listed noun (longest first), else a plausible noun word. */
    private int[] unitAfter(String text, String key, int end) {
        int i = end;
        while (i < key.length() && key.charAt(i) == ' ') {
            i++;
        }
        if (i == end || i >= key.length()) {
            return null;
        }
        for (Unit u : units) {
            if (key.startsWith(u.key(), i) && wordEnds(key, i + u.key().length())) {
                return new int[] {i, i + u.key().length()};
            }
        }
        Matcher w = NEXT_WORD.matcher(text).region(end, text.length());
        if (!w.lookingAt()) {
            return null;
        }
        String word = w.group("w");
        boolean acronym = word.length() >= 2
                && word.equals(word.toUpperCase(Locale.ROOT))
                && word.chars().allMatch(Character::isLetter);
        boolean lower = Character.isLowerCase(word.charAt(0)) && word.length() >= 2;
        if (!(acronym || lower) || notUnit.contains(VietnameseText.matchKey(word))) {
            return null;
        }
        // most Vietnamese nouns have two syllables: "giấy phép", "mục tiêu", "kết quả"
        Matcher second = NEXT_WORD.matcher(text).region(w.end(), text.length());
        if (lower
                && second.lookingAt()
                && second.group("w").length() >= 2
                && Character.isLowerCase(second.group("w").charAt(0))
                && !notUnit.contains(VietnameseText.matchKey(second.group("w")))) {
            return new int[] {w.start("w"), second.end("w")};
        }
        return new int[] {w.start("w"), w.end("w")};
    }

    private static boolean wordEnds(String s, int i) {
        return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** "Cấp xã: 142", "được rà soát: 05", "trong năm 20, …", "trực tuyến 2926 (…)": a value after its label. */
    private boolean isLabelledValue(String text, int start, int end) {
        if (!LABEL_END.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String head = text.substring(0, start).stripTrailing();
        if (head.endsWith(":") || labelEnds.stream().anyMatch(head::endsWith) || head.endsWith("=")) {
            return true;
        }
        return !head.isEmpty() && Character.isLowerCase(head.charAt(head.length() - 1));
    }

    /**
     * A figure spanning [start, end): its number ends at numberEnd, its unit (if any) starts at
     * unitStart. The subject comes from the TokensRegex rules, else from the clause around it.
     */
    private Figure make(
            Passage unit,
            Lazy sentences,
            Figure.Kind kind,
            double value,
            Double total,
            String unitNoun,
            int start,
            int numberEnd,
            int unitStart,
            int end,
            String note) {
        String text = unit.text();
        String subject = subjects.subject(text, sentences.get(), start, numberEnd, unitStart, end);
        if (subject == null) {
            subject = subject(text, start, end, unitNoun, kind);
        }
        return new Figure(
                kind,
                value,
                total,
                unitNoun,
                subject,
                text.substring(start, end),
                null,
                note,
                start,
                end,
                unit.line(),
                unit.section(),
                unit.span(start, end));
    }

    /**
     * A short description of what is counted: the unit noun with the words that qualify it ("nhiệm vụ cụ
     * thể"), or, for percentages and bare values, the clause that leads to the number ("Tỷ lệ hồ sơ …").
     */
    String subject(String text, int start, int end, String unitNoun, Figure.Kind kind) {
        if (unitNoun != null && kind != Figure.Kind.PERCENT && kind != Figure.Kind.MONEY) {
            String after = clause(text.substring(end), true);
            String s = VietnameseText.collapseSpaces(unitNoun + " " + after).strip();
            if (s.split(" ").length >= 3) {
                return s;
            }
        }
        String lead = leadingClause(text.substring(0, start));
        lead = trailingWords.matcher(lead).replaceAll("").strip();
        lead = STRIP_LEAD.matcher(lead).replaceAll("");
        if (lead.split("\\s+").length < 2) {
            String after = clause(text.substring(end), true);
            lead = after.isEmpty() ? lead : after;
        }
        if (lead.isEmpty()) {
            return kind == Figure.Kind.PERCENT ? null : unitNoun; // "%" alone says nothing
        }
        return kind == Figure.Kind.PERCENT && !VietnameseText.fold(lead).startsWith(percentFolded)
                ? percentWord + " " + lead
                : lead;
    }

    /**
     * The clause that leads to a number: from the last "tỷ lệ" of the sentence part when there is one
     * ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt"), else from the last comma.
     */
    private String leadingClause(String before) {
        String[] parts = before.split("[;:.()\\n=]|\\s-\\s", -1);
        String sentence = parts[parts.length - 1];
        int tl = VietnameseText.fold(sentence).lastIndexOf(percentFolded);
        if (tl >= 0) {
            return sentence.substring(tl).strip();
        }
        return clause(sentence, false);
    }

    /** The clause after (or before) a position, cut at punctuation, at most 12 words. */
    private static String clause(String s, boolean forward) {
        String[] parts = s.split("[,;:.()\\n=]|\\s-\\s");
        String c = parts.length == 0
                ? ""
                : forward ? parts[0] : (s.matches("(?s).*[,;:.()\\n=]\\s*$") ? "" : parts[parts.length - 1]);
        String[] words = c.strip().split("\\s+");
        int n = Math.min(words.length, 12);
        StringBuilder sb = new StringBuilder();
        for (int i = forward ? 0 : words.length - n; i < (forward ? n : words.length); i++) {
            sb.append(words[i]).append(' ');
        }
        return sb.toString().strip();
    }
}
