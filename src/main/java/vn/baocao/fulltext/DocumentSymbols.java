package vn.baocao.fulltext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.DocumentTypes;
import vn.baocao.extract.Symbols;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;
import vn.baocao.rules.StartChars;

/**
 * Document symbols (số, ký hiệu) as the index and the query parser see them. Two kinds of term:
 * <ul>
 *   <li>the <em>canonical symbol</em> ({@link Symbols#canonical}: {@code 12-KH-UBND} and {@code 12/ KH-UBND}
 *       meet as {@code 12/KH-UBND}), for exact matches;</li>
 *   <li>the <em>type–number key</em> ({@code KH:75}): the type code folded to ASCII and the number without
 *       leading zeros, so that "KH 75", "ke hoach so 75" and "Kế hoạch số 75/KH-UBND" meet.</li>
 * </ul>
 * A symbol is what the rules' symbol shapes ({@link Symbols}) find; the type names are the rules' document-type
 * catalogue. The index and the queries of one data folder use the same rules. Thread-safe.
 */
public final class DocumentSymbols {

    private final Symbols symbols;
    /** Document type names (folded: "ke hoach") and their codes, from the document-type catalogue. */
    private final Map<String, String> typeNames;
    /** "kế hoạch số: 75", "cong van 2119" over folded text; group 1 the name, group 2 the number. */
    private final Pattern namedNumber;
    /** {@link #namedNumber}, tried at the starts of words only (the texts of an import are scanned with it). */
    private final StartChars namedNumberStarts;
    /** A type code typed in a query followed by a number: "KH 75", "qd so 26" (over folded text). */
    private final Pattern codeNumber;

    public DocumentSymbols(RuleSet rules) {
        this.symbols = new Symbols(rules);
        this.typeNames = typeNames(rules);
        this.namedNumber = Pattern.compile("(?<![\\p{L}])(" + LiteralAlternation.of(typeNames.keySet())
                + ")\\s+(?:so\\s*)?:?\\s*(\\d{1,5})(?![\\d])");
        this.namedNumberStarts = new StartChars(namedNumber);
        this.codeNumber = Pattern.compile("(?<![\\p{L}\\d])("
                + LiteralAlternation.of(typeNames.values().stream()
                        .map(c -> VietnameseText.fold(c))
                        .filter(c -> c.length() > 1)
                        .toList())
                + ")\\s*(?:so\\s*)?:?\\s*(\\d{1,5})(?![\\d/-])");
    }

    /**
     * A document named in a user query.
     *
     * @param start     where the mention starts in the query
     * @param end       where it ends (exclusive)
     * @param canonical the canonical symbol when a whole symbol is written, else null
     * @param key       the type–number key, or null when the symbol has no type segment
     */
    public record Mention(int start, int end, String canonical, String key) {}

