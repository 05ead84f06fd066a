package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * {@code GET /nhap}: the import form; {@code POST /nhap}: the uploaded files (reports, ZIPs) imported, at once or,
 * asked with {@link #PROGRESS_HEADER}, in the background; {@code GET /nhap/tien-do/{id}}: that import's progress.
 * One import at a time.
 */
final class ImportPage {

    /** The request header with which the page asks for an import it can follow (value "1"). */
    static final String PROGRESS_HEADER = "X-Baocao-Progress";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebApp.Settings settings;
    private final Responses out;
    /** One import at a time (held by the request, or by the background import it started). */
    private final Semaphore importing = new Semaphore(1);
    /** The imports started from the page with live progress, the newest last (a few kept). */
    private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > 20;
        }
    });

    ImportPage(WebApp.Settings settings, Responses out) {
        this.settings = settings;
        this.out = out;
    }

    void form(Context ctx) {
        out.render(ctx, "import.jte", new Pages.Import(frame(ctx), limitMb(), List.of(), null, null));
    }

    void upload(Context ctx) throws Exception {
        long limit = settings.uploadLimitBytes();
        Pages.Frame frame = frame(ctx);
        if (ctx.contentLength() > limit) {
            throw new Uploads.TooLarge(limit);
        }
        if (!importing.tryAcquire()) {
            out.message(ctx, 409, "Đang có một lượt nhập khác; hãy đợi xong rồi gửi lại.");
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
                out.render(
                        ctx,
                        "import.jte",
                        new Pages.Import(
                                frame,
                                limitMb(),
                                List.of(),
                                null,
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
            out.render(ctx, "import.jte", new Pages.Import(frame, limitMb(), job.results(), job.summary(), null));
        } finally {
            if (!handedOver) {
                uploads.close();
                importing.release();
            }
        }
    }

    /** The progress of an import started from the page: every file with its outcome so far, the summary at the end. */
    void progress(Context ctx) {
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
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("done", job.done());
        answer.put("decided", job.decided());
        answer.put("total", job.total());
        answer.put("files", files);
        answer.put("summary", job.done() ? job.summary() : null);
        ctx.header("Cache-Control", "no-store");
        ctx.json(answer);
    }

    private static Pages.Frame frame(Context ctx) {
        return Responses.frame(ctx, "Nhập báo cáo", "nhap");
    }

    private long limitMb() {
        return settings.uploadLimitBytes() / (1024 * 1024);
    }
}
