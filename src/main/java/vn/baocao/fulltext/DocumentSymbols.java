package vn.baocao.fulltext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.DocumentTypes;
import vn.baocao.extract.Symbols;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * Document symbols (số, ký hiệu) as the index and the query parser see them. Two kinds of term:
 * <ul>
 *   <li>the <em>canonical symbol</em> ({@link Symbols#canonical}: {@code 12-KH-UBND} and {@code 12/ KH-UBND}
 *       meet as {@code 12/KH-UBND}), for exact matches;</li>
 *   <li>the <em>type–number key</em> ({@code KH:75}): the type code folded to ASCII and the number without
 *       leading zeros, so that "KH 75", "ke hoach so 75" and "Kế hoạch số 75/KH-UBND" meet.</li>
 * </ul>
 */
public final class DocumentSymbols {

    /** A symbol as written: number, optional year, then upper-case segments ("61/2018/NĐ-CP", "12-KH-UBND"). */
    public static final Pattern SYMBOL = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d/.,])(\\d{1,5})\\s*[/-]\\s*(?:(\\d{4})\\s*/\\s*)?"
                    + "(\\p{Lu}[\\p{Lu}\\d]*(?:\\s*[-/]\\s*\\p{Lu}[\\p{Lu}\\d]*)*)(?![\\p{L}\\d])");

    /** Document type names (folded: "ke hoach") and their codes, from the document-type catalogue. */
    private static final Map<String, String> TYPE_NAMES = typeNames();

    /** "kế hoạch số: 75", "cong van 2119" over folded text; group 1 the name, group 2 the number. */
    static final Pattern NAMED_NUMBER = Pattern.compile(
            "(?<![\\p{L}])(" + LiteralAlternation.of(TYPE_NAMES.keySet())
                    + ")\\s+(?:so\\s*)?:?\\s*(\\d{1,5})(?![\\d])");

    /** A type code typed in a query followed by a number: "KH 75", "qd so 26" (over folded text). */
    private static final Pattern CODE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(" + LiteralAlternation.of(TYPE_NAMES.values().stream()
                    .map(c -> VietnameseText.fold(c)).filter(c -> c.length() > 1).toList())
                    + ")\\s*(?:so\\s*)?:?\\s*(\\d{1,5})(?![\\d/-])");

    private DocumentSymbols() {
    }

    /**
     * A document named in a user query.
     *
     * @param start     where the mention starts in the query
     * @param end       where it ends (exclusive)
     * @param canonical the canonical symbol when a whole symbol is written, else null
     * @param key       the type–number key, or null when the symbol has no type segment
     */
    public record Mention(int start, int end, String canonical, String key) {
    }

    /**
     * The documents a user query names, in any spelling: "75/KH-UBND", "12-kh-ubnd", "KH 75",
     * "ke hoach so 75", "Kế hoạch 75/KH-UBND" (one mention spanning type name and symbol).
     */
    public static java.util.List<Mention> mentionsInQuery(String query) {
        String q = VietnameseText.nfc(query);
        java.util.List<Mention> out = new java.util.ArrayList<>();
        Matcher m = SYMBOL.matcher(q.toUpperCase(Locale.ROOT));
        while (m.find()) {
            String c = Symbols.canonical(m.group());
            out.add(new Mention(m.start(), m.end(), c, keyOf(c)));
        }
        String folded = VietnameseText.fold(q);
        for (Pattern p : java.util.List.of(NAMED_NUMBER, CODE_NUMBER)) {
            Matcher n = p.matcher(folded);
            while (n.find()) {
                String code = p == NAMED_NUMBER ? codeOfName(n.group(1)) : n.group(1);
                if (code == null) {
                    continue;
                }
                Mention named = new Mention(n.start(), n.end(), null, key(code, n.group(2)));
                int overlapping = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).start() < named.end() && named.start() < out.get(i).end()) {
                        overlapping = i;
                    }
                }
                if (overlapping < 0) {
                    out.add(named);
                } else {
                    Mention o = out.get(overlapping);
                    out.set(overlapping, new Mention(Math.min(o.start(), named.start()), Math.max(o.end(), named.end()),
                            o.canonical(), o.key() == null ? named.key() : o.key()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The names of the document-type catalogue ({@link DocumentTypes#FILE}), folded, with their codes. */
    private static Map<String, String> typeNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (RuleLine r : RuleSet.defaults().lines(DocumentTypes.FILE)) {
            for (String name : r.field(1).split("\\|")) {
                out.putIfAbsent(VietnameseText.fold(name.strip()), r.field(0));
            }
        }
        return Map.copyOf(out);
    }

    /** The type–number key of a canonical symbol ("75/KH-UBND" → "KH:75", "61/2018/NĐ-CP" → "ND:61"), or null. */
    public static String keyOf(String canonical) {
        Matcher m = SYMBOL.matcher(canonical);
        if (!m.lookingAt()) {
            return null;
        }
        String type = m.group(3).split("[-/]")[0];
        return key(VietnameseText.fold(type).toUpperCase(Locale.ROOT), m.group(1));
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
    public static java.util.List<String> namesOfKeyType(String keyType) {
        return TYPE_NAMES.entrySet().stream()
                .filter(e -> VietnameseText.fold(e.getValue()).toUpperCase(Locale.ROOT).equals(keyType))
                .map(Map.Entry::getKey).toList();
    }

    /** The code of a folded type name ("ke hoach" → "KH"), or null. */
    static String codeOfName(String foldedName) {
        // the name as matched may hold several spaces, a no-break space or a line break between its words
        return TYPE_NAMES.get(foldedName.replaceAll("[\\s\\u00A0]+", " ").strip());
    }

    /** The canonical symbols written in a text, in order, without repeats. */
    public static Set<String> symbolsIn(String text) {
        return new LinkedHashSet<>(symbolList(text));
    }

    /** The canonical symbols written in a text, in order, with repeats. */
    private static List<String> symbolList(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            out.add(Symbols.canonical(m.group()));
        }
        return out;
    }

    /**
     * How many times a text mentions each document, by type–number key: its symbols and its "type name (số)
     * number" mentions, counted apart and the larger count kept ("Kế hoạch số 75/KH-UBND" is one mention).
     */
    public static Map<String, Integer> mentionCounts(String text) {
        return Mentions.in(text).counts();
    }

    /** The type–number keys of a text: of each symbol written in it and of each "type name (số) number". */
    public static Set<String> keysIn(String text) {
        return Mentions.in(text).keys();
    }

    /**
     * The documents one text mentions, found with one pass of each pattern, for all that is asked of them
     * ({@link #symbolsIn}, {@link #keysIn}, {@link #mentionCounts}: an indexed text is asked all three).
     *
     * @param symbols the canonical symbols written, in order, with repeats
     * @param named   the keys of the "type name (số) number" mentions, in order, with repeats
     */
    record Mentions(List<String> symbols, List<String> named) {

        static Mentions in(String text) {
            List<String> named = new ArrayList<>();
            eachNamed(text, named::add);
            return new Mentions(symbolList(text), named);
        }

        /** {@link #symbolsIn}. */
        Set<String> symbolSet() {
            return new LinkedHashSet<>(symbols);
        }

        /** {@link #keysIn}: the keys of the symbols (in order of their first mention), then the named keys. */
        Set<String> keys() {
            Set<String> out = new LinkedHashSet<>();
            for (String s : symbolSet()) {
                String k = keyOf(s);
                if (k != null) {
                    out.add(k);
                }
            }
            out.addAll(named);
            return out;
        }

        /** {@link #mentionCounts}. */
        Map<String, Integer> counts() {
            Map<String, Integer> bySymbol = new HashMap<>();
            Map<String, String> keys = new HashMap<>(); // a symbol's key, once per symbol
            for (String s : symbols) {
                String k = keys.computeIfAbsent(s, c -> Objects.requireNonNullElse(keyOf(c), ""));
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
    private static void eachNamed(String text, java.util.function.Consumer<String> key) {
        Matcher m = NAMED_NUMBER.matcher(VietnameseText.fold(text));
        while (m.find()) {
            String code = codeOfName(m.group(1));
            if (code != null) {
                key.accept(key(code, m.group(2)));
            }
        }
    }
}
