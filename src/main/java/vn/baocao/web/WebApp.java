package vn.baocao.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import vn.baocao.draft.BaseSelector;
import vn.baocao.check.FindingComments;
import vn.baocao.check.PeriodChecks;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.DocxDraftWriter;
import vn.baocao.draft.DraftException;
import vn.baocao.draft.MarkdownDraftWriter;
import vn.baocao.draft.NextDraft;
import vn.baocao.draft.ReportDraft;
import vn.baocao.draft.StoreHistory;
import vn.baocao.draft.StoredReportRef;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.query.Archive;
import vn.baocao.query.Citations;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.FigureSeries;
import vn.baocao.query.QueryException;
import vn.baocao.query.ReportFilter;
import vn.baocao.query.Search;
import vn.baocao.read.ReadException;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

/**
 * {@code baocao serve}: the web app over a data folder, in Vietnamese. A thin layer: every answer comes
 * from the same services as the command line ({@link Search}, {@link Citations}, {@link FigureSeries},
 * {@link CommitmentTracker}, {@link NextDraft}, {@link Importer}); the archive is opened afresh for each
 * request, so reports imported meanwhile by the CLI are seen at once. Pages are precompiled JTE templates
 * ({@code src/main/jte}, HTML-escaped output); the style sheet and the upload script are served by the app.
 */
public final class WebApp implements AutoCloseable {

    /** How many reports the home page lists (latest period first). */
    static final int LISTED_REPORTS = 200;

    /** Hits per search page. */
    static final int PAGE_SIZE = 10;

    /** The configuration of a server. */
    public record Settings(DataFolder data, String bind, int port, String password, long uploadLimitBytes,
                           ReportExtractor extractor, Path template) {
    }

    private final Settings settings;
    private final Guard guard;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ReentrantLock importing = new ReentrantLock();
    private final ReportCheck checks = ReportCheck.defaults();
    private final Map<String, Pages.Checks> checked = new java.util.concurrent.ConcurrentHashMap<>();
    private Javalin app;

