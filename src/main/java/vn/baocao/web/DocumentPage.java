package vn.baocao.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.VietnameseDates;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.Citations;
import vn.baocao.store.DataFolder;
import vn.baocao.store.Store;

/**
 * {@code GET /van-ban/<symbol>}: a document the reports cite (a plan, a decision, a directive…) by its canonical
 * symbol, with the reports citing it, earliest first.
 *
 * @param data the data folder read
 * @param out     how the page answers
 * @param symbols the document symbols of the server's rules
 */
record DocumentPage(DataFolder data, Responses out, DocumentSymbols symbols) {

    void show(Context ctx) throws Exception {
        String symbol = ctx.pathParam("symbol");
        try (Archive archive = Archive.open(data)) {
            Citations c = new Citations(archive, symbols);
            Citations.CitedDocument doc = c.document(symbol);
            List<Pages.Citing> cites = citing(archive, c.of(doc.symbol()));
            out.render(
                    ctx,
                    "document.jte",
                    new Pages.Document(
                            Responses.frame(ctx, "Văn bản " + doc.symbol(), "tim"),
                            doc.symbol(),
                            doc.type(),
                            doc.number(),
                            VietnameseDates.display(doc.date()),
                            doc.issuer(),
                            doc.subject(),
                            cites));
        }
    }

    /** The citations of a document, one row per citing report (its versions together), earliest first. */
    static List<Pages.Citing> citing(Archive archive, List<Citations.Citation> all) {
        Map<Long, List<Citations.Citation>> byReport = new LinkedHashMap<>();
        for (Citations.Citation x : all) {
            byReport.computeIfAbsent(archive.versions().current(x.reportId()), k -> new ArrayList<>())
                    .add(x);
        }
        List<Pages.Citing> out = new ArrayList<>();
        byReport.forEach((id, g) -> {
            // the current version's own mentions when it has any, else those of the version that cites
            long shown = g.stream().anyMatch(x -> x.reportId() == id)
                    ? id
                    : g.getFirst().reportId();
            List<Citations.Citation> own =
                    g.stream().filter(x -> x.reportId() == shown).toList();
            Store.ReportRow r = archive.report(shown).orElse(null);
            Set<String> paths = new LinkedHashSet<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Citations.Citation x : own) {
                String p = x.section() == null ? "" : x.section();
                paths.add(p);
                titles.putIfAbsent(p, x.sectionTitle());
            }
            List<Pages.Link> sections = paths.stream()
                    .map(p -> new Pages.Link(
                            p.isEmpty() ? "phần mở đầu/kết thúc" : "mục " + (titles.get(p) == null ? p : titles.get(p)),
                            Links.report(shown) + (p.isEmpty() ? "" : "#muc-" + p)))
                    .toList();
            Citations.Citation first = own.getFirst();
            out.add(new Pages.Citing(
                    Links.report(shown),
                    first.reportIssuer(),
                    first.period(),
                    r == null ? null : r.symbol(),
                    VietnameseDates.display(first.reportDate()),
                    r == null ? null : r.title(),
                    sections,
                    own.size(),
                    first.text(),
                    archive.versions().versions(shown).size()));
        });
        return out;
    }
}
