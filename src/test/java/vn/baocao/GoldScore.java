package vn.baocao;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rules of ../shared/gold/SCHEMA.md (the project's yardstick, tools/score.py) in Java:
 * multisets of keys per category, micro-averaged over files, and metadata field accuracy.
 */
public final class GoldScore {

    public static final List<String> META_FIELDS = List.of(
            "doc_type",
            "symbol",
            "issuer",
            "issuer_level",
            "place",
            "date",
            "period",
            "title",
            "is_draft",
            "signer",
            "signer_title",
            "recipients");
    public static final List<String> CATEGORIES =
            List.of("sections", "references", "references.symbol", "figures", "figures.value");

    private static final Pattern TONE =
            Pattern.compile("([òóỏõọ])([ae])(?!\\w)|([ùúủũụ])(y)(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String O = "òóỏõọ";
    private static final String U = "ùúủũụ";

    private final Map<String, int[]> counts = new HashMap<>(); // tp, gold, pred
    private int metaRight;
    private int metaAll;
    private final List<String> details = new ArrayList<>();

    /** Adds one file's comparison. */
    public void add(String name, JsonNode gold, JsonNode pred) {
        for (String cat : CATEGORIES) {
            Map<String, Integer> g = keys(gold, cat);
            Map<String, Integer> p = keys(pred, cat);
            int tp = 0;
            for (var e : g.entrySet()) {
                tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
            }
            int gs = g.values().stream().mapToInt(Integer::intValue).sum();
            int ps = p.values().stream().mapToInt(Integer::intValue).sum();
            int[] c = counts.computeIfAbsent(cat, k -> new int[3]);
            c[0] += tp;
            c[1] += gs;
            c[2] += ps;
            if (tp < gs || tp < ps) {
                List<String> missed = new ArrayList<>();
                for (var e : g.entrySet()) {
                    if (e.getValue() > p.getOrDefault(e.getKey(), 0)) {
                        missed.add(e.getKey());
                    }
                }
                List<String> spurious = new ArrayList<>();
                for (var e : p.entrySet()) {
                    if (e.getValue() > g.getOrDefault(e.getKey(), 0)) {
                        spurious.add(e.getKey());
                    }
                }
                details.add(name + " " + cat + " missed=" + head(missed) + " spurious=" + head(spurious));
            }
        }
        JsonNode gm = gold.path("metadata");
        JsonNode pm = pred.path("metadata");
        for (String f : META_FIELDS) {
            metaAll++;
            if (Objects.equals(meta(gm, f), meta(pm, f))) {
                metaRight++;
            } else {
                details.add(name + " metadata." + f + " gold=" + gm.get(f) + " pred=" + pm.get(f));
            }
        }
    }

    private static List<String> head(List<String> l) {
        return l.subList(0, Math.min(8, l.size()));
    }

    public double f1(String category) {
        int[] c = counts.getOrDefault(category, new int[3]);
        double p = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double r = c[1] == 0 ? 0 : (double) c[0] / c[1];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double metadataAccuracy() {
        return metaAll == 0 ? 0 : (double) metaRight / metaAll;
    }

    /** What was missed or spurious, for assertion messages. */
    public String details() {
        return String.join("\n", details);
    }

    private static Map<String, Integer> keys(JsonNode doc, String cat) {
        Map<String, Integer> out = new HashMap<>();
        String arr = cat.contains(".") ? cat.substring(0, cat.indexOf('.')) : cat;
        for (JsonNode n : doc.path(arr)) {
            String key = switch (cat) {
                case "sections" -> norm(text(n, "path")) + "|" + norm(text(n, "title"));
                case "references" -> symbol(text(n, "type")) + "|" + symbol(text(n, "symbol")) + "|" + text(n, "date");
                case "references.symbol" -> symbol(text(n, "symbol"));
                case "figures" ->
                    n.path("kind").asText(null) + "|" + num(n.get("value")) + "|" + num(n.get("total")) + "|"
                            + unitHead(text(n, "unit"));
                default -> num(n.get("value")) + "|" + num(n.get("total"));
            };
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Object meta(JsonNode m, String f) {
        JsonNode v = m.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (f) {
            case "period" -> v.path("kind").asText() + "|" + v.get("number") + "|" + v.get("year");
            case "recipients" -> {
                List<String> l = new ArrayList<>();
                v.forEach(x -> l.add(norm(x.asText())));
                yield l;
            }
            case "symbol" -> symbol(v.asText());
            case "is_draft" -> v.asBoolean();
            default -> v.isTextual() ? norm(v.asText()) : v.toString();
        };
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replaceAll("[*_#`]|</?[a-zA-Z][^>]*>", "");
        t = t.toLowerCase(Locale.ROOT);
        Matcher m = TONE.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String glide;
            char vowel;
            int tone;
            if (m.group(1) != null) {
                glide = "o";
                tone = O.indexOf(m.group(1).charAt(0));
                vowel = m.group(2).charAt(0);
            } else {
                glide = "u";
                tone = U.indexOf(m.group(3).charAt(0));
                vowel = m.group(4).charAt(0);
            }
            String toned = switch (vowel) {
                case 'a' -> "àáảãạ";
                case 'e' -> "èéẻẽẹ";
                default -> "ỳýỷỹỵ";
            };
            m.appendReplacement(sb, glide + toned.charAt(tone));
        }
        m.appendTail(sb);
        t = sb.toString().replaceAll("\\s+", " ").strip();
        return t.replaceAll("[ .:;,]+$", "");
    }

    static String symbol(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", "")
                .replace('–', '-')
                .replace('—', '-');
    }

    private static String num(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isNumber()) {
            return String.valueOf(Math.round(v.asDouble() * 1e6) / 1e6);
        }
        return v.asText();
    }

    private static String unitHead(String u) {
        String n = norm(u);
        if (n == null || n.isEmpty()) {
            return null;
        }
        return n.split(" ")[0].replaceAll("[,;]+$", "");
    }
}
