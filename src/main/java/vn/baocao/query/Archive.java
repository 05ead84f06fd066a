package vn.baocao.query;

import java.io.IOException;
import java.nio.file.Files;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.baocao.index.ReportIndex;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

/**
 * The imported reports of a data folder, opened for querying: the store and a searcher over the last
 * index commit. The query services ({@link Search}, {@link Citations}, {@link CommitmentTracker},
 * {@link FigureSeries}) work on it.
 */
public final class Archive implements AutoCloseable {

    private final Store store;
    private final IndexSearcher searcher;
    private final Map<Long, Store.ReportRow> reports;
    private Map<String, List<Long>> unitKeys;

    private Archive(Store store, IndexSearcher searcher) throws SQLException {
        this.store = store;
        this.searcher = searcher;
        this.reports = new LinkedHashMap<>();
        for (Store.ReportRow r : store.reports()) {
            reports.put(r.id(), r);
        }
    }

    /**
     * Opens the data folder for querying.
     *
     * @throws QueryException (Vietnamese) when nothing has been imported into it yet
     */
    public static Archive open(DataFolder data) throws IOException, SQLException {
        if (!Files.exists(data.root().resolve("baocao.db"))) {
            throw new QueryException("Thư mục dữ liệu «" + data.root() + "» chưa có báo cáo nào. Hãy nhập trước: "
                    + "baocao import THƯ_MỤC_BÁO_CÁO");
        }
        IndexSearcher s = ReportIndex.openSearcher(data.indexDir());
        Store store = data.openStore();
        if (s == null) {
            store.close();
            throw new QueryException("Chỉ mục tìm kiếm trong «" + data.indexDir() + "» chưa có; chạy baocao import "
                    + "(không cần tham số) để lập lại chỉ mục từ kho.");
        }
        return new Archive(store, s);
    }

    public Store store() {
        return store;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** One stored report, or empty. */
    public Optional<Store.ReportRow> report(long id) {
        return Optional.ofNullable(reports.get(id));
    }

    /** The reports passing the filter, oldest period first (unknown periods last), then by id. */
    public List<Store.ReportRow> reports(ReportFilter filter) {
        return reports.values().stream().filter(filter::test)
                .sorted(Comparator.comparing((Store.ReportRow r) -> r.periodKey(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Store.ReportRow::id))
                .toList();
    }

    /**
     * The index filter of a report filter, or null when it restricts nothing: level, year and period are
     * resolved inside Lucene ({@link ReportIndex#ofFacts}); a unit, matched loosely ({@link UnitMatcher}),
     * by the ids of its reports.
     */
    Query indexFilter(ReportFilter filter) {
        if (filter.isAll()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (filter.unit() != null) {
            UnitMatcher unit = new UnitMatcher(filter.unit());
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

    /** The reports by unit in comparison form ({@link UnitMatcher#key(String, String)}), built on first use. */
    private synchronized Map<String, List<Long>> unitKeys() {
        if (unitKeys == null) {
            unitKeys = new HashMap<>();
            for (Store.ReportRow r : reports.values()) {
                unitKeys.computeIfAbsent(UnitMatcher.key(r.issuer(), r.place()), k -> new ArrayList<>()).add(r.id());
            }
        }
        return unitKeys;
    }

    /** The period label of a report ("Quý III năm 2023"), or "". */
    static String periodLabel(Store.ReportRow r) {
        return r == null || r.period() == null ? "" : r.period().label();
    }

    /**
     * A report with everything extracted from it, for {@code baocao show}.
     */
    public record ReportDetail(Store.ReportRow report, List<Store.SectionRow> sections,
                               List<Store.ReferenceRow> references, List<Store.FigureRow> figures,
                               List<Store.CommitmentRow> commitments) {
    }

    /** One report with its tree, references, figures and commitments, or empty. */
    public Optional<ReportDetail> detail(long id) throws SQLException {
        Store.ReportRow r = reports.get(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportDetail(r, store.sections(id), store.references(id), store.figures(id),
                store.commitments(id)));
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            searcher.getIndexReader().close();
        } finally {
            store.close();
        }
    }
}
