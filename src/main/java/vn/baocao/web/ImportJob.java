package vn.baocao.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;

/** One import of uploaded files ({@link ImportPage}): the outcome of each file as it is decided, and the summary at the end. */
final class ImportJob {
    private final Uploads uploads;
    private final Map<String, Importer.Outcome> outcomes = new ConcurrentHashMap<>();
    private volatile Importer.Summary summary;
    private volatile String error;

    ImportJob(Uploads uploads) {
        this.uploads = uploads;
    }

    void run(WebApp.Settings settings) {
        try {
            summary = new Importer(
                            settings.data(),
                            settings.extractor(),
                            Math.max(1, Runtime.getRuntime().availableProcessors()),
                            ImportProgress.listening(outcomes::put))
                    .importPaths(uploads.staged());
        } catch (Exception | Error e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof Error err) {
                throw err;
            }
        }
    }

    boolean done() {
        return summary != null || error != null;
    }

    int total() {
        return uploads.staged().size() + uploads.rejected().size();
    }

    int decided() {
        return outcomes.size() + uploads.rejected().size();
    }

    /** Every file: rejected ones, then the staged ones in order ("đang chờ" until decided). */
    List<Pages.FileResult> results() {
        List<Pages.FileResult> out = new ArrayList<>();
        for (Uploads.Rejected r : uploads.rejected()) {
            out.add(new Pages.FileResult(r.name(), Importer.Outcome.FAILED.vietnamese(), r.reason(), true));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (summary != null) {
            summary.failures().forEach(f -> reasons.put(f.file(), f.reason()));
        }
        for (Path p : uploads.staged()) {
            Importer.Outcome o = outcomes.get(p.toString());
            if (o == null && done()) {
                o = Importer.Outcome.FAILED;
            }
            out.add(
                    o == null
                            ? new Pages.FileResult(uploads.nameOf(p), "đang chờ", null, false)
                            : new Pages.FileResult(
                                    uploads.nameOf(p),
                                    o.vietnamese(),
                                    reasons.getOrDefault(p.toString(), o == Importer.Outcome.FAILED ? error : null),
                                    o == Importer.Outcome.FAILED));
        }
        return out;
    }

    String summary() {
        if (summary == null) {
            return error == null ? null : "Lỗi khi nhập: " + error;
        }
        return String.format(
                "%d tệp — đã nhập %d (cập nhật %d), không đổi %d, lỗi %d.",
                total(),
                summary.imported(),
                summary.replaced(),
                summary.unchanged(),
                summary.failed() + uploads.rejected().size());
    }
}
