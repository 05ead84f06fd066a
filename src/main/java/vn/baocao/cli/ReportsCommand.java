package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.query.Archive;
import vn.baocao.store.Store;

/** {@code baocao reports}: the imported reports. */
@Command(name = "reports", description = "Liệt kê các báo cáo đã nhập.")
final class ReportsCommand implements Callable<Integer> {

    @Mixin
    FilterOptions filter;

    @Option(names = "--json", description = "In danh sách dạng JSON (một mảng đối tượng).")
    boolean json;

    @Mixin
    DataOptions data;

    @Mixin
    HelpOptions help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = Archive.open(data.folder())) {
            List<Store.ReportRow> rows = archive.reports(filter.filter());
            if (json) {
                out.println(QueryJson.MAPPER.writeValueAsString(QueryJson.reports(rows)));
            } else if (rows.isEmpty()) {
                out.println("Chưa có báo cáo nào.");
            } else {
                out.println("Mã | Đơn vị | Kỳ | Ngày | Trích yếu | Tệp nguồn");
                for (Store.ReportRow r : rows) {
                    out.println(r.id() + " | " + SearchCommand.orDash(r.issuer()) + " | "
                            + (r.period() == null ? "-" : r.period().label()) + " | " + SearchCommand.orDash(r.date())
                            + " | " + SearchCommand.orDash(r.title()) + " | " + r.sourcePath());
                }
                out.println("Tổng cộng: " + rows.size() + " báo cáo.");
            }
        }
        out.flush();
        return 0;
    }
}
