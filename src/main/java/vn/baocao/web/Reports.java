package vn.baocao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import vn.baocao.draft.StoredReportRef;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.store.Store;

/** How several pages name a stored report: its units, its versions, a link with its unit, period and title. */
final class Reports {

    private Reports() {}

    /** The units of the imported reports, sorted. */
    static List<String> units(Archive archive) {
        return archive.reports(ReportFilter.ALL).stream()
                .map(Store.ReportRow::issuer)
                .filter(u -> u != null && !u.isBlank())
                .distinct()
                .sorted()
                .toList();
    }

    /** The other versions of report {@code id}, each a link ({@code href} of its id) named by {@link #versionLabel}. */
    static List<Pages.Link> otherVersions(Archive archive, long id, LongFunction<String> href) {
        List<Pages.Link> versions = new ArrayList<>();
        for (long v : archive.versions().versions(id)) {
            if (v != id) {
                archive.report(v).ifPresent(o -> versions.add(new Pages.Link(versionLabel(o), href.apply(v))));
            }
        }
        return versions;
    }

    /** A version of a report as the pages name it: its file format and whether it is the issued one or a draft. */
    static String versionLabel(Store.ReportRow r) {
        String format = r.format() == null ? "tệp" : r.format().toUpperCase(Locale.ROOT);
        String state = r.draft()
                ? "bản dự thảo"
                : r.symbol() != null
                                && !r.symbol().isEmpty()
                                && Character.isDigit(r.symbol().charAt(0))
                        ? "bản đã ban hành"
                        : "bản chưa có số";
        return format + ", " + state + (r.symbol() == null ? "" : " (" + r.symbol() + ")");
    }

    /** A link to a stored report labelled with its unit, period and title. */
    static Pages.Link describe(StoredReportRef ref) {
        var m = ref.metadata();
        String label = (m.issuer() == null ? "" : m.issuer()) + " — "
                + (m.period() == null ? "kỳ không rõ" : m.period().label())
                + (m.title() == null ? "" : " — " + m.title());
        return new Pages.Link(label, Links.report(ref.id()));
    }
}
