package vn.baocao.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How the pages answer: a template rendered with its view record ({@code src/main/jte}, HTML-escaped), the
 * message page of a status, or a file to download. One per server (the precompiled templates are loaded once).
 */
final class Responses {

    /** The largest body of a refused request read to its end before the answer (see {@link #message}). */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** What every page needs: its title, the menu entry to mark ("tim", "so-lieu", …) and this browser's CSRF token. */
    static Pages.Frame frame(Context ctx, String title, String active) {
        return new Pages.Frame(title, active, Guard.token(ctx));
    }

    /** Answers with a page: the template rendered with its view record. */
    void render(Context ctx, String template, Object model) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html(template, model));
    }

    /** Answers with the message page: {@code status} (200 for a plain notice) and its Vietnamese text. */
    void message(Context ctx, int status, String text) {
        ctx.status(status);
        if (status >= 400 && (ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null)) {
            // a refused request's body is left unread: a small one is read to its end, so that the client, still
            // sending it, gets this answer; a large one is not, and the connection is closed after the answer
            if (ctx.contentLength() > 0 && ctx.contentLength() <= DRAIN_LIMIT) {
                try (InputStream in = ctx.req().getInputStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException | RuntimeException e) {
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
    String errorPage(int status, String text) {
        return html("message.jte", new Pages.Message(new Pages.Frame(title(status), "", null), status, text));
    }

    /** Answers with a file to save: {@code name} as the browser should name it (UTF-8, with an ASCII fallback). */
    static void download(Context ctx, byte[] body, String name, String type) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(type);
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Links.encode(name));
        ctx.result(body);
    }

    private String html(String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        return out.toString();
    }

    private static String title(int status) {
        return status < 400 ? "Thông báo" : "Lỗi " + status;
    }
}
