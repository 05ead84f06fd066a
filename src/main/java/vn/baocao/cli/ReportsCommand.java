package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.baocao.query.Archive;
import vn.baocao.store.Store;

/** {@code baocao reports}: the imported reports. */
@Command(name = "reports", description = "Liệt kê các báo cáo đã nhập.")
final class ReportsCommand extends ArchiveCommand<List<Store.ReportRow>> {

    @Mixin
    FilterOptions filter;

    /** The other versions of each listed report (a draft DOCX beside the signed PDF), by the listed id. */
    private final java.util.Map<Long, List<Store.ReportRow>> others = new java.util.HashMap<>();

    @Override
    List<Store.ReportRow> query(Archive archive) {
        List<Store.ReportRow> rows = archive.reports(filter.filter());
        for (Store.ReportRow r : rows) {
            List<Store.ReportRow> o = archive.versions().versions(r.id()).stream()
                    .filter(id -> id != r.id())
                    .map(id -> archive.report(id).orElseThrow())
                    .toList();
            if (!o.isEmpty()) {
                others.put(r.id(), o);
            }
        }
        return rows;
    }

    @Override
    Object json(List<Store.ReportRow> rows) {
        com.fasterxml.jackson.databind.node.ArrayNode a = QueryJson.reports(rows);
        for (int i = 0; i < rows.size(); i++) {
            List<Store.ReportRow> o = others.get(rows.get(i).id());
            if (o != null) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) a.get(i)).set("other_versions", QueryJson.reports(o));
            }
        }
        return a;
    }

    @Override
    void print(List<Store.ReportRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("Chưa có báo cáo nào.");
            return;
        }
        out.println("Mã | Đơn vị | Kỳ | Ngày | Trích yếu | Tệp nguồn");
        for (Store.ReportRow r : rows) {
            out.println(r.id() + " | " + orDash(r.issuer()) + " | "
                    + (r.period() == null ? "-" : r.period().label()) + " | " + orDash(r.date()) + " | "
                    + orDash(r.title()) + " | " + r.sourcePath());
            for (Store.ReportRow o : others.getOrDefault(r.id(), List.of())) {
                out.println("    phiên bản khác của báo cáo này: mã " + o.id() + (o.draft() ? " (dự thảo)" : "")
                        + " | số " + orDash(o.symbol()) + " | " + orDash(o.date()) + " | " + o.sourcePath());
            }
        }
        out.println("Tổng cộng: " + rows.size() + " báo cáo.");
    }
}