    /**
     * The documents a user query names, in any spelling: "75/KH-UBND", "12-kh-ubnd", "KH 75",
     * "ke hoach so 75", "Kế hoạch 75/KH-UBND" (one mention spanning type name and symbol).
     */
    public List<Mention> mentionsInQuery(String query) {
        String q = VietnameseText.nfc(query);
        List<Mention> out = new ArrayList<>();
        String upper = q.toUpperCase(Locale.ROOT);
        for (Symbols.Match m : symbols.find(upper)) {
            String c = Symbols.canonical(upper.substring(m.start(), m.end()));
            out.add(new Mention(m.start(), m.end(), c, keyOf(c)));
        }
        String folded = VietnameseText.fold(q);
        for (Pattern p : List.of(namedNumber, codeNumber)) {
            Matcher n = p.matcher(folded);
            while (n.find()) {
                String code = p == namedNumber ? codeOfName(n.group(1)) : n.group(1);
                if (code == null) {
                    continue;
                }
                Mention named = new Mention(n.start(), n.end(), null, key(code, n.group(2)));
                int overlapping = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).start() < named.end()
                            && named.start() < out.get(i).end()) {
                        overlapping = i;
                    }
                }
                if (overlapping < 0) {
                    out.add(named);
                } else {
                    Mention o = out.get(overlapping);
                    out.set(
                            overlapping,
                            new Mention(
                                    Math.min(o.start(), named.start()),
                                    Math.max(o.end(), named.end()),
                                    o.canonical(),
                                    o.key() == null ? named.key() : o.key()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The names of the document-type catalogue ({@link DocumentTypes#FILE}), folded, with their codes. */
    private static Map<String, String> typeNames(RuleSet rules) {
        Map<String, String> out = new HashMap<>();
        for (RuleLine r : rules.lines(DocumentTypes.FILE)) {
            for (String name : r.field(1).split("\\|")) {
                out.putIfAbsent(VietnameseText.fold(name.strip()), r.field(0));
            }
        }
        return Map.copyOf(out);
    }

    /** The type–number key of a canonical symbol ("75/KH-UBND" → "KH:75", "61/2018/NĐ-CP" → "ND:61"), or null. */
    public String keyOf(String canonical) {
        List<Symbols.Match> found = symbols.find(canonical);
        if (found.isEmpty() || found.getFirst().start() != 0 || found.getFirst().code() == null) {
            return null;
        }
        Symbols.Match m = found.getFirst();
        return key(VietnameseText.fold(m.code()).toUpperCase(Locale.ROOT), m.number());
    }

    /** A type–number key from a type code ("KH", "QĐ") and a number ("04"). */
    public static String key(String typeCode, String number) {
        String n = number.replaceFirst("^0+(?=\\d)", "");
        return VietnameseText.fold(typeCode).toUpperCase(Locale.ROOT) + ":" + n;
    }

    /**
     * The names of the document types a key's type stands for, folded ("KH" → "ke hoach"; "DA" → "de an",
     * "du an": keys fold the code), in no particular order.
     */
    public List<String> namesOfKeyType(String keyType) {
        return typeNames.entrySet().stream()
                .filter(e -> VietnameseText.fold(e.getValue())
                        .toUpperCase(Locale.ROOT)
                        .equals(keyType))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The code of a folded type name ("ke hoach" → "KH"), or null. */
    String codeOfName(String foldedName) {
        // the name as matched may hold several spaces, a no-break space or a line break between its words
        return typeNames.get(foldedName.replaceAll("[\\s\\u00A0]+", " ").strip());
    }

    /** The symbols written in a text, as written, in order (with repeats). */
    public List<String> written(String text) {
        return symbols.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()))
                .toList();
    }

    /** The canonical symbols written in a text, in order, without repeats. */
    public Set<String> symbolsIn(String text) {
        return new LinkedHashSet<>(symbolList(text));
    }

    /** The canonical symbols written in a text, in order, with repeats. */
    private List<String> symbolList(String text) {
        List<String> out = new ArrayList<>();
        for (String s : written(text)) {
            out.add(Symbols.canonical(s));
        }
        return out;
    }

    /** The type–number keys of a text: of each symbol written in it and of each "type name (số) number". */
    public Set<String> keysIn(String text) {
        return mentions(text).keys();
    }

    /**
     * The documents one text mentions, found with one pass of each pattern, for all that is asked of them
     * ({@link #symbolsIn}, {@link #keysIn}, {@link Mentions#counts}: an indexed text is asked all three).
     */
    Mentions mentions(String text) {
        List<String> named = new ArrayList<>();
        eachNamed(text, named::add);
        return new Mentions(this, symbolList(text), named);
    }

    /**
     * The documents one text mentions ({@link #mentions}), for all that is asked of them.
     *
     * @param rules   the symbols' rules (their type–number keys)
     * @param symbols the canonical symbols written, in order, with repeats
     * @param named   the keys of the "type name (số) number" mentions, in order, with repeats
     */
    record Mentions(DocumentSymbols rules, List<String> symbols, List<String> named) {

        /** {@link #symbolsIn}. */
        Set<String> symbolSet() {
            return new LinkedHashSet<>(symbols);
        }

        /** {@link #keysIn}: the keys of the symbols (in order of their first mention), then the named keys. */
        Set<String> keys() {
            Set<String> out = new LinkedHashSet<>();
            for (String s : symbolSet()) {
                String k = rules.keyOf(s);
                if (k != null) {
                    out.add(k);
                }
            }
            out.addAll(named);
            return out;
        }

        /**
         * How many times the text mentions each document, by type–number key: its symbols and its "type name (số)
         * number" mentions, counted apart and the larger count kept ("Kế hoạch số 75/KH-UBND" is one mention).
         */
        Map<String, Integer> counts() {
            Map<String, Integer> bySymbol = new HashMap<>();
            Map<String, String> keys = new HashMap<>(); // a symbol's key, once per symbol
            for (String s : symbols) {
                String k = keys.computeIfAbsent(s, c -> Objects.requireNonNullElse(rules.keyOf(c), ""));
                if (!k.isEmpty()) {
                    bySymbol.merge(k, 1, Integer::sum);
                }
            }
            Map<String, Integer> byName = new HashMap<>();
            named.forEach(k -> byName.merge(k, 1, Integer::sum));
            byName.forEach((k, c) -> bySymbol.merge(k, c, Math::max));
            return bySymbol;
        }
    }

    /** The key of each "type name (số) number" mention of a text, in order. */
    private void eachNamed(String text, Consumer<String> key) {
        StartChars.Finder f = namedNumberStarts.finder(VietnameseText.fold(text));
        while (f.find()) {
            Matcher m = f.matcher();
            String code = codeOfName(m.group(1));
            if (code != null) {
                key.accept(key(code, m.group(2)));
            }
        }
    }
}
