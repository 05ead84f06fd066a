package vn.baocao.query;

import java.util.Locale;
import vn.baocao.normalize.VietnameseText;

/**
 * Matches a unit as a user types it against a report's issuing body, ignoring case and diacritics and
 * by suffix: "sa dec", "Sa Đéc", "thành phố Sa Đéc" and "UBND thành phố Sa Đéc" all match
 * "UBND thành phố Sa Đéc"; "Ủy ban nhân dân" and "UBND" are the same.
 */
public final class UnitMatcher {

    private final String wanted;

    /** @param unit the unit as typed */
    public UnitMatcher(String unit) {
        this.wanted = key(unit);
    }

    /** The comparison form of a unit name: folded, "ủy ban nhân dân" → "ubnd", punctuation dropped. */
    public static String key(String unit) {
        if (unit == null) {
            return "";
        }
        String k = VietnameseText.fold(unit).replaceAll("[^\\p{L}\\p{N}]+", " ");
        k = k.replaceAll("\\buy ban nhan dan\\b", "ubnd");
        return VietnameseText.collapseSpaces(k).toLowerCase(Locale.ROOT);
    }

    /** True when the issuer (or, when it is unknown, the place) ends with the wanted unit. */
    public boolean matches(String issuer, String place) {
        if (wanted.isEmpty()) {
            return true;
        }
        String name = key(issuer != null && !issuer.isBlank() ? issuer : place);
        return name.equals(wanted) || name.endsWith(" " + wanted);
    }
}
