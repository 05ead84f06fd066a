package vn.baocao.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.ReportStore;

/**
 * Versions of one report: the pre-issue DOCX and the signed PDF of the same report (same issuer, type, period and
 * title, nearly the same outline) are one report in lists, facets, series and drafts. The issued version — the one
 * whose số carries its number, else the one not marked DỰ THẢO, else the latest dated, else the latest imported —
 * is the current one; the others are kept and listed as its versions.
 */
public final class ReportVersions {

    /** Share of section titles two versions of one report have in common, at least. */
    static final double SAME_OUTLINE = 0.8;

    private final Map<Long, Long> currentOf = new HashMap<>();
    private final Map<Long, List<Long>> versionsOf = new HashMap<>();

    private ReportVersions() {}

    /** Groups the stored reports into versions; the outlines of reports sharing a key are read from the store. */
    public static ReportVersions of(ReportStore store, List<ReportStore.ReportRow> reports) throws SQLException {
        ReportVersions v = new ReportVersions();
        Map<String, List<ReportStore.ReportRow>> byKey = new LinkedHashMap<>();
        for (ReportStore.ReportRow r : reports) {
            String key = key(r);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<ReportStore.ReportRow> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<ReportStore.ReportRow> order = new ArrayList<>(same);
            order.sort(CURRENT_FIRST);
            Map<Long, Set<String>> outlines = new HashMap<>();
            for (ReportStore.ReportRow r : order) {
                Set<String> titles = new HashSet<>();
                for (ReportStore.SectionRow s : store.sections(r.id())) {
                    titles.add(s.path() + " " + VietnameseText.fold(VietnameseText.collapseSpaces(s.title())));
                }
                outlines.put(r.id(), titles);
            }
            List<ReportStore.ReportRow> left = new ArrayList<>(order);
            while (!left.isEmpty()) {
                ReportStore.ReportRow current = left.removeFirst();
                List<Long> group = new ArrayList<>(List.of(current.id()));
                for (var it = left.iterator(); it.hasNext(); ) {
                    ReportStore.ReportRow other = it.next();
                    if (similar(outlines.get(current.id()), outlines.get(other.id()))) {
                        group.add(other.id());
                        it.remove();
                    }
                }
                if (group.size() > 1) {
                    for (long id : group) {
                        v.currentOf.put(id, current.id());
                        v.versionsOf.put(id, group);
                    }
                }
            }
        }
        return v;
    }

    /** The current version of a report (itself when it has no other version). */
    public long current(long id) {
        return currentOf.getOrDefault(id, id);
    }

    /** Whether the report is the current version of its report. */
    public boolean isCurrent(long id) {
        return current(id) == id;
    }

    /** All versions of a report, the current one first; just the report when it has no other. */
    public List<Long> versions(long id) {
        return versionsOf.getOrDefault(id, List.of(id));
    }

    private static String key(ReportStore.ReportRow r) {
        if (r.issuer() == null || r.title() == null || r.period() == null) {
            return null;
        }
        return VietnameseText.fold(r.issuer()) + "|" + r.docType() + "|"
                + r.period().kind() + "|" + r.period().number() + "|"
                + r.period().year() + "|" + VietnameseText.fold(VietnameseText.collapseSpaces(r.title()));
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return true;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() >= SAME_OUTLINE * Math.max(a.size(), b.size());
    }

    private static boolean numbered(ReportStore.ReportRow r) {
        return r.symbol() != null
                && !r.symbol().isEmpty()
                && Character.isDigit(r.symbol().charAt(0));
    }

    /** The issued version first: numbered số, not a draft, latest date, latest import. */
    static final Comparator<ReportStore.ReportRow> CURRENT_FIRST = Comparator.comparing(
                    (ReportStore.ReportRow r) -> !numbered(r))
            .thenComparing(ReportStore.ReportRow::draft)
            .thenComparing(ReportStore.ReportRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ReportStore.ReportRow::id, Comparator.reverseOrder());
}
