package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.ReportFilter;
import vn.baocao.query.Search;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

/**
 * {@code GET /}: the search page ({@code q}, filtered by {@code unit}, {@code level}, {@code year}, {@code period},
 * {@code section}, {@code page}), or without a query the home list of the imported reports ({@link ReportList}).
 *
 * @param data the data folder searched
 * @param out  how the page answers
 * @param list    the home list (no query) of the imported reports
 * @param symbols the document symbols of the server's rules, by which a query names documents
 */
record SearchPage(DataFolder data, Responses out, ReportList list, DocumentSymbols symbols) {

    /** Hits per search page. */
    static final int PAGE_SIZE = 10;

    /** The longest search query (characters); longer ones get 414 with a Vietnamese page. */
    static final int MAX_QUERY_CHARS = 500;

    void show(Context ctx) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String k : List.of("q", "unit", "level", "year", "period", "section")) {
            String v = ctx.queryParam(k);
            if (v != null && !v.isBlank()) {
                params.put(k, v.strip());
            }
        }
        String q = (String) params.get("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new HttpResponseException(
                    414,
                    "Câu tìm kiếm dài " + q.length() + " ký tự, quá " + MAX_QUERY_CHARS
                            + " ký tự được phép. Hãy rút ngắn câu tìm kiếm (vài từ hoặc một số ký hiệu văn bản) rồi tìm lại.");
        }
        Pages.Frame frame = Responses.frame(ctx, q == null ? "Tìm kiếm báo cáo" : "Tìm: " + q, "tim");
        try (Archive archive = Archive.open(data)) {
            if (q == null) {
                List<Pages.Listed> all = list.listed(archive, ctx);
                out.render(
                        ctx,
                        "search.jte",
                        new Pages.Search(
                                frame,
                                "",
                                List.of(),
                                all.size(),
                                0,
                                0,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                all.subList(0, Math.min(all.size(), ReportList.LISTED_REPORTS)),
                                false,
                                list.listing(archive, ctx)));
                return;
            }
            int page = Math.max(1, Params.integer(ctx, "page", 1));
            ReportFilter filter = ReportFilter.of(
                    (String) params.get("unit"),
                    (String) params.get("level"),
                    params.containsKey("year") ? Params.integer(ctx, "year", 0) : null,
                    (String) params.get("period"));
            Search.Page p = new Search(archive, symbols)
                    .page(q, filter, (String) params.get("section"), (page - 1) * PAGE_SIZE, PAGE_SIZE);
            List<Pages.HitView> hits = hits(archive, p.hits(), QueryWords.of(q, symbols), q);
            List<Pages.FacetGroup> facets = List.of(
                    facet("Đơn vị", "unit", p.facets().unit(), params),
                    facet("Cấp", "level", p.facets().level(), params),
                    facet("Năm", "year", p.facets().year(), params),
                    facet("Kỳ báo cáo", "period", p.facets().period(), params),
                    facet("Mục", "section", p.facets().section(), params));
            List<Pages.Link> active = new ArrayList<>();
            for (String k : List.of("unit", "level", "year", "period", "section")) {
                if (params.containsKey(k)) {
                    active.add(new Pages.Link(
                            params.get(k).toString(), Links.withQuery("/", Links.with(params, k, null))));
                }
            }
            int from = p.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
            int to = (page - 1) * PAGE_SIZE + hits.size();
            String prev = page > 1 ? Links.withQuery("/", Links.with(params, "page", page - 1)) : null;
            String next = to < p.total() ? Links.withQuery("/", Links.with(params, "page", page + 1)) : null;
            out.render(
                    ctx,
                    "search.jte",
                    new Pages.Search(
                            frame, q, hits, p.total(), from, to, prev, next, facets, active, null, List.of(), false,
                            null));
        }
    }

    /**
     * The hits of a page as people read them: the hits of one section in several versions of one report (the
     * pre-issue DOCX and the signed PDF) and repeated hits of one section are one hit, shown as the issued
     * version's when it is among them, with links to the others; each links to its section with the query, so
     * that the report page highlights its words.
     */
    static List<Pages.HitView> hits(Archive archive, List<Search.Hit> found, QueryWords words, String q) {
        Map<String, List<Search.Hit>> groups = new LinkedHashMap<>();
        for (Search.Hit h : found) {
            groups.computeIfAbsent(
                            archive.versions().current(h.reportId()) + "|" + h.sectionPath(), k -> new ArrayList<>())
                    .add(h);
        }
        List<Pages.HitView> out = new ArrayList<>();
        for (List<Search.Hit> g : groups.values()) {
            long current = archive.versions().current(g.getFirst().reportId());
            Search.Hit h =
                    g.stream().filter(x -> x.reportId() == current).findFirst().orElse(g.getFirst());
            Store.ReportRow r = archive.report(h.reportId()).orElse(null);
            List<Pages.Link> versions =
                    Reports.otherVersions(archive, h.reportId(), v -> sectionLink(v, h.sectionPath(), q));
            out.add(new Pages.HitView(
                    sectionLink(h.reportId(), h.sectionPath(), q),
                    h.issuer(),
                    h.period(),
                    r == null ? null : r.title(),
                    r == null ? null : r.symbol(),
                    r == null ? null : VietnameseDates.display(r.date()),
                    h.sectionPath(),
                    h.sectionPath().isEmpty() ? "Phần mở đầu/kết thúc" : h.sectionTitle(),
                    Markup.snippet(h.snippet(), words),
                    versions));
        }
        return out;
    }

    /** A report's section, with the query that found it (highlighted there). */
    static String sectionLink(long id, String section, String q) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        return Links.withQuery(Links.report(id), params)
                + (section == null || section.isEmpty() ? "" : "#muc-" + section);
    }

    private static Pages.FacetGroup facet(
            String label, String key, Map<String, Integer> counts, Map<String, Object> params) {
        List<Pages.FacetValue> values = new ArrayList<>();
        counts.forEach((v, n) -> values.add(new Pages.FacetValue(
                key.equals("section") ? "Mục " + v : v,
                n,
                Links.withQuery("/", Links.with(Links.with(params, key, v), "page", null)),
                v.equals(params.get(key)))));
        return new Pages.FacetGroup(label, values);
    }
}
