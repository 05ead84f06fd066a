package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;
import vn.baocao.rules.StartChars;

/**
 * Finds mentions of other documents in a piece of report text. A mention is anchored on a symbol
 * ({@link Symbols}: shapes from {@code extraction-rules/reference-patterns.tsv}) with the type name written before it
 * ("Kế hoạch số: 51/KH-UBND"; names from {@code document-types.tsv}), followed by the issue date
 * ("ngày 24/01/2025", "ngày 11 tháng 3 năm 2025"), the issuer ("của UBND tỉnh Đồng Tháp") and the
 * subject ("về …") when the text states them. Two symbol-less forms count too: a bare law name
 * ("Luật Ngân sách") and a capitalised type name with a number only ("Đề án 06").
 * Thread-safe.
 */
public final class ReferenceExtractor {

    private static final Pattern WORD = Pattern.compile("[^\\s,;.:()\\[\\]\"“”]+");
    /** The word between a type name and its number, and a colon after it ("Kế hoạch số: 51/…"): optional. */
    private final String numberWord;
    /** The report's own symbol: the header's "Số:" label alone just before it. */
    private final Pattern ownSymbol;

    /** The rule file of contexts that make a number-only mention part of another name. */
    public static final String CONTEXTS_FILE = "reference-contexts.tsv";

    private final DocumentTypes types;
    private final Symbols symbols;
    private final Pattern typeBefore;
    private final StartChars numberOnly;
    /**
     * The end of a subject (over matchKey text): the clause ends, or the next citation begins — a comma, a
     * {@code next-citation} word ("và") or a dash before a document type named with its number ("…, Nghị quyết số
     * 02/NQ-CP", "… và Công văn số 11738/…"), a comma before any type name, or a {@code subject-end} rule of
     * {@code reference-contexts.tsv} (a new clause).
     */
    private final Pattern subjectEnd;
    /** Texts before a number-only mention that make it part of a body's name ({@code reference-contexts.tsv}). */
    private final List<Pattern> nameBefore = new ArrayList<>();

    private boolean quotedIsName;
    /** Words that end an issuer phrase ("… của UBND tỉnh về …"): {@code issuer-end} rules. */
    private final java.util.Set<String> issuerEnd = new java.util.HashSet<>();
    /** What may stand between two citations of one list ("…, số 12/…", "… và 13/…"): {@code list-joiner} rules. */
    private final Pattern continuation;
    /** Where the name of a law cited without a number ends: punctuation or an {@code law-name-end} word. */
    private final Pattern lawNameEnd;
    /** Phrases that end an issuer ("… của Sở Nội vụ ban hành …"): {@code issuer-end} rules of several words. */
    private final List<String> issuerEndPhrases = new ArrayList<>();
    /** The issue date after a symbol: {@code date-opening} words, then {@link VietnameseDates#CITED}. */
    private final Pattern issueDate;
    /** The issuer after a symbol or its date opens with an {@code issuer-start} word and a capital ("của UBND …"). */
    private final Pattern issuerStart;
    /** The subject opens with a {@code subject-start} word ("về …", "về việc …", "V/v …"). */
    private final Pattern subjectStart;
    /** "Luật Ngân sách": a {@code law-type} name without a number, not followed by a {@code not-law} word. */
    private final StartChars law;

