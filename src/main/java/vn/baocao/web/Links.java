package vn.baocao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The app's URLs, built in one place. Every value is URL-encoded. */
public final class Links {

    private Links() {}

    public static String report(long id) {
        return "/bao-cao/" + id;
    }

    public static String source(long id) {
        return "/bao-cao/" + id + "/tep-goc";
    }

    /** The page of a cited document by its canonical symbol ("75/KH-UBND" → /van-ban/75/KH-UBND). */
    public static String document(String canonical) {
        StringJoiner j = new StringJoiner("/");
        for (String part : canonical.split("/", -1)) {
            j.add(encode(part));
        }
        return "/van-ban/" + j;
    }

    /** A path with query parameters; null and blank values are left out. */
    public static String withQuery(String path, Map<String, ?> params) {
        StringJoiner j = new StringJoiner("&");
        for (Map.Entry<String, ?> e : params.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Iterable<?> many) {
                for (Object one : many) {
                    add(j, e.getKey(), one);
                }
            } else {
                add(j, e.getKey(), v);
            }
        }
        return j.length() == 0 ? path : path + "?" + j;
    }

    /** A mutable copy of the parameters with one changed (null removes it). */
    static Map<String, Object> with(Map<String, ?> params, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(params);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return m;
    }

    private static void add(StringJoiner j, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            j.add(encode(key) + "=" + encode(value.toString()));
        }
    }

    /** A file-name part of a text: without diacritics, lower case, words joined by '-' ("ty-le-ho-so"). */
    static String slug(String s) {
        String folded =
                vn.baocao.normalize.VietnameseText.fold(s == null ? "" : s).toLowerCase(java.util.Locale.ROOT);
        String out = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.length() > 60 ? out.substring(0, 60).replaceAll("-+$", "") : out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
