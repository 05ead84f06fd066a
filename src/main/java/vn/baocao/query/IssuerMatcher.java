package vn.baocao.query;

import java.util.Locale;
import vn.baocao.normalize.VietnameseText;

/**
 * Matches an issuer (the reporting body: đơn vị) as a user types it against a report's issuing body, ignoring case and diacritics and
 * by suffix: "sa dec", "Sa Đéc", "thành phố Sa Đéc" and "UBND thành phố Sa Đéc" all match
 * "UBND thành phố Sa Đéc"; "Ủy ban nhân dân" and "UBND" are the same. A body of another kind is matched by
 * the start of its name too, its words in order, any of them by initials: "Sở Nội vụ", "so noi vu", "SNV",
 * "Sở NV" select "Sở Nội vụ tỉnh Lâm Đồng"; "ban chi dao", "BCĐ tỉnh" the Ban Chỉ đạo … tỉnh Lâm Đồng.
 */
public final class IssuerMatcher {

    private final String wanted;

    /** @param issuer the issuer as typed */
    public IssuerMatcher(String issuer) {
        this.wanted = key(issuer);
    }

    /** The comparison form of an issuer's name: folded, "ủy ban nhân dân" → "ubnd", punctuation dropped. */
    public static String key(String issuer) {
        if (issuer == null) {
            return "";
        }
        String k = VietnameseText.fold(issuer).replaceAll("[^\\p{L}\\p{N}]+", " ");
        k = k.replaceAll("\\buy ban nhan dan\\b", "ubnd");
        return VietnameseText.collapseSpaces(k).toLowerCase(Locale.ROOT);
    }

    /** True when the issuer (or, when it is unknown, the place) ends with the wanted unit. */
    public boolean matches(String issuer, String place) {
        return matchesKey(key(issuer, place));
    }

    /** The comparison form of a report's unit: of its issuer, or of its place when the issuer is unknown. */
    public static String key(String issuer, String place) {
        return key(issuer != null && !issuer.isBlank() ? issuer : place);
    }

    /** {@link #matches} for a unit already in comparison form ({@link #key(String, String)}). */
    public boolean matchesKey(String name) {
        if (wanted.isEmpty()) {
            return true;
        }
        return name.equals(wanted) || name.endsWith(" " + wanted) || fromStart(wanted.split(" "), name.split(" "));
    }

    /**
     * The wanted words, in order, from the start of the name: the first at the name's first word, later ones
     * possibly after skipped words; a word may stand for several words of the name by their initials ("snv" for
     * "so noi vu").
     */
    private static boolean fromStart(String[] want, String[] name) {
        int at = 0;
        for (int w = 0; w < want.length; w++) {
            int found = -1;
            int length = 0;
            for (int n = at; n < name.length && (w > 0 || n == 0); n++) {
                if (name[n].equals(want[w])) {
                    found = n;
                    length = 1;
                    break;
                }
                int k = initials(want[w], name, n);
                if (k > 0) {
                    found = n;
                    length = k;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found + length;
        }
        return true;
    }

    /** How many words from {@code n} the token stands for by their initials ("bcd" → "ban chi dao": 3), or 0. */
    private static int initials(String token, String[] name, int n) {
        if (token.length() < 2 || token.length() > 6 || n + token.length() > name.length) {
            return 0;
        }
        for (int i = 0; i < token.length(); i++) {
            if (name[n + i].isEmpty() || name[n + i].charAt(0) != token.charAt(i)) {
                return 0;
            }
        }
        return token.length();
    }
}
