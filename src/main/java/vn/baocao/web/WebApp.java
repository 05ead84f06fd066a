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
import java.util.concurrent.CompletableFuture;
import vn.baocao.draft.BaseSelector;
import vn.baocao.check.Finding;
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
import vn.baocao.extract.Extraction;
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
import vn.baocao.normalize.VietnameseText;
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

    /** The longest search query (characters); longer ones get 414 with a Vietnamese page. */
    static final int MAX_QUERY_CHARS = 500;

    /** The longest query string a request may carry (characters, URL-encoded); longer ones get 414. */
    static final int MAX_QUERY_STRING = 48 * 1024;

    /** The request line and headers Jetty reads; beyond it Jetty answers (414, 431) through {@link ErrorPages}. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;

    /** The configuration of a server. */
    public record Settings(DataFolder data, String bind, int port, String password, long uploadLimitBytes,
                           ReportExtractor extractor, Path template) {
    }

    private final Settings settings;
    private final Guard guard;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    /** One import at a time (held by the request, or by the background import it started). */
    private final java.util.concurrent.Semaphore importing = new java.util.concurrent.Semaphore(1);
    /** The imports started from the page with live progress, the newest last (a few kept). */
    private final Map<String, ImportJob> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > 20;
        }
    });
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
            // a long query reaches the app (which answers 414 itself, in Vietnamese); beyond this Jetty answers,
            // through the error handler below, with the same page
            config.jetty.modifyHttpConfiguration(hc -> hc.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages(this::errorPage)));
            var r = config.routes;
            r.before(guard::before);
            r.before(ctx -> {
                String qs = ctx.queryString();
                if (qs != null && qs.length() > MAX_QUERY_STRING) {
                    throw new HttpResponseException(414, ErrorPages.text(414, null));
                }
            });
            r.get("/", this::search);
            r.get("/bao-cao/{id}", this::report);
            r.get("/bao-cao/{id}/tep-goc", this::source);
            r.get("/van-ban/<symbol>", this::plan);
            r.get("/so-lieu", this::figures);
            r.get("/so-lieu.csv", this::figuresCsv);
            r.get("/cam-ket", this::commitments);
            r.post("/cam-ket/danh-gia", this::reviewCommitment);
            r.get("/du-thao", this::draft);
            r.get("/du-thao/tai-ve", this::draftDownload);
            r.get("/nhap", ctx -> render(ctx, "import.jte", new Pages.Import(frame(ctx, "Nhập báo cáo", "nhap"),
                    limit / (1024 * 1024), List.of(), null, null)));
            r.post("/nhap", this::upload);
            r.get("/nhap/tien-do/{id}", this::importProgress);
            r.get("/tai-nguyen/app.css", ctx -> asset(ctx, "app.css", "text/css; charset=utf-8"));
            r.get("/tai-nguyen/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            r.exception(QueryException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(DraftException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(IllegalArgumentException.class, (e, ctx) -> message(ctx, 400, e.getMessage()));
            r.exception(Uploads.TooLarge.class, (e, ctx) -> message(ctx, 413, e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> message(ctx, e.getStatus(),
                    ErrorPages.text(e.getStatus(), e.getMessage() == null || e.getMessage().chars().allMatch(c -> c < 128)
                            ? null : e.getMessage()))); // Javalin's defaults are English
            r.exception(Exception.class, (e, ctx) -> {
                // the operator sees what failed (standard error, simplelogger.properties); the user a short message
                org.slf4j.LoggerFactory.getLogger(WebApp.class).error("Lỗi máy chủ: " + ctx.method() + " " + ctx.path(), e);
                message(ctx, 500, "Lỗi máy chủ: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + ". Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.");
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    message(ctx, 404, "Không có trang này.");
                }
            });
            r.error(405, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("<!DOCTYPE")) {
                    message(ctx, 405, ErrorPages.text(405, null));
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
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new HttpResponseException(414, "Câu tìm kiếm dài " + q.length() + " ký tự, quá " + MAX_QUERY_CHARS
                    + " ký tự được phép. Hãy rút ngắn câu tìm kiếm (vài từ hoặc một số ký hiệu văn bản) rồi tìm lại.");
        }
        Pages.Frame frame = frame(ctx, q == null ? "Tìm kiếm báo cáo" : "Tìm: " + q, "tim");
        try (Archive archive = Archive.open(settings.data())) {
            if (q == null) {
                List<Pages.Listed> all = listed(archive, ctx);
                render(ctx, "search.jte", new Pages.Search(frame, "", List.of(), all.size(), 0, 0, null, null, List.of(),
                        List.of(), null, all.subList(0, Math.min(all.size(), LISTED_REPORTS)), false, listing(archive, ctx)));
                return;
            }
            int page = Math.max(1, intParam(ctx, "page", 1));
            ReportFilter filter = ReportFilter.of((String) params.get("unit"), (String) params.get("level"),
                    params.containsKey("year") ? intParam(ctx, "year", 0) : null, (String) params.get("period"));
            Search.Page p = new Search(archive).page(q, filter, (String) params.get("section"),
                    (page - 1) * PAGE_SIZE, PAGE_SIZE);
            List<Pages.HitView> hits = hits(archive, p.hits(), q);
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
                    null, List.of(), false, null));
        }
    }

    /** The columns of the home list people can sort by: parameter value and header. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("don-vi", "Đơn vị");
        COLUMNS.put("loai", "Loại");
        COLUMNS.put("ky", "Kỳ");
        COLUMNS.put("ngay", "Ngày");
        COLUMNS.put("tieu-de", "Tiêu đề");
    }

    private static volatile vn.baocao.extract.DocumentTypes types;

    /** The display name of a document type code ("BC" → "Báo cáo"), from the rules' catalogue. */
    private static String typeName(String code) {
        if (code == null) {
            return null;
        }
        if (types == null) {
            types = new vn.baocao.extract.DocumentTypes(vn.baocao.extract.rules.RuleSet.defaults());
        }
        var t = types.byCode(code);
        return t == null ? code : t.displayName();
    }

    /**
     * The home list: the imported reports (current versions) passing the unit, period and type chosen
     * ({@code don-vi}, {@code ky}, {@code loai}), sorted by {@code sap-xep} (a column of {@link #COLUMNS};
     * default the period, latest first) in the order {@code chieu} ({@code tang}/{@code giam}).
     */
    private static List<Pages.Listed> listed(Archive archive, Context ctx) {
        String unit = blankToNull(ctx.queryParam("don-vi"));
        String period = blankToNull(ctx.queryParam("ky"));
        String type = blankToNull(ctx.queryParam("loai"));
        List<Pages.Listed> rows = new ArrayList<>();
        for (Store.ReportRow r : archive.reports(ReportFilter.ALL)) {
            Pages.Listed l = new Pages.Listed(r, typeName(r.docType()), r.period() == null ? "" : r.period().label(),
                    vn.baocao.extract.VietnameseDates.display(r.date()));
            if ((unit == null || unit.equals(r.issuer())) && (period == null || period.equals(l.period()))
                    && (type == null || type.equals(l.type()))) {
                rows.add(l);
            }
        }
        String sort = sortParam(ctx);
        java.util.Comparator<String> text = java.util.Comparator.nullsLast(
                java.util.Comparator.comparing(VietnameseText::matchKey));
        java.util.Comparator<Pages.Listed> by = switch (sort) {
            case "don-vi" -> java.util.Comparator.comparing(l -> l.row().issuer(), text);
            case "loai" -> java.util.Comparator.comparing(Pages.Listed::type, text);
            case "ngay" -> java.util.Comparator.comparing(l -> l.row().date(), java.util.Comparator.nullsFirst(
                    java.util.Comparator.<String>naturalOrder()));
            case "tieu-de" -> java.util.Comparator.comparing(l -> l.row().title(), text);
            default -> java.util.Comparator.comparing(l -> l.row().periodKey(), java.util.Comparator.nullsFirst(
                    java.util.Comparator.<Integer>naturalOrder()));
        };
        rows.sort(by.thenComparing(l -> l.row().id()));
        if (!ascending(ctx, sort)) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    private static String sortParam(Context ctx) {
        String s = blankToNull(ctx.queryParam("sap-xep"));
        return s != null && COLUMNS.containsKey(s) ? s : "ky";
    }

    /** Text columns sort A to Z by default, the period and the date latest first. */
    private static boolean ascending(Context ctx, String sort) {
        String dir = ctx.queryParam("chieu");
        return dir == null ? !sort.equals("ky") && !sort.equals("ngay") : dir.equals("tang");
    }

    private static Pages.Listing listing(Archive archive, Context ctx) {
        List<Store.ReportRow> all = archive.reports(ReportFilter.ALL);
        Map<String, Object> params = new LinkedHashMap<>();
        for (String k : List.of("don-vi", "ky", "loai")) {
            params.put(k, blankToNull(ctx.queryParam(k)));
        }
        String sort = sortParam(ctx);
        boolean up = ascending(ctx, sort);
        List<Pages.Column> columns = new ArrayList<>();
        COLUMNS.forEach((key, label) -> {
            Map<String, Object> p = Links.with(params, "sap-xep", key);
            if (key.equals(sort)) {
                p.put("chieu", up ? "giam" : "tang");
            }
            columns.add(new Pages.Column(label, Links.withQuery("/", p), key.equals(sort) ? up ? " ▲" : " ▼" : ""));
        });
        List<String> periods = new ArrayList<>(all.stream().filter(r -> r.period() != null)
                .sorted(java.util.Comparator.comparing(Store.ReportRow::periodKey).reversed())
                .map(r -> r.period().label()).distinct().toList());
        return new Pages.Listing(units(archive), periods,
                all.stream().map(r -> typeName(r.docType())).filter(t -> t != null).distinct().sorted().toList(),
                params.get("don-vi") == null ? "" : (String) params.get("don-vi"),
                params.get("ky") == null ? "" : (String) params.get("ky"),
                params.get("loai") == null ? "" : (String) params.get("loai"), columns, sort);
    }

    /**
     * The hits of a page as people read them: the hits of one section in several versions of one report (the
     * pre-issue DOCX and the signed PDF) and repeated hits of one section are one hit, shown as the issued
     * version's when it is among them, with links to the others; each links to its section with the query, so
     * that the report page highlights its words.
     */
    static List<Pages.HitView> hits(Archive archive, List<Search.Hit> found, String q) {
        Map<String, List<Search.Hit>> groups = new LinkedHashMap<>();
        for (Search.Hit h : found) {
            groups.computeIfAbsent(archive.versions().current(h.reportId()) + "|" + h.sectionPath(), k -> new ArrayList<>())
                    .add(h);
        }
        List<Pages.HitView> out = new ArrayList<>();
        for (List<Search.Hit> g : groups.values()) {
            long current = archive.versions().current(g.getFirst().reportId());
            Search.Hit h = g.stream().filter(x -> x.reportId() == current).findFirst().orElse(g.getFirst());
            Store.ReportRow r = archive.report(h.reportId()).orElse(null);
            List<Pages.Link> versions = new ArrayList<>();
            for (long v : archive.versions().versions(h.reportId())) {
                if (v != h.reportId()) {
                    archive.report(v).ifPresent(o -> versions.add(new Pages.Link(versionLabel(o),
                            sectionLink(v, h.sectionPath(), q))));
                }
            }
            out.add(new Pages.HitView(sectionLink(h.reportId(), h.sectionPath(), q), h.unit(), h.period(),
                    r == null ? null : r.title(), r == null ? null : r.symbol(),
                    r == null ? null : vn.baocao.extract.VietnameseDates.display(r.date()), h.sectionPath(),
                    h.sectionPath().isEmpty() ? "Phần mở đầu/kết thúc" : h.sectionTitle(), Markup.snippet(h.snippet(), q),
                    versions));
        }
        return out;
    }

    /** A version of a report as the hits name it: its file format and whether it is the issued one or a draft. */
    static String versionLabel(Store.ReportRow r) {
        String format = r.format() == null ? "tệp" : r.format().toUpperCase(java.util.Locale.ROOT);
        String state = r.draft() ? "bản dự thảo" : r.symbol() != null && !r.symbol().isEmpty()
                && Character.isDigit(r.symbol().charAt(0)) ? "bản đã ban hành" : "bản chưa có số";
        return format + ", " + state + (r.symbol() == null ? "" : " (" + r.symbol() + ")");
    }

    /** A report's section, with the query that found it (highlighted there). */
    static String sectionLink(long id, String section, String q) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        return Links.withQuery(Links.report(id), params) + (section == null || section.isEmpty() ? "" : "#muc-" + section);
    }

    private static Pages.FacetGroup facet(String label, String key, Map<String, Integer> counts, Map<String, Object> params) {
        List<Pages.FacetValue> values = new ArrayList<>();
        counts.forEach((v, n) -> values.add(new Pages.FacetValue(key.equals("section") ? "Mục " + v : v, n,
                Links.withQuery("/", Links.with(Links.with(params, key, v), "page", null)), v.equals(params.get(key)))));
        return new Pages.FacetGroup(label, values);
    }

    private void report(Context ctx) throws Exception {
        long id = idParam(ctx);
        String q = blankToNull(ctx.queryParam("q"));
        try (Archive archive = Archive.open(settings.data())) {
            Archive.ReportDetail d = archive.detail(id).orElseThrow(() -> new NotFoundResponse("Không có báo cáo mã " + id + "."));
            List<Pages.Section> sections = new ArrayList<>();
            for (Store.SectionRow s : d.sections()) {
                List<Store.ReferenceRow> refs = d.references().stream().filter(r -> s.path().equals(r.section())).toList();
                List<Store.FigureRow> figs = d.figures().stream().filter(f -> s.path().equals(f.section())).toList();
                String label = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
                sections.add(new Pages.Section("muc-" + s.path(), label.strip(), s.level(), Markup.blocks(s.body(), refs, figs, q),
                        Markup.notes(s.body(), refs)));
            }
            Store.ReportRow r = d.report();
            List<Pages.Link> versions = new ArrayList<>();
            for (long v : archive.versions().versions(id)) {
                if (v != id) {
                    archive.report(v).ifPresent(o -> versions.add(new Pages.Link(versionLabel(o), Links.report(v))));
                }
            }
            render(ctx, "report.jte", new Pages.Report(frame(ctx, r.title() == null ? "Báo cáo " + id : r.title(), "tim"),
                    r, r.period() == null ? null : r.period().label(), vn.baocao.extract.VietnameseDates.display(r.date()),
                    sections, citedDocs(d.references()), d.references().size(), d.commitments(),
                    r.sourceCopy() == null ? null : Links.source(id), originalName(r), q, Links.report(id), versions,
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
            List<Pages.Link> sections = paths.stream().map(p -> new Pages.Link(p.isEmpty() ? "mở đầu" : p,
                    p.isEmpty() ? "#" : "#muc-" + p)).toList();
            out.add(new Pages.CitedDoc(first.symbol() != null ? first.symbol() : first.canonical(),
                    first.canonical() == null ? null : Links.plan(first.canonical()),
                    firstOf(g, Store.ReferenceRow::typeName), vn.baocao.extract.VietnameseDates.display(firstOf(g, Store.ReferenceRow::date)),
                    firstOf(g, Store.ReferenceRow::subject), g.size(), sections));
        }
        return out;
    }

    private static <T> String firstOf(List<T> rows, java.util.function.Function<T, String> field) {
        return rows.stream().map(field).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
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
            List<Pages.Citing> cites = citing(archive, c.of(doc.symbol()));
            render(ctx, "plan.jte", new Pages.Plan(frame(ctx, "Văn bản " + doc.symbol(), "tim"), doc.symbol(), doc.type(),
                    doc.number(), vn.baocao.extract.VietnameseDates.display(doc.date()), doc.issuer(), doc.subject(), cites));
        }
    }

    /** The citations of a document, one row per citing report (its versions together), earliest first. */
    static List<Pages.Citing> citing(Archive archive, List<Citations.Citation> all) {
        Map<Long, List<Citations.Citation>> byReport = new LinkedHashMap<>();
        for (Citations.Citation x : all) {
            byReport.computeIfAbsent(archive.versions().current(x.reportId()), k -> new ArrayList<>()).add(x);
        }
        List<Pages.Citing> out = new ArrayList<>();
        byReport.forEach((id, g) -> {
            // the current version's own mentions when it has any, else those of the version that cites
            long shown = g.stream().anyMatch(x -> x.reportId() == id) ? id : g.getFirst().reportId();
            List<Citations.Citation> own = g.stream().filter(x -> x.reportId() == shown).toList();
            Store.ReportRow r = archive.report(shown).orElse(null);
            Set<String> paths = new LinkedHashSet<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Citations.Citation x : own) {
                String p = x.section() == null ? "" : x.section();
                paths.add(p);
                titles.putIfAbsent(p, x.sectionTitle());
            }
            List<Pages.Link> sections = paths.stream().map(p -> new Pages.Link(p.isEmpty() ? "phần mở đầu/kết thúc"
                    : "mục " + (titles.get(p) == null ? p : titles.get(p)), Links.report(shown) + (p.isEmpty() ? "" : "#muc-" + p)))
                    .toList();
            Citations.Citation first = own.getFirst();
            out.add(new Pages.Citing(Links.report(shown), first.unit(), first.period(), r == null ? null : r.symbol(),
                    vn.baocao.extract.VietnameseDates.display(first.reportDate()), r == null ? null : r.title(), sections,
                    own.size(), first.text(), archive.versions().versions(shown).size()));
        });
        return out;
    }

    private void figures(Context ctx) throws Exception {
        String subject = blankToNull(ctx.queryParam("subject"));
        Set<String> chosen = new LinkedHashSet<>(ctx.queryParams("unit"));
        try (Archive archive = Archive.open(settings.data())) {
            FigureSeries series = new FigureSeries(archive);
            List<Pages.UnitChoice> units = units(archive).stream().map(u -> new Pages.UnitChoice(u, chosen.contains(u))).toList();
            List<FigureSeries.Point> all = subject == null ? List.of() : points(series, subject, chosen);
            List<FigureSeries.Measure> measures = FigureSeries.measures(all);
            FigureSeries.Measure measure = chosenMeasure(ctx, measures);
            List<FigureSeries.Point> points = measure == null ? List.of() : FigureSeries.of(all, measure);
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
                    series.subjects(200), units, links, measure == null ? null : measure.label(),
                    Chart.of(points), points,
                    subject == null ? null : Links.withQuery("/so-lieu.csv",
                            Links.with(params, "measure", String.valueOf(measures.indexOf(measure) + 1))),
                    subject != null && points.isEmpty() ? "Không có số liệu nào khớp «" + subject + "»." : null));
        }
    }

    /**
     * The measure chosen on the figures page by its 1-based {@code measure} parameter (the first, the one in most
     * reports, by default), or null when the subject matched none.
     */
    private static FigureSeries.Measure chosenMeasure(Context ctx, List<FigureSeries.Measure> measures) {
        String m = blankToNull(ctx.queryParam("measure"));
        if (measures.isEmpty()) {
            return null;
        }
        if (m == null) {
            return measures.getFirst();
        }
        try {
            int pick = Integer.parseInt(m.strip());
            if (pick >= 1 && pick <= measures.size()) {
                return measures.get(pick - 1);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("Loại số liệu phải từ 1 đến " + measures.size() + ".");
    }

    private void figuresCsv(Context ctx) throws Exception {
        String subject = blankToNull(ctx.queryParam("subject"));
        if (subject == null) {
            throw new IllegalArgumentException("Thiếu nội dung số liệu cần tải.");
        }
        try (Archive archive = Archive.open(settings.data())) {
            List<FigureSeries.Point> all = points(new FigureSeries(archive), subject, new LinkedHashSet<>(ctx.queryParams("unit")));
            FigureSeries.Measure m = chosenMeasure(ctx, FigureSeries.measures(all));
            String name = "so-lieu-" + Links.slug(subject);
            if (m != null) {
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

    /**
     * The user's verdict on a commitment's match ({@code verdict} confirmed or rejected, {@code id} report.ordinal,
     * {@code section} optional): stored (as {@code baocao commitments --confirm/--reject}), then back to the list.
     */
    private void reviewCommitment(Context ctx) throws Exception {
        String id = blankToNull(ctx.formParam("id"));
        String verdict = blankToNull(ctx.formParam("verdict"));
        String section = blankToNull(ctx.formParam("section"));
        if (id == null || !id.matches("\\d{1,18}\\.\\d{1,9}")) {
            throw new IllegalArgumentException("Mã cam kết không hợp lệ.");
        }
        try (Archive archive = Archive.open(settings.data())) {
            CommitmentTracker tracker = new CommitmentTracker(archive);
            if ("confirmed".equals(verdict)) {
                tracker.confirm(id, section);
            } else if ("rejected".equals(verdict)) {
                tracker.reject(id, section);
            } else {
                throw new IllegalArgumentException("Chỉ có thể xác nhận hoặc bác bỏ.");
            }
        }
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("unit", blankToNull(ctx.formParam("unit")));
        back.put("period", blankToNull(ctx.formParam("period")));
        ctx.redirect(Links.withQuery("/cam-ket", back) + "#cam-ket-" + id.replace('.', '-'), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void draft(Context ctx) throws Exception {
        String unit = blankToNull(ctx.queryParam("unit"));
        String period = blankToNull(ctx.queryParam("period"));
        Long from = fromParam(ctx);
        List<String> units;
        List<Pages.Choice> bases = new ArrayList<>();
        try (Archive archive = Archive.open(settings.data())) {
            units = units(archive);
            if (unit != null) {
                List<Store.ReportRow> own = new ArrayList<>(archive.reports(ReportFilter.ALL).stream()
                        .filter(r -> unit.equals(r.issuer())).toList());
                java.util.Collections.reverse(own); // latest first
                for (Store.ReportRow r : own) {
                    bases.add(new Pages.Choice(String.valueOf(r.id()), (r.period() == null ? "kỳ không rõ" : r.period().label())
                            + (r.date() == null ? "" : " — " + vn.baocao.extract.VietnameseDates.display(r.date()))
                            + (r.symbol() == null ? "" : " — số " + r.symbol()) + " (mã " + r.id() + ")"));
                }
            }
        }
        Pages.Frame frame = frame(ctx, "Soạn dự thảo", "du-thao");
        String fromValue = from == null ? "" : from.toString();
        if (unit == null || period == null) {
            render(ctx, "draft.jte", new Pages.Draft(frame, unit == null ? "" : unit, period == null ? "" : period, units,
                    bases, fromValue, null, null, null, null, List.of(), null));
            return;
        }
        String error = null;
        Pages.Link base = null, lastYear = null;
        List<Pages.PreviewSection> preview = List.of();
        try {
            StoreHistory h = history();
            Period target = Period.parse(period);
            BaseSelector.Choice c = NextDraft.choose(h, unit, target, from);
            base = describe(c.base());
            lastYear = c.sameLastYear() == null ? null : describe(c.sameLastYear());
            preview = preview(NextDraft.build(h, c, target));
        } catch (DraftException | IllegalArgumentException e) {
            error = e.getMessage();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit);
        params.put("period", period);
        params.put("from", from);
        render(ctx, "draft.jte", new Pages.Draft(frame, unit, period, units, bases, fromValue, base, lastYear,
                error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "docx")) : null,
                error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "md")) : null, preview, error));
    }

    /** The base report named on the draft page ({@code from}), or null for the unit's latest earlier one. */
    private static Long fromParam(Context ctx) {
        String v = blankToNull(ctx.queryParam("from"));
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Mã báo cáo gốc «" + v + "» phải là số.");
        }
    }

    /** A draft as the draft page previews it: the sections with their text, figures to update marked, tables. */
    static List<Pages.PreviewSection> preview(ReportDraft d) {
        List<Pages.PreviewSection> out = new ArrayList<>();
        List<Pages.PreviewItem> opening = new ArrayList<>();
        d.preamble().forEach(p -> opening.add(previewItem(p)));
        if (!opening.isEmpty()) {
            out.add(new Pages.PreviewSection(d.header().subject() == null ? "BÁO CÁO" : "BÁO CÁO — " + d.header().subject(),
                    1, opening, List.of()));
        }
        for (ReportDraft.Section s : d.sections()) {
            List<Pages.PreviewItem> items = new ArrayList<>();
            for (ReportDraft.Item i : s.body()) {
                items.add(i instanceof ReportDraft.StatisticsTable t ? new Pages.PreviewItem(null, t.rows())
                        : previewItem((ReportDraft.Paragraph) i));
            }
            String heading = ((s.number() == null ? "" : s.number() + " ") + (s.heading() == null ? "" : s.heading())).strip();
            out.add(new Pages.PreviewSection(heading, s.level(), items,
                    s.checklist().stream().map(ReportDraft.Commitment::text).toList()));
        }
        List<Pages.PreviewItem> closing = new ArrayList<>();
        d.closing().forEach(p -> closing.add(previewItem(p)));
        if (!closing.isEmpty()) {
            out.add(new Pages.PreviewSection("", 1, closing, List.of()));
        }
        return out;
    }

    private static Pages.PreviewItem previewItem(ReportDraft.Paragraph p) {
        List<Markup.Run> runs = new ArrayList<>();
        for (ReportDraft.Piece piece : p.pieces()) {
            if (piece instanceof ReportDraft.FigureMark f) {
                runs.add(new Markup.Run(f.shown() + (f.note() == null ? "" : " " + f.note()), Markup.Kind.FIGURE, null));
            } else {
                runs.add(new Markup.Run(((ReportDraft.Text) piece).text(), Markup.Kind.TEXT, null));
            }
        }
        return new Pages.PreviewItem(runs, null);
    }

    private void draftDownload(Context ctx) throws Exception {
        String unit = blankToNull(ctx.queryParam("unit"));
        Period target = Period.parse(ctx.queryParam("period"));
        boolean markdown = "md".equals(ctx.queryParam("format"));
        StoreHistory h = history();
        BaseSelector.Choice choice = NextDraft.choose(h, unit, target, fromParam(ctx));
        // the checks of the carried figures (the DOCX's comments) run beside the drafting and writing
        Extraction base = h.load(choice.base());
        CompletableFuture<List<Finding>> findings = markdown ? null : CompletableFuture.supplyAsync(() -> checks.check(base));
        ReportDraft d = NextDraft.build(h, choice, target);
        Path tmp = Files.createTempFile("baocao-du-thao-", markdown ? ".md" : ".docx");
        try {
            if (markdown) {
                new MarkdownDraftWriter().write(d, tmp);
            } else {
                new DocxDraftWriter(settings.template()).write(d, tmp, doc -> FindingComments.add(doc, findings.join()));
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
        if (!importing.tryAcquire()) {
            message(ctx, 409, "Đang có một lượt nhập khác; hãy đợi xong rồi gửi lại.");
            return;
        }
        boolean handedOver = false;
        Uploads uploads = new Uploads(limit);
        try {
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                if ((f.filename() == null || f.filename().isBlank()) && f.size() == 0) {
                    continue; // the empty part a browser sends when no file was chosen
                }
                try (InputStream in = f.content()) {
                    uploads.add(f.filename(), in);
                }
            }
            if (uploads.staged().isEmpty() && uploads.rejected().isEmpty()) {
                ctx.status(400);
                render(ctx, "import.jte", new Pages.Import(frame, limit / (1024 * 1024), List.of(), null,
                        "Chưa chọn tệp nào: hãy chọn (hoặc kéo thả) tệp báo cáo hay tệp ZIP rồi bấm «Nhập»."));
                return;
            }
            ImportJob job = new ImportJob(uploads);
            if ("1".equals(ctx.header(PROGRESS_HEADER))) {
                // the page follows the import file by file (GET /nhap/tien-do/ID) while it runs here
                String id = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
                jobs.put(id, job);
                Thread.ofVirtual().name("baocao-nhap-" + id).start(() -> {
                    try {
                        job.run(settings);
                    } finally {
                        try {
                            uploads.close();
                        } catch (IOException e) {
                            // the staged copies are in a temporary folder: left for the system to clear
                        } finally {
                            importing.release();
                        }
                    }
                });
                handedOver = true;
                ctx.json(Map.of("job", id, "progress", "/nhap/tien-do/" + id));
                return;
            }
            job.run(settings);
            render(ctx, "import.jte", new Pages.Import(frame, limit / (1024 * 1024), job.results(), job.summary(), null));
        } finally {
            if (!handedOver) {
                uploads.close();
                importing.release();
            }
        }
    }

    /** The progress of an import started from the page: every file with its outcome so far, the summary at the end. */
    private void importProgress(Context ctx) {
        ImportJob job = jobs.get(ctx.pathParam("id"));
        if (job == null) {
            throw new NotFoundResponse("Không có lượt nhập này (có thể đã quá cũ).");
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (Pages.FileResult r : job.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("outcome", r.outcome());
            m.put("reason", r.reason());
            m.put("failed", r.failed());
            files.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("done", job.done());
        out.put("decided", job.decided());
        out.put("total", job.total());
        out.put("files", files);
        out.put("summary", job.done() ? job.summary() : null);
        ctx.header("Cache-Control", "no-store");
        ctx.json(out);
    }

    /** The request header with which the page asks for an import it can follow (value "1"). */
    static final String PROGRESS_HEADER = "X-Baocao-Progress";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** One import of uploaded files: the outcome of each file as it is decided, and the summary at the end. */
    private static final class ImportJob {
        private final Uploads uploads;
        private final Map<String, Importer.Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile Importer.Summary summary;
        private volatile String error;

        ImportJob(Uploads uploads) {
            this.uploads = uploads;
        }

        void run(Settings settings) {
            try {
                summary = new Importer(settings.data(), settings.extractor(),
                        Math.max(1, Runtime.getRuntime().availableProcessors()),
                        ImportProgress.listening(outcomes::put)).importPaths(uploads.staged());
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
                out.add(o == null ? new Pages.FileResult(uploads.nameOf(p), "đang chờ", null, false)
                        : new Pages.FileResult(uploads.nameOf(p), o.vietnamese(),
                        reasons.getOrDefault(p.toString(), o == Importer.Outcome.FAILED ? error : null),
                        o == Importer.Outcome.FAILED));
            }
            return out;
        }

        String summary() {
            if (summary == null) {
                return error == null ? null : "Lỗi khi nhập: " + error;
            }
            return String.format("%d tệp — đã nhập %d (cập nhật %d), không đổi %d, lỗi %d.", total(),
                    summary.imported(), summary.replaced(), summary.unchanged(), summary.failed() + uploads.rejected().size());
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
        render(ctx, "message.jte", new Pages.Message(new Pages.Frame(title(status), "", token), status, text));
    }

    /** The page of an error Jetty answers itself ({@link ErrorPages}): no request reached the app. */
    private String errorPage(int status, String text) {
        StringOutput out = new StringOutput();
        templates.render("message.jte", new Pages.Message(new Pages.Frame(title(status), "", null), status, text), out);
        return out.toString();
    }

    private static String title(int status) {
        return status < 400 ? "Thông báo" : "Lỗi " + status;
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