    public ReferenceExtractor(RuleSet rules) {
        this.types = new DocumentTypes(rules);
        LayoutCues cues = rules.layoutCues();
        this.numberWord = "(?:" + cues.of("number-word") + "\\s*:?\\s*)?";
        this.ownSymbol = cues.pattern("(?:^|\\n)\\s*", "symbol-label", "\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
        this.symbols = new Symbols(rules);
        StringBuilder subjectEnds = new StringBuilder();
        List<String> joiners = new ArrayList<>();
        List<String> lawEnds = new ArrayList<>();
        List<String> notLaw = new ArrayList<>();
        List<String> nextCitation = new ArrayList<>();
        List<String> dateOpenings = new ArrayList<>();
        List<String> issuerStarts = new ArrayList<>();
        List<String> subjectStarts = new ArrayList<>();
        List<String> lawTypes = new ArrayList<>();
        List<String> notNumbers = new ArrayList<>();
        int caseless = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        for (RuleLine r : rules.lines(CONTEXTS_FILE)) {
            switch (r.field(0)) {
                case "issuer-end" -> r.words(1).forEach(w -> (w.contains(" ") ? issuerEndPhrases : issuerEnd).add(w));
                case "list-joiner" -> joiners.addAll(r.words(1));
                case "law-name-end" -> lawEnds.addAll(r.words(1));
                case "not-law" -> notLaw.addAll(r.words(1));
                case "next-citation" -> nextCitation.addAll(r.words(1));
                case "name-before" -> nameBefore.add(RuleSet.regex(r, 1, caseless));
                case "quoted" -> quotedIsName = true;
                case "subject-end" ->
                    subjectEnds
                            .append("|(?:")
                            .append(RuleSet.regex(r, 1, 0).pattern())
                            .append(')');
                case "date-opening" ->
                    dateOpenings.add(RuleSet.regex(r, 1, caseless).pattern());
                case "issuer-start" -> issuerStarts.add(RuleSet.regex(r, 1, 0).pattern());
                case "subject-start" ->
                    subjectStarts.add(RuleSet.regex(r, 1, caseless).pattern());
                case "law-type" -> lawTypes.add(RuleSet.regex(r, 1, 0).pattern());
                case "not-number" -> notNumbers.add(RuleSet.regex(r, 1, 0).pattern());
                default ->
                    throw r.error("loại ngữ cảnh phải là name-before, quoted, subject-end, issuer-end, "
                            + "list-joiner, law-name-end, next-citation, date-opening, issuer-start, subject-start, law-type, "
                            + "not-law hoặc not-number, không phải «" + r.field(0) + "»");
            }
        }
        this.continuation = Pattern.compile("(?:,|;|" + LiteralAlternation.exact(joiners) + ")\\s*" + numberWord + "$");
        this.lawNameEnd = Pattern.compile("[,;:.()\\n]|\\s" + LiteralAlternation.exact(lawEnds) + "\\s");
        this.issueDate = Pattern.compile(
                "\\G\\s*[,;]?\\s*(?:" + alternation(dateOpenings) + "\\s+)?" + VietnameseDates.CITED, caseless);
        this.issuerStart = Pattern.compile("\\G\\s*,?\\s*" + alternation(issuerStarts) + "\\s+(?=\\p{Lu})");
        this.subjectStart = Pattern.compile("\\G\\s*,?\\s*" + alternation(subjectStarts) + "\\s+", caseless);
        this.law = new StartChars(Pattern.compile("(?<![\\p{L}\\p{N}])" + alternation(lawTypes) + "(?!\\s*" + numberWord
                + "\\d)(?!\\s+" + LiteralAlternation.exact(notLaw) + ")\\s+(?=\\p{L})"));
        String names = types.nameAlternation();
        this.subjectEnd = Pattern.compile("[;\\n(]|\\.(?!\\d)"
                + "|(?:,|\\s+" + LiteralAlternation.exact(nextCitation) + "|\\s+[-–])\\s+(?=(?:" + names + ")\\s+"
                + numberWord + "\\d)"
                + "|,\\s+(?=(?:" + names + ")(?![\\p{L}\\p{N}]))" + subjectEnds);
        this.typeBefore = Pattern.compile(
                "(?:^|[^\\p{L}\\p{N}])(?<name>" + names + ")\\s*(?:" + cues.of("number-word") + "\\s*:?\\s*|:\\s*)?$");
        this.numberOnly = new StartChars(Pattern.compile("(?<![\\p{L}\\p{N}])(?<name>" + names + ")\\s+" + numberWord
                + "(?<number>\\d{1,4})(?![\\p{L}\\p{N}%]|\\s*[/.,:-]\\s*\\p{N}|\\s*[/-]\\s*\\p{L}|\\s+"
                + alternation(notNumbers) + "(?!\\p{L}))"));
    }

    /** Regular expressions of one kind of rule as one non-capturing group, in file order; {@code (?!)} for none. */
    private static String alternation(List<String> regexes) {
        return regexes.isEmpty() ? "(?!)" : "(?:" + String.join("|", regexes) + ")";
    }

    /** Every mention in the unit, in text order. */
    public List<Reference> extract(Passage unit) {
        return extract(unit, key(unit.text()));
    }

    /**
     * The text's match key with the offsets of the text: {@link VietnameseText#matchKey}, or the text lower-cased
     * where canonical spelling changed its length. References and figures read the same key of a text unit.
     */
    static String key(String text) {
        String key = VietnameseText.matchKey(text);
        return key.length() != text.length() ? text.toLowerCase(java.util.Locale.ROOT) : key;
    }

    /** Every mention in the unit, in text order; {@code key}: {@link #key} of its text. */
    List<Reference> extract(Passage unit, String key) {
        String text = unit.text();
        List<Reference> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Symbols.Match m : symbols.find(text)) {
            Reference r = fromSymbol(unit, text, key, m, out.isEmpty() ? null : out.get(out.size() - 1));
            if (r != null) {
                out.add(r);
                taken.add(new int[] {r.start(), Math.max(r.end(), m.end())});
            }
        }
        numberOnly(unit, text, key, taken, out);
        laws(unit, text, taken, out);
        out.sort(Comparator.comparingInt(Reference::start));
        return out;
    }

