package vn.baocao.draft;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportDocument;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;
import vn.baocao.store.ReportStore;
import vn.baocao.store.Store;
import vn.baocao.store.StoreException;
import vn.baocao.structure.SectionParser;

/**
 * The reports imported into a data folder ({@code baocao import}), for {@code baocao draft}: metadata from
 * the store, the full extraction from the model the store keeps ({@link ReportStore#model}); only a report
 * imported before the store kept models is read again from its source copy, once (its model is kept then).
 */
public final class StoreHistory implements ReportHistory {

    private final List<StoredReportRef> reports = new ArrayList<>();
    private final Map<Long, String> originals;
    private final Map<Long, Extraction> loaded = new HashMap<>();
    private final DataFolder data;
    private final Supplier<ReportExtractor> extractor;
    /** The section tree of a stored model is parsed again, by the rules' layout cues. */
    private final SectionParser sections;

    private StoreHistory(
            List<StoredReportRef> reports,
            Map<Long, String> originals,
            DataFolder data,
            Supplier<ReportExtractor> extractor,
            SectionParser sections) {
        this.reports.addAll(reports);
        this.originals = originals;
        this.data = data;
        this.extractor = extractor;
        this.sections = sections;
    }

    /** {@link #open(DataFolder, RuleSet, Supplier)} with an extractor at hand. */
    public static StoreHistory open(DataFolder data, ReportExtractor extractor) {
        return open(data, extractor.rules(), () -> extractor);
    }

    /**
     * The imported reports of a data folder, or null when nothing has been imported into it; their stored models are
     * read by {@code rules}, a report without one is extracted by {@code extractor} (made only then).
     *
     * @throws StoreException (Vietnamese) when the store cannot be read
     */
    public static StoreHistory open(DataFolder data, RuleSet rules, Supplier<ReportExtractor> extractor) {
        if (!data.hasStore()) {
            return null;
        }
        List<StoredReportRef> refs = new ArrayList<>();
        Map<Long, String> originals = new HashMap<>();
        try (ReportStore store = data.openStore()) {
            List<Store.ReportRow> all = store.reports();
            vn.baocao.query.ReportVersions versions = vn.baocao.query.ReportVersions.of(store, all);
            for (Store.ReportRow r : all) {
                // of several versions of one report (draft DOCX, signed PDF), the current one is the base
                if (r.sourceCopy() != null && versions.isCurrent(r.id())) {
                    refs.add(new StoredReportRef(r.id(), r.metadata(), r.sourceCopy()));
                    originals.put(r.id(), r.sourcePath());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Không đọc được kho dữ liệu «" + data.root() + "»: " + e.getMessage(), e);
        }
        return refs.isEmpty() ? null : new StoreHistory(refs, originals, data, extractor, new SectionParser(rules));
    }

    @Override
    public List<StoredReportRef> reports() {
        return List.copyOf(reports);
    }

    /**
     * The extraction of a report, naming the file it was imported from: the stored model, else (a report imported
     * before the store kept models) read from its source copy and kept as its model.
     */
    @Override
    public Extraction load(StoredReportRef ref) {
        return loaded.computeIfAbsent(ref.id(), id -> {
            try (ReportStore store = data.openStore()) {
                Extraction x = store.model(id, sections).orElse(null);
                if (x == null) {
                    x = extractor.get().extract(ref.source());
                    store.saveModel(id, x);
                }
                ReportDocument d = x.document();
                return new Extraction(
                        new ReportDocument(originals.get(id), d.format(), d.body(), d.footnotes(), d.furniture()),
                        x.tree(),
                        x.metadata(),
                        x.references(),
                        x.figures(),
                        x.commitments());
            } catch (ReadException e) {
                throw new DraftException(
                        "Không đọc lại được bản lưu của báo cáo mã " + id + " (" + ref.source() + "): "
                                + e.reason().vietnamese() + ". Hãy nhập lại tệp gốc bằng baocao import.",
                        e);
            } catch (SQLException e) {
                throw new StoreException("Không đọc được kho dữ liệu «" + data.root() + "»: " + e.getMessage(), e);
            }
        });
    }
}
