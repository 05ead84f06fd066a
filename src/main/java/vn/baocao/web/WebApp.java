package vn.baocao.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.DraftException;
import vn.baocao.draft.NextDraft;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.Importer;
import vn.baocao.query.Citations;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.FigureSeries;
import vn.baocao.query.QueryException;
import vn.baocao.query.Search;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/**
 * {@code baocao serve}: the web app over a data folder, in Vietnamese. A thin layer: every answer comes
 * from the same services as the command line ({@link Search}, {@link Citations}, {@link FigureSeries},
 * {@link CommitmentTracker}, {@link NextDraft}, {@link Importer}); the archive is opened afresh for each
 * request, so reports imported meanwhile by the CLI are seen at once. This class sets the server up and holds
 * the route table; each page is a class of its own ({@link SearchPage}, {@link ReportPage}, {@link DocumentPage},
 * {@link FiguresPage}, {@link CommitmentsPage}, {@link DraftPage}, {@link ImportPage}) that builds the view
 * record ({@link Pages}) its precompiled JTE template renders ({@code src/main/jte}, HTML-escaped output); the
 * style sheet and the upload script are served by the app.
 */
public final class WebApp implements AutoCloseable {

    /** The longest query string a request may carry (characters, URL-encoded); longer ones get 414. */
    static final int MAX_QUERY_STRING = 48 * 1024;

    /** The request line and headers Jetty reads; beyond it Jetty answers (414, 431) through {@link ErrorPages}. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;

    /**
     * The configuration of a server. The extractor reads uploads; its rules are the server's rules (those of
     * {@code serve --rules}), by which reports are checked, listed and followed up too.
     */
    public record Settings(
            DataFolder data,
            String bind,
            int port,
            String password,
            long uploadLimitBytes,
            ReportExtractor extractor,
            Path template) {}

    private final Settings settings;
    private final Guard guard;
    private final Responses out = new Responses();
    /** The checks of the server's rules (those of its extractor). */
    private final ReportCheck checks;

    private Javalin app;

    /**
     * @throws IllegalArgumentException (Vietnamese) for a non-loopback bind address without a password
     */
    public WebApp(Settings settings) {
        Guard.checkBind(settings.bind(), settings.password());
        this.settings = settings;
        this.guard = new Guard(settings.password());
        this.checks = new ReportCheck(settings.extractor().rules());
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        long limit = settings.uploadLimitBytes();
        RuleSet rules = settings.extractor().rules();
        DocumentSymbols symbols = new DocumentSymbols(rules);
        SearchPage search = new SearchPage(settings.data(), out, new ReportList(rules), symbols);
        ReportPage report = new ReportPage(settings, out, checks, symbols);
        DocumentPage document = new DocumentPage(settings.data(), out, symbols);
        FiguresPage figures = new FiguresPage(settings.data(), out);
        CommitmentsPage commitments = new CommitmentsPage(settings.data(), out, new SectionRoles(rules), symbols);
        DraftPage draft = new DraftPage(settings, out, checks);
        ImportPage imports = new ImportPage(settings, out);
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
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages(out::errorPage)));
            var r = config.routes;
            r.before(guard::before);
            r.before(ctx -> {
                String qs = ctx.queryString();
                if (qs != null && qs.length() > MAX_QUERY_STRING) {
                    throw new HttpResponseException(414, ErrorPages.text(414, null));
                }
            });
            // the pages: a line each, with all its routes
            r.get("/", search::show);
            r.get("/bao-cao/{id}", report::show).get("/bao-cao/{id}/tep-goc", report::source);
            r.get("/van-ban/<symbol>", document::show);
            r.get("/so-lieu", figures::show).get("/so-lieu.csv", figures::csv);
            r.get("/cam-ket", commitments::show).post("/cam-ket/danh-gia", commitments::review);
            r.get("/du-thao", draft::show).get("/du-thao/tai-ve", draft::download);
            r.get("/nhap", imports::form).post("/nhap", imports::upload).get("/nhap/tien-do/{id}", imports::progress);
            r.get("/tai-nguyen/app.css", ctx -> asset(ctx, "app.css", "text/css; charset=utf-8"));
            r.get("/tai-nguyen/app.js", ctx -> asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            r.exception(QueryException.class, (e, ctx) -> out.message(ctx, 400, e.getMessage()));
            r.exception(DraftException.class, (e, ctx) -> out.message(ctx, 400, e.getMessage()));
            r.exception(IllegalArgumentException.class, (e, ctx) -> out.message(ctx, 400, e.getMessage()));
            r.exception(Uploads.TooLarge.class, (e, ctx) -> out.message(ctx, 413, e.getMessage()));
            r.exception(
                    HttpResponseException.class,
                    (e, ctx) -> out.message(
                            ctx,
                            e.getStatus(),
                            ErrorPages.text(
                                    e.getStatus(),
                                    e.getMessage() == null
                                                    || e.getMessage().chars().allMatch(c -> c < 128)
                                            ? null
                                            : e.getMessage()))); // Javalin's defaults are English
            r.exception(Exception.class, (e, ctx) -> {
                // the operator sees what failed (standard error, simplelogger.properties); the user a short message
                org.slf4j.LoggerFactory.getLogger(WebApp.class)
                        .error("Lỗi máy chủ: " + ctx.method() + " " + ctx.path(), e);
                out.message(
                        ctx,
                        500,
                        "Lỗi máy chủ: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                                + ". Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.");
            });
            r.error(404, ctx -> {
                if (ctx.result() == null
                        || ctx.result().isEmpty()
                        || ctx.result().startsWith("Endpoint")) {
                    out.message(ctx, 404, "Không có trang này.");
                }
            });
            r.error(405, ctx -> {
                if (ctx.result() == null
                        || ctx.result().isEmpty()
                        || !ctx.result().startsWith("<!DOCTYPE")) {
                    out.message(ctx, 405, ErrorPages.text(405, null));
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

    /** The style sheet or the script of the pages, from the app's resources ({@code /web/}). */
    private static void asset(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            ctx.contentType(type);
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }
}