    private Reference fromSymbol(Passage unit, String text, String key, Symbols.Match m, Reference previous) {
        String before = key.substring(Math.max(0, m.start() - 60), m.start());
        Matcher tb = typeBefore.matcher(before);
        String typeName = null;
        int start = m.start();
        if (tb.find()) {
            int nameStart = m.start() - before.length() + tb.start("name");
            typeName = text.substring(nameStart, m.start() - before.length() + tb.end("name"));
            start = nameStart;
        } else if (ownSymbol.matcher(before).find()) {
            return null; // the report's own "Số: 12/BC-UBND"
        } else if (previous != null
                && previous.end() <= m.start()
                && continuation
                        .matcher(key.substring(previous.end(), m.start()).strip())
                        .find()
                && key.substring(previous.end(), m.start()).strip().length() <= 12) {
            typeName = previous.typeName();
        }
        String symbol = text.substring(m.start(), m.end()).replaceAll("\\s+", "");
        Integer year = m.year() == null ? null : Integer.valueOf(m.year());
        String code = resolveCode(m.code(), typeName);
        DocumentTypes.Type ofCode = types.byCode(code);
        String displayName = typeName != null
                ? capitalize(VietnameseText.collapseSpaces(typeName))
                : ofCode != null ? ofCode.displayName() : null;

        int pos = m.end();
        String date = null;
        int end = m.end();
        String issuer = null;
        Matcher d = issueDate.matcher(text).region(pos, text.length());
        if (d.lookingAt()) {
            date = VietnameseDates.citedIso(d, year);
            end = pos = d.end();
        }
        int[] issuerSpan = issuer(text, pos);
        if (issuerSpan != null) {
            issuer = text.substring(issuerSpan[0], issuerSpan[1]);
            pos = issuerSpan[1];
            if (date == null) {
                Matcher d2 = issueDate.matcher(text).region(pos, text.length());
                if (d2.lookingAt()) {
                    date = VietnameseDates.citedIso(d2, year);
                    end = pos = d2.end();
                }
            }
        }
        String subject = subject(text, key, pos);
        return new Reference(
                code,
                displayName,
                m.number(),
                year,
                symbol,
                Symbols.canonical(symbol),
                date,
                issuer,
                subject,
                text.substring(start, end),
                start,
                end,
                unit.line(),
                unit.section(),
                unit.span(start, end));
    }

    /** The symbol's own type code when the catalogue knows it, else the type the name says (CV for công văn). */
    private String resolveCode(String symbolCode, String typeName) {
        DocumentTypes.Type fromSymbol = types.byCode(symbolCode);
        if (fromSymbol != null) {
            return fromSymbol.code();
        }
        DocumentTypes.Type fromName = typeName == null ? null : types.byName(typeName);
        if (fromName != null) {
            return fromName.code();
        }
        return "CV";
    }

    /** The span of the issuer after "của"/"do" at {@code pos}, or null. */
    private int[] issuer(String text, int pos) {
        Matcher s = issuerStart.matcher(text).region(pos, text.length());
        if (!s.lookingAt()) {
            return null;
        }
        Matcher w = WORD.matcher(text);
        int start = s.end();
        int end = -1;
        int at = start;
        int words = 0;
        while (words < 12
                && w.find(at)
                && text.substring(at, w.start()).isBlank()
                && !text.substring(at, w.start()).contains("\n")) {
            String word = w.group();
            if (words > 0 && (issuerEnd.contains(word) || endsIssuer(text, word, w.end()))) {
                break;
            }
            end = w.end();
            at = w.end();
            words++;
        }
        return end < 0 ? null : new int[] {start, end};
    }

