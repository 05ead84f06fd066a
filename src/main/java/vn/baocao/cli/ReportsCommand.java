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

    @Override
    List<Store.ReportRow> query(Archive archive) {
        return archive.reports(filter.filter(this));
    }

    @Override
    Object json(List<Store.ReportRow> rows) {
        return QueryJson.reports(rows);
    }

    @Override
    void print(List<Store.ReportRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("Chưa có báo cáo nào.");
            return;
        }
        out.println("Mã | Đơn vị | Kỳ | Ngày | Trích yếu | Tệp nguồn");
        for (Store.ReportRow r : rows) {
            out.println(r.id() + " | " + orDash(r.issuer()) + " | " + (r.period() == null ? "-" : r.period().label())
                    + " | " + orDash(r.date()) + " | " + orDash(r.title()) + " | " + r.sourcePath());
        }
        out.println("Tổng cộng: " + rows.size() + " báo cáo.");
    }
}
