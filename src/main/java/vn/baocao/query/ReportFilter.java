package vn.baocao.query;

import vn.baocao.extract.Period;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.Store;

/**
 * Which reports a query looks at: by issuer ({@link IssuerMatcher}), administrative level (xã, phường,
 * huyện, thành phố, tỉnh …, diacritics optional), year of the period, and period ({@link Period#parse}).
 * Null criteria match everything.
 */
public record ReportFilter(String issuer, String level, Integer year, Period period) {

    /** No restriction. */
    public static final ReportFilter ALL = new ReportFilter(null, null, null, null);

    /** A filter from the options as typed; {@code period} is parsed (Vietnamese message when invalid). */
    public static ReportFilter of(String issuer, String level, Integer year, String period) {
        return new ReportFilter(issuer, level, year, period == null ? null : Period.parse(period));
    }

    public boolean test(Store.ReportRow r) {
        if (issuer != null && !new IssuerMatcher(issuer).matches(r.issuer(), r.place())) {
            return false;
        }
        if (level != null && !foldedLevel().equals(VietnameseText.fold(String.valueOf(r.issuerLevel())))) {
            return false;
        }
        Period p = r.period();
        if (year != null && (p == null || !year.equals(p.year()))) {
            return false;
        }
        if (period != null) {
            if (p == null || p.kind() != period.kind() || !java.util.Objects.equals(p.year(), period.year())) {
                return false;
            }
            return period.number() == null || period.number().equals(p.number());
        }
        return true;
    }

    /** The level as compared: folded and stripped ("Phường " → "phuong"), or null. */
    public String foldedLevel() {
        return level == null ? null : VietnameseText.fold(level).strip();
    }

    /** True when nothing is restricted. */
    public boolean isAll() {
        return issuer == null && level == null && year == null && period == null;
    }
}