    /**
     * @throws IllegalArgumentException (Vietnamese) for a non-loopback bind address without a password
     */
    public WebApp(Settings settings) {
        Guard.checkBind(settings.bind(), settings.password());
        this.settings = settings;
        this.guard = new Guard(settings.password());
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        long limit = settings.uploadLimitBytes();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = Math.max(1_000_000L, limit);
            var r = config.routes;
            r.before(guard::before);
            r.get("/", this::search);
            r.get("/bao-cao/{id}", this::report);
            r.get("/bao-cao/{id}/tep-goc", this::source);
            r.get("/van-ban/<symbol>", this::plan);
            r.get("/so-lieu", this::figures);
            r.get("/so-lieu.csv", this::figuresCsv);
            r.get("/cam-ket", this::commitments);
            r.get("/du-thao", this::draft);
            r.get("/du-thao/tai-ve", this::draftDownload);
            r.get("/nhap", ctx -> render(ctx, "import.jte", new Pages.Import(frame(ctx, "Nhập báo cáo", "nhap"),
                    limit / (1024 * 1024), List.of(), null, null)));
            r.post("/nhap", this::upload);
            r.get("/tai-nguyen/app.css", ctx -> asset(ctx, "app.css", "text/css; charset=utf-8"));
            r.get("/tai-nguyen/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            r.exception(QueryException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(DraftException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(IllegalArgumentException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(Uploads.TooLarge.class, (e, ctx) -> message(ctx, 413, e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> message(ctx, e.getStatus(), e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> {
                // the operator sees what failed (standard error, simplelogger.properties); the user a short message
                org.slf4j.LoggerFactory.getLogger(WebApp.class).error("Lỗi máy chủ: " + ctx.method() + " " + ctx.path(), e);
                message(ctx, 500, "Lỗi máy chủ: " + e.getMessage());
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    message(ctx, 404, "Không có trang này.");
                }
            });
        });
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    // ---- pages ----

    private void search(Context ctx) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String k : List.of("q", "unit", "level", "year", "period", "section")) {
            String v = ctx.queryParam(k);
            if (v != null && !v.isBlank()) {
                params.put(k, v.strip());
            }
        }
        String q = (String) params.get("q");
        Pages.Frame frame = frame(ctx, q == null ? "Tìm kiếm báo cáo" : "Tìm: " + q, "tim");
        try (Archive archive = Archive.open(settings.data())) {
            if (q == null) {
                List<Store.ReportRow> all = new ArrayList<>(archive.reports(ReportFilter.ALL));
                java.util.Collections.reverse(all); // latest period first
                render(ctx, "search.jte", new Pages.Search(frame, "", List.of(), all.size(), 0, 0, null, null, List.of(),
                        List.of(), null, all.subList(0, Math.min(all.size(), LISTED_REPORTS)), false));
                return;
            }
            int page = Math.max(1, intParam(ctx, "page", 1));
            ReportFilter filter = ReportFilter.of((String) params.get("unit"), (String) params.get("level"),
                    params.containsKey("year") ? intParam(ctx, "year", 0) : null, (String) params.get("period"));
            Search.Page p = new Search(archive).page(q, filter, (String) params.get("section"),
                    (page - 1) * PAGE_SIZE, PAGE_SIZE);
            List<Pages.HitView> hits = new ArrayList<>();
            for (Search.Hit h : p.hits()) {
                hits.add(new Pages.HitView(Links.report(h.reportId()) + (h.sectionPath().isEmpty() ? "" : "#muc-" + h.sectionPath()),
                        h.unit(), h.period(), h.sectionPath(), h.sectionPath().isEmpty() ? "Phần mở đầu/kết thúc" : h.sectionTitle(),
                        Markup.snippet(h.snippet())));
            }
            List<Pages.FacetGroup> facets = List.of(
                    facet("Đơn vị", "unit", p.facets().unit(), params),
                    facet("Cấp", "level", p.facets().level(), params),
                    facet("Năm", "year", p.facets().year(), params),
                    facet("Kỳ báo cáo", "period", p.facets().period(), params),
                    facet("Mục", "section", p.facets().section(), params));
            List<Pages.Link> active = new ArrayList<>();
            for (String k : List.of("unit", "level", "year", "period", "section")) {
                if (params.containsKey(k)) {
                    active.add(new Pages.Link(params.get(k).toString(), Links.withQuery("/", Links.with(params, k, null))));
                }
            }
            int from = p.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
            int to = (page - 1) * PAGE_SIZE + hits.size();
            String prev = page > 1 ? Links.withQuery("/", Links.with(params, "page", page - 1)) : null;
            String next = to < p.total() ? Links.withQuery("/", Links.with(params, "page", page + 1)) : null;
            render(ctx, "search.jte", new Pages.Search(frame, q, hits, p.total(), from, to, prev, next, facets, active,
                    null, List.of(), false));
        }
    }

    private static Pages.FacetGroup facet(String label, String key, Map<String, Integer> counts, Map<String, Object> params) {
        List<Pages.FacetValue> values = new ArrayList<>();
        counts.forEach((v, n) -> values.add(new Pages.FacetValue(key.equals("section") ? "Mục " + v : v, n,
                Links.withQuery("/", Links.with(Links.with(params, key, v), "page", null)), v.equals(params.get(key)))));
        return new Pages.FacetGroup(label, values);
    }

    private void report(Context ctx) throws Exception {
        long id = idParam(ctx);
        try (Archive archive = Archive.open(settings.data())) {
            Archive.ReportDetail d = archive.detail(id).orElseThrow(() -> new NotFoundResponse("Không có báo cáo mã " + id + "."));
            List<Pages.Section> sections = new ArrayList<>();
            for (Store.SectionRow s : d.sections()) {
                List<Store.ReferenceRow> refs = d.references().stream().filter(r -> s.path().equals(r.section())).toList();
                List<Store.FigureRow> figs = d.figures().stream().filter(f -> s.path().equals(f.section())).toList();
                String label = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
                sections.add(new Pages.Section("muc-" + s.path(), label.strip(), s.level(), Markup.section(s.body(), refs, figs),
                        Markup.notes(s.body(), refs)));
            }
            Store.ReportRow r = d.report();
            render(ctx, "report.jte", new Pages.Report(frame(ctx, r.title() == null ? "Báo cáo " + id : r.title(), "tim"),
                    r, r.period() == null ? null : r.period().label(), sections, d.references(), d.commitments(),
                    r.sourceCopy() == null ? null : Links.source(id), originalName(r), findings(r)));
        }
    }

    private void source(Context ctx) throws Exception {
        long id = idParam(ctx);
        try (Archive archive = Archive.open(settings.data())) {
            Store.ReportRow r = archive.report(id).orElseThrow(() -> new NotFoundResponse("Không có báo cáo mã " + id + "."));
            Path copy = r.sourceCopy();
            if (copy == null || !copy.normalize().startsWith(settings.data().sourcesDir()) || !Files.isRegularFile(copy)) {
                throw new NotFoundResponse("Không còn bản lưu tệp gốc của báo cáo mã " + id + ".");
            }
            download(ctx, Files.readAllBytes(copy), originalName(r), contentType(r.format()));
        }
    }

    private void plan(Context ctx) throws Exception {
        String symbol = ctx.pathParam("symbol");
        try (Archive archive = Archive.open(settings.data())) {
            Citations c = new Citations(archive);
            Citations.CitedDocument doc = c.document(symbol);
            List<Pages.Citing> cites = new ArrayList<>();
            for (Citations.Citation x : c.of(doc.symbol())) {
                cites.add(new Pages.Citing(x, Links.report(x.reportId()) + (x.section() == null || x.section().isEmpty() ? "" : "#muc-" + x.section())));
            }
            render(ctx, "plan.jte", new Pages.Plan(frame(ctx, "Văn bản " + doc.symbol(), "tim"), doc.symbol(), doc.type(),
                    doc.number(), doc.date(), doc.issuer(), doc.subject(), cites));
        }
    }

    private void figures(Context ctx) throws Exception {
        String subject = blankToNull(ctx.queryParam("subject"));
        Set<String> chosen = new LinkedHashSet<>(ctx.queryParams("unit"));
        try (Archive archive = Archive.open(settings.data())) {
            FigureSeries series = new FigureSeries(archive);
            List<Pages.UnitChoice> units = units(archive).stream().map(u -> new Pages.UnitChoice(u, chosen.contains(u))).toList();
            List<FigureSeries.Point> all = subject == null ? List.of() : points(series, subject, chosen);
            List<FigureSeries.Measure> measures = FigureSeries.measures(all);
            int pick = measureParam(ctx, measures.size());
            List<FigureSeries.Point> points = measures.isEmpty() ? List.of() : FigureSeries.of(all, measures.get(pick - 1));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("subject", subject);
            params.put("unit", chosen);
            List<Pages.Link> links = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                FigureSeries.Measure m = measures.get(i);
                links.add(new Pages.Link(m.label() + " — " + m.periods() + " báo cáo",
                        Links.withQuery("/so-lieu", Links.with(params, "measure", String.valueOf(i + 1)))));
            }
            render(ctx, "figures.jte", new Pages.Figures(frame(ctx, "Số liệu", "so-lieu"), subject == null ? "" : subject,
                    series.subjects(200), units, links, measures.isEmpty() ? null : measures.get(pick - 1).label(),
                    Chart.of(points), points,
                    subject == null ? null : Links.withQuery("/so-lieu.csv", Links.with(params, "measure", String.valueOf(pick))),
                    subject != null && points.isEmpty() ? "Không có số liệu nào khớp «" + subject + "»." : null));
        }
    }

    /** The 1-based measure chosen on the figures page (the first, the one in most reports, by default). */
    private static int measureParam(Context ctx, int measures) {
        String m = blankToNull(ctx.queryParam("measure"));
        if (m == null || measures == 0) {
            return 1;
        }
        try {
            int pick = Integer.parseInt(m.strip());
            if (pick >= 1 && pick <= measures) {
                return pick;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("Loại số liệu phải từ 1 đến " + measures + ".");
    }

    private void figuresCsv(Context ctx) throws Exception {
        String subject = blankToNull(ctx.queryParam("subject"));
        if (subject == null) {
            throw new IllegalArgumentException("Thiếu nội dung số liệu cần tải.");
        }
        try (Archive archive = Archive.open(settings.data())) {
            List<FigureSeries.Point> all = points(new FigureSeries(archive), subject, new LinkedHashSet<>(ctx.queryParams("unit")));
            List<FigureSeries.Measure> measures = FigureSeries.measures(all);
            String name = "so-lieu-" + Links.slug(subject);
            if (!measures.isEmpty()) {
                FigureSeries.Measure m = measures.get(measureParam(ctx, measures.size()) - 1);
                all = FigureSeries.of(all, m);
                name += "-" + Links.slug(m.label());
            }
            String csv = FigureSeries.csv(all);
            download(ctx, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), name + ".csv", "text/csv; charset=utf-8");
        }
    }

    /** The series of a subject for the chosen units (all units when none is chosen). */
    private static List<FigureSeries.Point> points(FigureSeries series, String subject, Set<String> units) throws Exception {
        if (units.isEmpty()) {
            return series.series(subject, ReportFilter.ALL);
        }
        List<FigureSeries.Point> out = new ArrayList<>();
        for (String u : units) {
            out.addAll(series.series(subject, ReportFilter.of(u, null, null, null)));
        }
        out.sort(java.util.Comparator.comparing(FigureSeries.Point::periodKey, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }

    private void commitments(Context ctx) throws Exception {
        String unit = blankToNull(ctx.queryParam("unit"));
        String period = blankToNull(ctx.queryParam("period"));
        try (Archive archive = Archive.open(settings.data())) {
            List<CommitmentTracker.FollowUp> items = unit == null && period == null ? List.of()
                    : new CommitmentTracker(archive).commitments(ReportFilter.of(unit, null, null, period));
            render(ctx, "commitments.jte", new Pages.Commitments(frame(ctx, "Cam kết, nhiệm vụ", "cam-ket"),
                    unit == null ? "" : unit, period == null ? "" : period, units(archive), items,
                    (unit != null || period != null) && items.isEmpty() ? "Không có cam kết, nhiệm vụ nào." : null));
        }
    }

    private void draft(Context ctx) throws Exception {
        String unit = blankToNull(ctx.queryParam("unit"));
        String period = blankToNull(ctx.queryParam("period"));
        List<String> units;
        try (Archive archive = Archive.open(settings.data())) {
            units = units(archive);
        }
        Pages.Frame frame = frame(ctx, "Soạn dự thảo", "du-thao");
        if (unit == null || period == null) {
            render(ctx, "draft.jte", new Pages.Draft(frame, unit == null ? "" : unit, period == null ? "" : period, units,
                    null, null, null, null, null));
            return;
        }
        String error = null;
        Pages.Link base = null, lastYear = null;
        try {
            BaseSelector.Choice c = NextDraft.choose(history(), unit, Period.parse(period), null);
            base = describe(c.base());
            lastYear = c.sameLastYear() == null ? null : describe(c.sameLastYear());
        } catch (DraftException | IllegalArgumentException e) {
            error = e.getMessage();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit);
        params.put("period", period);
        render(ctx, "draft.jte", new Pages.Draft(frame, unit, period, units, base, lastYear,
                error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "docx")) : null,
                error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "md")) : null, error));
    }

    private void draftDownload(Context ctx) throws Exception {
        String unit = blankToNull(ctx.queryParam("unit"));
        Period target = Period.parse(ctx.queryParam("period"));
        boolean markdown = "md".equals(ctx.queryParam("format"));
        StoreHistory h = history();
        BaseSelector.Choice choice = NextDraft.choose(h, unit, target, null);
        ReportDraft d = NextDraft.build(h, choice, target);
        Path tmp = Files.createTempFile("baocao-du-thao-", markdown ? ".md" : ".docx");
        try {
            if (markdown) {
                new MarkdownDraftWriter().write(d, tmp);
            } else {
                new DocxDraftWriter(settings.template()).write(d, tmp);
                // the checks of the carried figures, as Word comments
                FindingComments.annotate(tmp, checks.check(h.load(choice.base())), tmp);
            }
            String name = "du-thao-" + target.label().replace(' ', '-') + (markdown ? ".md" : ".docx");
            download(ctx, Files.readAllBytes(tmp), name, markdown ? "text/markdown; charset=utf-8"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        } catch (ReadException e) {
            throw new DraftException("Không đọc được báo cáo gốc: " + e.reason().vietnamese(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
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
        String key = r.id() + ":" + r.contentHash() + ":" + (h == null ? 0 : h.reports().size());
        return checked.computeIfAbsent(key, k -> {
            try {
                ReportCheck.Result result = h == null
                        ? new ReportCheck.Result(null, checks.check(settings.extractor().extract(r.sourceCopy())))
                        : checks.check(h.load(new StoredReportRef(r.id(), r.metadata(), r.sourceCopy())), h,
                        PeriodChecks.DEFAULT_FACTOR);
                String previous = result.previous() == null ? null : describe(result.previous()).label();
                return new Pages.Checks(result.findings(), previous);
            } catch (ReadException | RuntimeException e) {
                return new Pages.Checks(List.of(), null);
            }
        });
    }

    private StoreHistory history() {
        StoreHistory h = StoreHistory.open(settings.data(), settings.extractor());
        if (h == null) {
            throw new DraftException("Chưa có báo cáo nào trong kho: hãy nhập báo cáo trước.");
        }
        return h;
    }

    private static Pages.Link describe(StoredReportRef ref) {
        var m = ref.metadata();
        String label = (m.issuer() == null ? "" : m.issuer()) + " — " + (m.period() == null ? "kỳ không rõ" : m.period().label())
                + (m.title() == null ? "" : " — " + m.title());
        return new Pages.Link(label, Links.report(ref.id()));
    }

    private void upload(Context ctx) throws Exception {
        long limit = settings.uploadLimitBytes();
        Pages.Frame frame = frame(ctx, "Nhập báo cáo", "nhap");
        if (ctx.contentLength() > limit) {
            throw new Uploads.TooLarge(limit);
        }
        if (!importing.tryLock()) {
            message(ctx, 409, "Đang có một lượt nhập khác; hãy đợi xong rồi gửi lại.");
            return;
        }
        try (Uploads uploads = new Uploads(limit)) {
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                try (InputStream in = f.content()) {
                    uploads.add(f.filename(), in);
                }
            }
            List<Pages.FileResult> results = new ArrayList<>();
            for (Uploads.Rejected r : uploads.rejected()) {
                results.add(new Pages.FileResult(r.name(), Importer.Outcome.FAILED.vietnamese(), r.reason(), true));
            }
            if (uploads.staged().isEmpty() && results.isEmpty()) {
                render(ctx, "import.jte", new Pages.Import(frame, limit / (1024 * 1024), List.of(), null, "Chưa chọn tệp nào."));
                return;
            }
            Map<String, Importer.Outcome> outcomes = new LinkedHashMap<>();
            Importer.Summary s = new Importer(settings.data(), settings.extractor(),
                    Math.max(1, Runtime.getRuntime().availableProcessors()),
                    ImportProgress.listening((file, outcome) -> outcomes.put(file, outcome))).importPaths(uploads.staged());
            Map<String, String> reasons = new LinkedHashMap<>();
            s.failures().forEach(f -> reasons.put(f.file(), f.reason()));
            for (Path p : uploads.staged()) {
                Importer.Outcome o = outcomes.getOrDefault(p.toString(), Importer.Outcome.FAILED);
                results.add(new Pages.FileResult(uploads.nameOf(p), o.vietnamese(), reasons.get(p.toString()),
                        o == Importer.Outcome.FAILED));
            }
            String summary = String.format("%d tệp — đã nhập %d (cập nhật %d), không đổi %d, lỗi %d.",
                    results.size(), s.imported(), s.replaced(), s.unchanged(), s.failed() + uploads.rejected().size());
            render(ctx, "import.jte", new Pages.Import(frame, limit / (1024 * 1024), results, summary, null));
        } finally {
            importing.unlock();
        }
    }

    // ---- helpers ----

    private static List<String> units(Archive archive) {
        return archive.reports(ReportFilter.ALL).stream().map(Store.ReportRow::issuer).filter(u -> u != null && !u.isBlank())
                .distinct().sorted().toList();
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

    private static void download(Context ctx, byte[] body, String name, String type) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Links.encode(name));
        ctx.result(body);
    }

    private void asset(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            ctx.contentType(type);
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }

    private Pages.Frame frame(Context ctx, String title, String active) {
        return new Pages.Frame(title, active, Guard.token(ctx));
    }

    private void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toString());
    }

    /** The largest body of a refused request read to its end before the answer (see {@link #message}). */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private void message(Context ctx, int status, String text) {
        ctx.status(status);
        if (status >= 400 && (ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null)) {
            // a refused request's body is left unread: a small one is read to its end, so that the client, still
            // sending it, gets this answer; a large one is not, and the connection is closed after the answer
            if (ctx.contentLength() > 0 && ctx.contentLength() <= DRAIN_LIMIT) {
                try (java.io.InputStream in = ctx.req().getInputStream()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException | RuntimeException e) {
                    ctx.header("Connection", "close");
                }
            } else {
                ctx.header("Connection", "close");
            }
        }
        String token = Guard.token(ctx);
        render(ctx, "message.jte", new Pages.Message(new Pages.Frame("Thông báo", "", token), text));
    }

    private static long idParam(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("Mã báo cáo không hợp lệ.");
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Giá trị «" + v + "» của " + name + " phải là số.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
