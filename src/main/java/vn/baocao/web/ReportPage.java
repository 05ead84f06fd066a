package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.baocao.check.PeriodChecks;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.StoreHistory;
import vn.baocao.draft.StoredReportRef;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.read.ReadException;
import vn.baocao.store.Store;

/**
 * {@code GET /bao-cao/{id}}: a report, its sections with references linked and figures marked (the words of the
 * search {@code q} that opened it highlighted), the documents it cites, its versions and its figure checks;
 * {@code GET /bao-cao/{id}/tep-goc}: its kept original file.
 */
final class ReportPage {

    private final WebApp.Settings settings;
    private final Responses out;
    private final ReportCheck checks;
    private final DocumentSymbols symbols;
    /** The figure checks of the reports shown, by report, content and number of stored reports. */
    private final Map<String, Pages.Checks> checked = new ConcurrentHashMap<>();

    /** @param symbols the document symbols of the server's rules (left out of the search words highlighted) */
    ReportPage(WebApp.Settings settings, Responses out, ReportCheck checks, DocumentSymbols symbols) {
        this.settings = settings;
        this.out = out;
        this.checks = checks;
        this.symbols = symbols;
    }

    void show(Context ctx) throws Exception {
        long id = Params.id(ctx);
        String q = Params.text(ctx, "q");
        QueryWords words = q == null ? null : QueryWords.of(q, symbols);
        try (Archive archive = Archive.open(settings.data())) {
            Archive.ReportDetail d =
                    archive.detail(id).orElseThrow(() -> new NotFoundResponse("Không có báo cáo mã " + id + "."));
            List<Pages.Section> sections = new ArrayList<>();
            for (Store.SectionRow s : d.sections()) {
                List<Store.ReferenceRow> refs = d.references().stream()
                        .filter(r -> s.path().equals(r.section()))
                        .toList();
                List<Store.FigureRow> figs = d.figures().stream()
                        .filter(f -> s.path().equals(f.section()))
                        .toList();
                String label = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
                List<Pages.Note> notes = Markup.notes(s.body(), refs).stream()
                        .map(n -> new Pages.Note(n.symbol(), Links.document(n.canonical()), n.text()))
                        .toList();
                sections.add(new Pages.Section(
                        "muc-" + s.path(),
                        label.strip(),
                        s.level(),
                        Markup.blocks(s.body(), refs, figs, words),
                        notes));
            }
            Store.ReportRow r = d.report();
            List<Pages.Link> versions = Reports.otherVersions(archive, id, Links::report);
            Pages.ReportHeader header = new Pages.ReportHeader(
                    r.title(), r.issuer(), r.issuerLevel(), r.symbol(), r.place(), r.signer(), r.signerTitle());
            out.render(
                    ctx,
                    "report.jte",
                    new Pages.Report(
                            Responses.frame(ctx, r.title() == null ? "Báo cáo " + id : r.title(), "tim"),
                            header,
                            r.period() == null ? null : r.period().label(),
                            VietnameseDates.display(r.date()),
                            sections,
                            citedDocs(d.references()),
                            d.references().size(),
                            r.sourceCopy() == null ? null : Links.source(id),
                            originalName(r),
                            q,
                            Links.report(id),
                            versions,
                            findings(r)));
        }
    }

    /** A report's references grouped by the document they cite, in the order of first mention. */
    static List<Pages.CitedDoc> citedDocs(List<Store.ReferenceRow> refs) {
        Map<String, List<Store.ReferenceRow>> byDoc = new LinkedHashMap<>();
        for (Store.ReferenceRow r : refs) {
            String key = r.canonical() != null ? r.canonical() : r.symbol() != null ? r.symbol() : r.text();
            byDoc.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Pages.CitedDoc> out = new ArrayList<>();
        for (List<Store.ReferenceRow> g : byDoc.values()) {
            Store.ReferenceRow first = g.getFirst();
            Set<String> paths = new LinkedHashSet<>();
            g.forEach(r -> paths.add(r.section() == null ? "" : r.section()));
            List<Pages.Link> sections = paths.stream()
                    .map(p -> new Pages.Link(p.isEmpty() ? "mở đầu" : p, p.isEmpty() ? "#" : "#muc-" + p))
                    .toList();
            out.add(new Pages.CitedDoc(
                    first.symbol() != null ? first.symbol() : first.canonical(),
                    first.canonical() == null ? null : Links.document(first.canonical()),
                    firstOf(g, Store.ReferenceRow::typeName),
                    VietnameseDates.display(firstOf(g, Store.ReferenceRow::date)),
                    firstOf(g, Store.ReferenceRow::subject),
                    g.size(),
                    sections));
        }
        return out;
    }

    private static <T> String firstOf(List<T> rows, Function<T, String> field) {
        return rows.stream()
                .map(field)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(null);
    }

    /**
     * The figure checks of a stored report (read again from its kept copy; against the unit's previous report),
     * kept per report and content until another report is imported; null when the copy cannot be read.
     */
    private Pages.Checks findings(Store.ReportRow r) {
        if (r.sourceCopy() == null || !Files.isRegularFile(r.sourceCopy())) {
            return null;
        }
        StoreHistory h = StoreHistory.open(settings.data(), settings.extractor());
        String key = r.id() + ":" + r.contentHash() + ":"
                + (h == null ? 0 : h.reports().size());
        return checked.computeIfAbsent(key, k -> {
            try {
                ReportCheck.Result result = h == null
                        ? new ReportCheck.Result(
                                null, checks.check(settings.extractor().extract(r.sourceCopy())))
                        : checks.check(
                                h.load(new StoredReportRef(r.id(), r.metadata(), r.sourceCopy())),
                                h,
                                PeriodChecks.DEFAULT_FACTOR);
                String previous = result.previous() == null
                        ? null
                        : Reports.describe(result.previous()).label();
                return new Pages.Checks(result.findings(), previous);
            } catch (ReadException | RuntimeException e) {
                return new Pages.Checks(List.of(), null);
            }
        });
    }

    /** The kept original file of a report, as the browser should name it. */
    void source(Context ctx) throws Exception {
        long id = Params.id(ctx);
        try (Archive archive = Archive.open(settings.data())) {
            Store.ReportRow r =
                    archive.report(id).orElseThrow(() -> new NotFoundResponse("Không có báo cáo mã " + id + "."));
            Path copy = r.sourceCopy();
            if (copy == null
                    || !copy.normalize().startsWith(settings.data().sourcesDir())
                    || !Files.isRegularFile(copy)) {
                throw new NotFoundResponse("Không còn bản lưu tệp gốc của báo cáo mã " + id + ".");
            }
            Responses.download(ctx, Files.readAllBytes(copy), originalName(r), contentType(r.format()));
        }
    }

    private static String originalName(Store.ReportRow r) {
        String p = r.sourcePath() == null ? "bao-cao." + r.format() : r.sourcePath();
        return Path.of(p).getFileName().toString().replaceFirst("^\\d{3}-", "");
    }

    private static String contentType(String format) {
        return switch (format == null ? "" : format) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc" -> "application/msword";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
