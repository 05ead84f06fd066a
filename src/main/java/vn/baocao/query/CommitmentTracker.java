package vn.baocao.query;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.index.IndexHit;
import vn.baocao.index.ReportIndex;
import vn.baocao.store.Store;

/**
 * What units promised and where they reported on it: each commitment of the selected reports, and —
 * when the same unit's next report (the first with a later period) is imported — the section of that
 * report that matches the commitment best by content (BM25 over the folded words of the commitment),
 * with its score.
 */
public final class CommitmentTracker {

    /** Matches scoring below this are not shown as follow-ups (too few shared words). */
    static final float MIN_SCORE = 3f;

    /**
     * A commitment and its follow-up.
     *
     * @param nextReportId the same unit's next report, or null when none is imported
     * @param nextSection  the path of the section of the next report that reports on it, or null
     * @param score        the BM25 score of that match (higher is closer), or null
     */
    public record FollowUp(long reportId, String unit, String period, String section, String kind, String text,
                           Long nextReportId, String nextPeriod, String nextSection, String nextSectionTitle,
                           String nextSnippet, Float score) {
    }

    private final Archive archive;

    public CommitmentTracker(Archive archive) {
        this.archive = archive;
    }

    /** The commitments of the reports passing the filter, oldest report first. */
    public List<FollowUp> commitments(ReportFilter filter) throws IOException, SQLException {
        Map<String, List<Store.ReportRow>> byUnit = new HashMap<>();
        for (Store.ReportRow r : archive.reports(ReportFilter.ALL)) { // oldest first
            byUnit.computeIfAbsent(unitKey(r), k -> new ArrayList<>()).add(r);
        }
        List<FollowUp> out = new ArrayList<>();
        for (Store.ReportRow r : archive.reports(filter)) {
            Store.ReportRow next = nextReport(r, byUnit.get(unitKey(r)));
            for (Store.CommitmentRow c : archive.store().commitments(r.id())) {
                FollowUp f = new FollowUp(r.id(), r.issuer(), Archive.periodLabel(r), c.section(), c.kind(), c.text(),
                        null, null, null, null, null, null);
                if (next != null) {
                    f = followUp(f, next);
                }
                out.add(f);
            }
        }
        return out;
    }

    private static String unitKey(Store.ReportRow r) {
        return UnitMatcher.key(r.issuer() != null ? r.issuer() : r.place());
    }

    /** The first report of the same unit (listed oldest first) with a later period, or null. */
    private static Store.ReportRow nextReport(Store.ReportRow r, List<Store.ReportRow> sameUnit) {
        if (r.periodKey() == null) {
            return null;
        }
        for (Store.ReportRow o : sameUnit) {
            if (o.periodKey() != null && o.periodKey() > r.periodKey()) {
                return o;
            }
        }
        return null;
    }

    private FollowUp followUp(FollowUp f, Store.ReportRow next) throws IOException {
        Set<String> words = new LinkedHashSet<>(Search.tokens(ReportIndex.TEXT_FOLDED, f.text()));
        words.removeIf(w -> w.length() < 2);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String w : words) {
            text.add(new TermQuery(new Term(ReportIndex.TEXT_FOLDED, w)), Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(text.build(), Occur.MUST)
                .add(new TermQuery(new Term(ReportIndex.KIND, "section")), Occur.FILTER)
                .build();
        List<IndexHit> top = archive.index().search(q, ReportIndex.ofReports(Set.of(next.id())), null, 0, 1);
        String period = Archive.periodLabel(next);
        if (top.isEmpty() || top.get(0).score() < MIN_SCORE) {
            return new FollowUp(f.reportId(), f.unit(), f.period(), f.section(), f.kind(), f.text(), next.id(), period,
                    null, null, null, null);
        }
        IndexHit d = top.get(0);
        String body = d.text();
        return new FollowUp(f.reportId(), f.unit(), f.period(), f.section(), f.kind(), f.text(), next.id(), period,
                d.sectionPath(), d.title(), body.length() > 200 ? body.substring(0, 200) + "…" : body, d.score());
    }
}
