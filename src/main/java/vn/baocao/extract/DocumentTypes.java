package vn.baocao.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.LiteralAlternation;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * The document-type catalogue ({@code extraction-rules/document-types.tsv}): codes as used in symbols
 * (KH, QĐ, NĐ …), and the names by which running text calls each type (Kế hoạch, Quyết định …).
 */
public final class DocumentTypes {

    /** The rule file. */
    public static final String FILE = "document-types.tsv";

    /** One type: its code and its names (the first is the display name). */
    public record Type(String code, List<String> names) {
        public String displayName() {
            return names.get(0);
        }
    }

    private final Map<String, Type> byCode = new LinkedHashMap<>();
    private final Map<String, Type> byUpperCode = new LinkedHashMap<>();
    private final Map<String, Type> byNameKey = new LinkedHashMap<>();

    public DocumentTypes(RuleSet rules) {
        for (RuleLine r : rules.lines(FILE)) {
            String code = r.field(0);
            List<String> names = List.of(r.field(1).split("\\|"));
            if (names.stream().anyMatch(String::isBlank)) {
                throw r.error("tên loại văn bản rỗng giữa các dấu |");
            }
            Type t = new Type(code, names.stream().map(String::strip).toList());
            byCode.put(code, t);
            byUpperCode.putIfAbsent(code.toUpperCase(Locale.ROOT), t);
            for (String n : t.names()) {
                byNameKey.put(VietnameseText.matchKey(n), t);
            }
        }
    }

    /** The type with this code (exact, else ignoring case), or null. */
    public Type byCode(String code) {
        if (code == null) {
            return null;
        }
        Type t = byCode.get(code);
        return t != null ? t : byUpperCode.get(code.toUpperCase(Locale.ROOT));
    }

    /** The type a name denotes ("kế hoạch", "Công văn"), or null. */
    public Type byName(String name) {
        return name == null ? null : byNameKey.get(VietnameseText.matchKey(name.strip()));
    }

    /**
     * An alternation of every name in matching form (lower case, canonical tones; the longest wins), for
     * use in a regular expression over {@link VietnameseText#matchKey} text.
     */
    public String nameAlternation() {
        return LiteralAlternation.of(byNameKey.keySet());
    }
}
