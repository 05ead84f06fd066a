package vn.baocao.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.DocumentTypes;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.Store;

/**
 * The home list of the search page (no query): the imported reports (current versions) passing the unit, period
 * and type chosen ({@code don-vi}, {@code ky}, {@code loai}), sorted by {@code sap-xep} (a column of {@link #COLUMNS};
 * default the period, latest first) in the order {@code chieu} ({@code tang}/{@code giam}).
 */
final class ReportList {

    /** How many reports the home page lists (latest period first). */
    static final int LISTED_REPORTS = 200;

    /** The columns of the home list people can sort by: parameter value and header. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("don-vi", "Đơn vị");
        COLUMNS.put("loai", "Loại");
        COLUMNS.put("ky", "Kỳ");
        COLUMNS.put("ngay", "Ngày");
        COLUMNS.put("tieu-de", "Tiêu đề");
    }

    private final DocumentTypes types;

    /** A list naming document types by the catalogue of the server's rules. */
    ReportList(RuleSet rules) {
        this.types = new DocumentTypes(rules);
    }

    /** The display name of a document type code ("BC" → "Báo cáo"), from the rules' catalogue. */
    private String typeName(String code) {
        if (code == null) {
            return null;
        }
        var t = types.byCode(code);
        return t == null ? code : t.displayName();
    }

    /** The reports of the list, filtered and sorted as asked. */
    List<Pages.Listed> listed(Archive archive, Context ctx) {
        String unit = Params.text(ctx, "don-vi");
        String period = Params.text(ctx, "ky");
        String type = Params.text(ctx, "loai");
        List<Entry> rows = new ArrayList<>();
        for (Store.ReportRow r : archive.reports(ReportFilter.ALL)) {
            Pages.Listed l = new Pages.Listed(
                    r.id(),
                    r.issuer(),
                    typeName(r.docType()),
                    r.period() == null ? "" : r.period().label(),
                    VietnameseDates.display(r.date()),
                    r.title());
            if ((unit == null || unit.equals(r.issuer()))
                    && (period == null || period.equals(l.period()))
                    && (type == null || type.equals(l.type()))) {
                rows.add(new Entry(r, l));
            }
        }
        String sort = sortParam(ctx);
        Comparator<String> text = Comparator.nullsLast(Comparator.comparing(VietnameseText::matchKey));
        Comparator<Entry> by = switch (sort) {
            case "don-vi" -> Comparator.comparing(e -> e.row().issuer(), text);
            case "loai" -> Comparator.comparing(e -> e.shown().type(), text);
            case "ngay" ->
                Comparator.comparing(e -> e.row().date(), Comparator.nullsFirst(Comparator.<String>naturalOrder()));
            case "tieu-de" -> Comparator.comparing(e -> e.row().title(), text);
            default ->
                Comparator.comparing(
                        e -> e.row().periodKey(), Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
        };
        rows.sort(by.thenComparing(e -> e.row().id()));
        if (!ascending(ctx, sort)) {
            Collections.reverse(rows);
        }
        return rows.stream().map(Entry::shown).toList();
    }

    /** A report of the list: its row (sorted by) and the view of it the page shows. */
    private record Entry(Store.ReportRow row, Pages.Listed shown) {}

    private static String sortParam(Context ctx) {
        String s = Params.text(ctx, "sap-xep");
        return s != null && COLUMNS.containsKey(s) ? s : "ky";
    }

    /** Text columns sort A to Z by default, the period and the date latest first. */
    private static boolean ascending(Context ctx, String sort) {
        String dir = ctx.queryParam("chieu");
        return dir == null ? !sort.equals("ky") && !sort.equals("ngay") : dir.equals("tang");
    }

    /** The list's filters (the values of the imported reports, the chosen ones) and its sorting column headers. */
    Pages.Listing listing(Archive archive, Context ctx) {
        List<Store.ReportRow> all = archive.reports(ReportFilter.ALL);
        Map<String, Object> params = new LinkedHashMap<>();
        for (String k : List.of("don-vi", "ky", "loai")) {
            params.put(k, Params.text(ctx, k));
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
        List<String> periods = new ArrayList<>(all.stream()
                .filter(r -> r.period() != null)
                .sorted(Comparator.comparing(Store.ReportRow::periodKey).reversed())
                .map(r -> r.period().label())
                .distinct()
                .toList());
        return new Pages.Listing(
                Reports.units(archive),
                periods,
                all.stream()
                        .map(r -> typeName(r.docType()))
                        .filter(t -> t != null)
                        .distinct()
                        .sorted()
                        .toList(),
                params.get("don-vi") == null ? "" : (String) params.get("don-vi"),
                params.get("ky") == null ? "" : (String) params.get("ky"),
                params.get("loai") == null ? "" : (String) params.get("loai"),
                columns,
                sort);
    }
}
