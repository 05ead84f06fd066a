package vn.baocao.draft;

import java.util.List;
import java.util.function.Predicate;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.IssuerMatcher;
import vn.baocao.rules.RuleSet;

/**
 * Drafting the next report of a unit from a history of its reports: choose the base (and the report of
 * the same period a year before), then build the draft. Shared by {@code baocao draft} and the web app.
 */
public final class NextDraft {

    private NextDraft() {}

    /**
     * The base the draft of {@code unit} for {@code target} would start from.
     *
     * @param from the id of the base the user named, or null for the unit's latest earlier report
     * @throws DraftException with a Vietnamese message when there is no suitable base
     */
    public static BaseSelector.Choice choose(ReportHistory history, String unit, Period target, Long from) {
        if (unit == null && from == null) {
            throw new DraftException("Thiếu đơn vị báo cáo (hoặc mã báo cáo gốc).");
        }
        return BaseSelector.choose(history.reports(), unitMatcher(unit), unit, target, from);
    }

    /**
     * The draft built from a chosen base, with the tasks due of the unit's plans for the target's year, the base read
     * by the given rules ({@link DraftBuilder#DraftBuilder(RuleSet)}).
     */
    public static ReportDraft build(ReportHistory history, BaseSelector.Choice c, Period target, RuleSet rules) {
        Extraction base = history.load(c.base());
        Extraction lastYear = c.sameLastYear() == null ? null : history.load(c.sameLastYear());
        List<Extraction> plans = history.reports().stream()
                .filter(r -> isPlanFor(r.metadata(), base.metadata(), target))
                .map(history::load)
                .toList();
        return new DraftBuilder(rules).build(base, lastYear, plans, target);
    }

    /** A plan (Kế hoạch) of the base's issuing body for the target's year. */
    static boolean isPlanFor(ReportMetadata plan, ReportMetadata base, Period target) {
        if (!"KH".equals(plan.docType()) || plan.issuer() == null || base.issuer() == null || target.year() == null) {
            return false;
        }
        Integer year = plan.period() != null && plan.period().year() != null
                ? plan.period().year()
                : plan.date() != null && plan.date().length() >= 4
                        ? Integer.valueOf(plan.date().substring(0, 4))
                        : null;
        return target.year().equals(year)
                && VietnameseText.fold(plan.issuer()).equals(VietnameseText.fold(base.issuer()));
    }

    /** Whether a report's issuer is the unit the user named ({@link IssuerMatcher}: diacritics optional, end of the name). */
    static Predicate<ReportMetadata> unitMatcher(String unit) {
        if (unit == null) {
            return m -> false;
        }
        IssuerMatcher wanted = new IssuerMatcher(unit);
        return m -> wanted.matches(m.issuer(), m.place());
    }
}
