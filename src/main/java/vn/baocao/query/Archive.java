package vn.baocao.query;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import vn.baocao.fulltext.IndexSnapshot;
import vn.baocao.fulltext.Indexes;
import vn.baocao.fulltext.LuceneSnapshot;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.store.DataFolder;
import vn.baocao.store.ReportStore;

/**
 * The imported reports of a data folder, opened for querying: the store and a snapshot of the search
 * index (the last commit of the embedded Lucene index, or the SolrCloud collection). The query services ({@link Search}, {@link Citations}, {@link CommitmentTracker},
 * {@link FigureSeries}) work on it.
 */
public final class Archive implements AutoCloseable {

    private final ReportStore store;
    private final IndexSnapshot index;
    private final Map<Long, ReportStore.ReportRow> reports;
    private Map<String, List<Long>> unitKeys;
    private final ReportVersions versions;

    private Archive(ReportStore store, IndexSnapshot index) throws SQLException {
        this.store = store;
        this.index = index;
        this.reports = new LinkedHashMap<>();
        for (ReportStore.ReportRow r : store.reports()) {
            reports.put(r.id(), r);
        }
        this.versions = ReportVersions.of(store, List.copyOf(reports.values()));
    }

    /**
     * Opens the data folder for querying.
     *
     * @throws QueryException (Vietnamese) when nothing has been imported into it yet
     */
    public static Archive open(DataFolder data) throws IOException, SQLException {
        if (!data.hasStore()) {
            throw new QueryException("Thư mục dữ liệu «" + data.root() + "» chưa có báo cáo nào. Hãy nhập trước: "
                    + "baocao import THƯ_MỤC_BÁO_CÁO");
        }
        IndexSnapshot s = Indexes.openSnapshot(data);
        if (s == null) {
            throw new QueryException("Chỉ mục tìm kiếm trong «" + data.indexDir() + "» chưa có; chạy baocao import "
                    + "(không cần tham số) để lập lại chỉ mục từ kho.");
        }
        ReportStore store;
        try {
            store = data.openStore();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        try {
            return new Archive(store, s);
        } catch (SQLException | RuntimeException e) {
            s.close();
            store.close();
            throw e;
        }
    }

    public ReportStore store() {
        return store;
    }

    /** The search index as the queries read it. */
    public IndexSnapshot index() {
        return index;
    }

    /** The Lucene searcher of the embedded index (for tests comparing with plain Lucene queries). */
    org.apache.lucene.search.IndexSearcher searcher() {
        return ((LuceneSnapshot) index).searcher();
    }

    /** One stored report, or empty. */
    public Optional<ReportStore.ReportRow> report(long id) {
        return Optional.ofNullable(reports.get(id));
    }

    /** The versions of the reports: a draft DOCX and the signed PDF of one report are one report. */
    public ReportVersions versions() {
        return versions;
    }

    /**
     * The reports passing the filter, oldest period first (unknown periods last), then by id; of several versions
     * of one report, the current one only ({@link #versions()} lists the others).
     */
    public List<ReportStore.ReportRow> reports(ReportFilter filter) {
        return allReports(filter).stream()
                .filter(r -> versions.isCurrent(r.id()))
                .toList();
    }

    /** Every stored report passing the filter, versions of one report included, in the order of {@link #reports}. */
    public List<ReportStore.ReportRow> allReports(ReportFilter filter) {
        return reports.values().stream()
                .filter(filter::test)
                .sorted(Comparator.comparing(
                                (ReportStore.ReportRow r) -> r.periodKey(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportStore.ReportRow::id))
                .toList();
    }

    /**
     * The index filter of a report filter, or null when it restricts nothing: level, year and period are
     * resolved inside the index ({@link ReportIndex#ofFacts}); a unit, matched loosely ({@link IssuerMatcher}),
     * by the ids of its reports.
     */
    Query indexFilter(ReportFilter filter) {
        if (filter.isAll()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (filter.issuer() != null) {
            IssuerMatcher unit = new IssuerMatcher(filter.issuer());
            Set<Long> ids = new HashSet<>();
            unitKeys().forEach((key, reportIds) -> {
                if (unit.matchesKey(key)) {
                    ids.addAll(reportIds);
                }
            });
            b.add(ReportIndex.ofReports(ids), BooleanClause.Occur.FILTER);
        }
        Query facts = ReportIndex.ofFacts(filter.foldedLevel(), filter.year(), filter.period());
        if (facts != null) {
            b.add(facts, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The reports by unit in comparison form ({@link IssuerMatcher#key(String, String)}), built on first use. */
    private synchronized Map<String, List<Long>> unitKeys() {
        if (unitKeys == null) {
            unitKeys = new HashMap<>();
            for (ReportStore.ReportRow r : reports.values()) {
                unitKeys.computeIfAbsent(IssuerMatcher.key(r.issuer(), r.place()), k -> new ArrayList<>())
                        .add(r.id());
            }
        }
        return unitKeys;
    }

    /** The period label of a report ("Quý III năm 2023"), or "". */
    static String periodLabel(ReportStore.ReportRow r) {
        return r == null || r.period() == null ? "" : r.period().label();
    }

    /**
     * A report with everything extracted from it, for {@code baocao show}.
     */
    public record ReportDetail(
            ReportStore.ReportRow report,
            List<ReportStore.SectionRow> sections,
            List<ReportStore.ReferenceRow> references,
            List<ReportStore.FigureRow> figures,
            List<ReportStore.CommitmentRow> commitments) {}

    /** One report with its tree, references, figures and commitments, or empty. */
    public Optional<ReportDetail> detail(long id) throws SQLException {
        ReportStore.ReportRow r = reports.get(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportDetail(
                r, store.sections(id), store.references(id), store.figures(id), store.commitments(id)));
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
