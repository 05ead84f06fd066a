package vn.baocao.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.query.Archive;
import vn.baocao.query.FigureSeries;
import vn.baocao.query.ReportFilter;
import vn.baocao.store.DataFolder;

/**
 * {@code GET /so-lieu}: the series of a {@code subject}'s figures for the chosen units ({@code unit}, repeated) as
 * a chart and a table, one {@code measure} at a time; {@code GET /so-lieu.csv}: the same series as CSV.
 *
 * @param data the data folder read
 * @param out  how the page answers
 */
record FiguresPage(DataFolder data, Responses out) {

    void show(Context ctx) throws Exception {
        String subject = Params.text(ctx, "subject");
        Set<String> chosen = new LinkedHashSet<>(ctx.queryParams("unit"));
        try (Archive archive = Archive.open(data)) {
            FigureSeries series = new FigureSeries(archive);
            List<Pages.IssuerChoice> units = Reports.units(archive).stream()
                    .map(u -> new Pages.IssuerChoice(u, chosen.contains(u)))
                    .toList();
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
                links.add(new Pages.Link(
                        m.label() + " — " + m.periods() + " báo cáo",
                        Links.withQuery("/so-lieu", Links.with(params, "measure", String.valueOf(i + 1)))));
            }
            out.render(
                    ctx,
                    "figures.jte",
                    new Pages.Figures(
                            Responses.frame(ctx, "Số liệu", "so-lieu"),
                            subject == null ? "" : subject,
                            series.subjects(200),
                            units,
                            links,
                            measure == null ? null : measure.label(),
                            Chart.of(points),
                            points,
                            subject == null
                                    ? null
                                    : Links.withQuery(
                                            "/so-lieu.csv",
                                            Links.with(
                                                    params, "measure", String.valueOf(measures.indexOf(measure) + 1))),
                            subject != null && points.isEmpty()
                                    ? "Không có số liệu nào khớp «" + subject + "»."
                                    : null));
        }
    }

    /**
     * The measure chosen on the figures page by its 1-based {@code measure} parameter (the first, the one in most
     * reports, by default), or null when the subject matched none.
     */
    private static FigureSeries.Measure chosenMeasure(Context ctx, List<FigureSeries.Measure> measures) {
        String m = Params.text(ctx, "measure");
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

    void csv(Context ctx) throws Exception {
        String subject = Params.text(ctx, "subject");
        if (subject == null) {
            throw new IllegalArgumentException("Thiếu nội dung số liệu cần tải.");
        }
        try (Archive archive = Archive.open(data)) {
            List<FigureSeries.Point> all =
                    points(new FigureSeries(archive), subject, new LinkedHashSet<>(ctx.queryParams("unit")));
            FigureSeries.Measure m = chosenMeasure(ctx, FigureSeries.measures(all));
            String name = "so-lieu-" + Links.slug(subject);
            if (m != null) {
                all = FigureSeries.of(all, m);
                name += "-" + Links.slug(m.label());
            }
            String csv = FigureSeries.csv(all);
            Responses.download(
                    ctx, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), name + ".csv", "text/csv; charset=utf-8");
        }
    }

    /** The series of a subject for the chosen units (all units when none is chosen). */
    private static List<FigureSeries.Point> points(FigureSeries series, String subject, Set<String> units)
            throws Exception {
        if (units.isEmpty()) {
            return series.series(subject, ReportFilter.ALL);
        }
        List<FigureSeries.Point> out = new ArrayList<>();
        for (String u : units) {
            out.addAll(series.series(subject, ReportFilter.of(u, null, null, null)));
        }
        out.sort(Comparator.comparing(FigureSeries.Point::periodKey, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