    /** Whether {@code word}, with the text after it from {@code after}, opens an {@code issuer-end} phrase. */
    private boolean endsIssuer(String text, String word, int after) {
        for (String p : issuerEndPhrases) {
            int space = p.indexOf(' ');
            if (p.substring(0, space).equals(word) && text.startsWith(p.substring(space), after)) {
                return true;
            }
        }
        return false;
    }

    /** The subject after "về"/"về việc" at {@code pos}, up to the end of the clause; or null. */
    private String subject(String text, String key, int pos) {
        Matcher s = subjectStart.matcher(text).region(pos, text.length());
        if (!s.lookingAt()) {
            return null;
        }
        int start = s.end();
        int end = text.length();
        Matcher stop = subjectEnd.matcher(key).region(start, key.length());
        if (stop.find()) {
            end = stop.start();
        }
        String sub = text.substring(start, end).strip().replaceAll("[,:\\s]+$", "");
        if (sub.length() > 240) {
            int cut = sub.lastIndexOf(' ', 240);
            sub = sub.substring(0, cut > 0 ? cut : 240);
        }
        return sub.isEmpty() ? null : sub;
    }

    /** "Đề án 06": a capitalised type name and a number without a symbol. */
    private void numberOnly(Passage unit, String text, String key, List<int[]> taken, List<Reference> out) {
        StartChars.Finder f = numberOnly.finder(key);
        while (f.find()) {
            Matcher m = f.matcher();
            int s = m.start("name");
            if (!Character.isUpperCase(text.charAt(s)) || overlaps(taken, s, m.end())) {
                continue;
            }
            String number = m.group("number");
            if (insideName(text, s)) {
                continue;
            }
            if (number.length() == 4 && (number.startsWith("19") || number.startsWith("20"))) {
                continue; // a year: "Kế hoạch 2025"
            }
            String name = VietnameseText.collapseSpaces(text.substring(s, m.end("name")));
            DocumentTypes.Type t = types.byName(name);
            String code = t == null ? "CV" : t.code();
            out.add(new Reference(
                    code,
                    capitalize(name),
                    number,
                    null,
                    number,
                    Symbols.canonical(number + "/" + code),
                    null,
                    null,
                    null,
                    text.substring(s, m.end()),
                    s,
                    m.end(),
                    unit.line(),
                    unit.section(),
                    unit.span(s, m.end())));
            taken.add(new int[] {s, m.end()});
        }
    }

    /** Whether a number-only mention at {@code start} is part of another name (a body's, a quoted title). */
    private boolean insideName(String text, int start) {
        int clause = Math.max(
                        Math.max(text.lastIndexOf(';', start), text.lastIndexOf('.', start)),
                        text.lastIndexOf('\n', start))
                + 1;
        String before = text.substring(Math.max(clause, start - 200), start);
        for (Pattern p : nameBefore) {
            if (p.matcher(before).find()) {
                return true;
            }
        }
        if (quotedIsName) {
            int open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
            int close = before.lastIndexOf('”');
            if (open >= 0
                    && open > close
                    && !before.substring(open + 1).isBlank()
                    && text.indexOf(before.charAt(open) == '“' ? '”' : '"', start) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "Luật Ngân sách": a law named without its number. */
    private void laws(Passage unit, String text, List<int[]> taken, List<Reference> out) {
        StartChars.Finder f = law.finder(text);
        while (f.find()) {
            Matcher m = f.matcher();
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            Matcher e = lawNameEnd.matcher(text).region(m.end(), text.length());
            int end = e.find() ? e.start() : text.length();
            String name = text.substring(m.end(), end).strip();
            if (name.isEmpty()) {
                continue;
            }
            String typeName = VietnameseText.collapseSpaces(
                    text.substring(m.start(), m.end()).strip());
            out.add(new Reference(
                    "L",
                    typeName,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    typeName + " " + name,
                    m.start(),
                    m.end() + name.length(),
                    unit.line(),
                    unit.section(),
                    unit.span(m.start(), m.end() + name.length())));
        }
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
