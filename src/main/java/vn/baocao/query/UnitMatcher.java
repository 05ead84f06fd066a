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
        return name.equals(wanted) || name.endsWith(" " + wanted);
    }
}
