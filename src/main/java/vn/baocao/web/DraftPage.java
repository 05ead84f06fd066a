package vn.baocao.web;

import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.baocao.check.Finding;
import vn.baocao.check.FindingComments;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.BaseSelector;
import vn.baocao.draft.DocxDraftWriter;
import vn.baocao.draft.DraftException;
import vn.baocao.draft.MarkdownDraftWriter;
import vn.baocao.draft.NextDraft;
import vn.baocao.draft.ReportDraft;
import vn.baocao.draft.StoreHistory;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.read.ReadException;
import vn.baocao.store.Store;

/**
 * {@code GET /du-thao}: the draft of a {@code unit}'s next report for a {@code period} (from the base report
 * {@code from}, default the latest earlier one) previewed; {@code GET /du-thao/tai-ve}: the draft as DOCX (with
 * the base's figure checks as comments) or Markdown ({@code format=md}).
 *
 * @param settings the data folder, the extractor and the DOCX template
 * @param out      how the page answers
 * @param checks   the figure checks written into a DOCX draft
 */
record DraftPage(WebApp.Settings settings, Responses out, ReportCheck checks) {

    void show(Context ctx) throws Exception {
        String unit = Params.text(ctx, "unit");
        String period = Params.text(ctx, "period");
        Long from = fromParam(ctx);
        List<String> units;
        List<Pages.Choice> bases = new ArrayList<>();
        try (Archive archive = Archive.open(settings.data())) {
            units = Reports.units(archive);
            if (unit != null) {
                List<Store.ReportRow> own = new ArrayList<>(archive.reports(ReportFilter.ALL).stream()
                        .filter(r -> unit.equals(r.issuer()))
                        .toList());
                Collections.reverse(own); // latest first
                for (Store.ReportRow r : own) {
                    bases.add(new Pages.Choice(
                            String.valueOf(r.id()),
                            (r.period() == null ? "kỳ không rõ" : r.period().label())
                                    + (r.date() == null ? "" : " — " + VietnameseDates.display(r.date()))
                                    + (r.symbol() == null ? "" : " — số " + r.symbol()) + " (mã " + r.id() + ")"));
                }
            }
        }
        Pages.Frame frame = Responses.frame(ctx, "Soạn dự thảo", "du-thao");
        String fromValue = from == null ? "" : from.toString();
        if (unit == null || period == null) {
            out.render(
                    ctx,
                    "draft.jte",
                    new Pages.Draft(
                            frame,
                            unit == null ? "" : unit,
                            period == null ? "" : period,
                            units,
                            bases,
                            fromValue,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null));
            return;
        }
        String error = null;
        Pages.Link base = null, lastYear = null;
        List<Pages.PreviewSection> preview = List.of();
        try {
            StoreHistory h = history();
            Period target = Period.parse(period);
            BaseSelector.Choice c = NextDraft.choose(h, unit, target, from);
            base = Reports.describe(c.base());
            lastYear = c.sameLastYear() == null ? null : Reports.describe(c.sameLastYear());
            preview = preview(NextDraft.build(h, c, target, settings.extractor().rules()));
        } catch (DraftException | IllegalArgumentException e) {
            error = e.getMessage();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("unit", unit);
        params.put("period", period);
        params.put("from", from);
        out.render(
                ctx,
                "draft.jte",
                new Pages.Draft(
                        frame,
                        unit,
                        period,
                        units,
                        bases,
                        fromValue,
                        base,
                        lastYear,
                        error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "docx")) : null,
                        error == null ? Links.withQuery("/du-thao/tai-ve", Links.with(params, "format", "md")) : null,
                        preview,
                        error));
    }

    /** The base report named on the draft page ({@code from}), or null for the unit's latest earlier one. */
    private static Long fromParam(Context ctx) {
        String v = Params.text(ctx, "from");
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
            out.add(new Pages.PreviewSection(
                    d.header().subject() == null
                            ? "BÁO CÁO"
                            : "BÁO CÁO — " + d.header().subject(),
                    1,
                    opening,
                    List.of()));
        }
        for (ReportDraft.Section s : d.sections()) {
            List<Pages.PreviewItem> items = new ArrayList<>();
            for (ReportDraft.Item i : s.body()) {
                items.add(
                        i instanceof ReportDraft.StatisticsTable t
                                ? new Pages.PreviewItem(null, t.rows())
                                : previewItem((ReportDraft.Paragraph) i));
            }
            String heading =
                    ((s.number() == null ? "" : s.number() + " ") + (s.heading() == null ? "" : s.heading())).strip();
            out.add(new Pages.PreviewSection(
                    heading,
                    s.level(),
                    items,
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
                runs.add(
                        new Markup.Run(f.shown() + (f.note() == null ? "" : " " + f.note()), Markup.Kind.FIGURE, null));
            } else {
                runs.add(new Markup.Run(((ReportDraft.Text) piece).text(), Markup.Kind.TEXT, null));
            }
        }
        return new Pages.PreviewItem(runs, null);
    }

    void download(Context ctx) throws Exception {
        String unit = Params.text(ctx, "unit");
        Period target = Period.parse(ctx.queryParam("period"));
        boolean markdown = "md".equals(ctx.queryParam("format"));
        StoreHistory h = history();
        BaseSelector.Choice choice = NextDraft.choose(h, unit, target, fromParam(ctx));
        Path tmp = Files.createTempFile("baocao-du-thao-", markdown ? ".md" : ".docx");
        try {
            // the checks of the carried figures (the DOCX's comments) run beside the drafting and writing
            Extraction base = h.load(choice.base());
            CompletableFuture<List<Finding>> findings =
                    markdown ? null : CompletableFuture.supplyAsync(() -> checks.check(base));
            ReportDraft d =
                    NextDraft.build(h, choice, target, settings.extractor().rules());
            if (markdown) {
                new MarkdownDraftWriter().write(d, tmp);
            } else {
                new DocxDraftWriter(settings.template())
                        .write(d, tmp, doc -> FindingComments.add(doc, findings.join()));
            }
            String name = "du-thao-" + target.label().replace(' ', '-') + (markdown ? ".md" : ".docx");
            Responses.download(
                    ctx,
                    Files.readAllBytes(tmp),
                    name,
                    markdown
                            ? "text/markdown; charset=utf-8"
                            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        } catch (ReadException e) {
            throw new DraftException("Không đọc được báo cáo gốc: " + e.reason().vietnamese(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private StoreHistory history() {
        StoreHistory h = StoreHistory.open(settings.data(), settings.extractor());
        if (h == null) {
            throw new DraftException("Chưa có báo cáo nào trong kho: hãy nhập báo cáo trước.");
        }
        return h;
    }
}
