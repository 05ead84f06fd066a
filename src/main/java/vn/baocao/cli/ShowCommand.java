package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.query.Archive;
import vn.baocao.query.QueryException;
import vn.baocao.store.Store;

/** {@code baocao show ID}: one imported report with its tree, references, figures and commitments. */
@Command(name = "show", description = "Hiện một báo cáo đã nhập: thông tin chung, cây mục, văn bản dẫn chiếu, số liệu, cam kết.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MÃ", description = "Mã báo cáo (xem lệnh reports).")
    long id;

    @Option(names = "--json", description = "In dạng JSON.")
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
            Archive.ReportDetail d = archive.detail(id).orElseThrow(() ->
                    new QueryException("Không có báo cáo mã " + id + ". Xem danh sách: baocao reports"));
            if (json) {
                out.println(QueryJson.MAPPER.writeValueAsString(QueryJson.detail(d)));
                out.flush();
                return 0;
            }
            Store.ReportRow r = d.report();
            out.println("Báo cáo mã " + r.id() + (r.draft() ? " [DỰ THẢO]" : ""));
            out.println("Đơn vị:     " + SearchCommand.orDash(r.issuer()) + " (cấp " + SearchCommand.orDash(r.issuerLevel()) + ")");
            out.println("Kỳ:         " + (r.period() == null ? "-" : r.period().label()));
            out.println("Ngày:       " + SearchCommand.orDash(r.date()) + "   Số/ký hiệu: " + SearchCommand.orDash(r.symbol()));
            out.println("Trích yếu:  " + SearchCommand.orDash(r.title()));
            out.println("Tệp nguồn:  " + r.sourcePath() + (r.sourceCopy() == null ? "" : " (bản lưu: " + r.sourceCopy() + ")"));
            out.println();
            out.println("Cây mục:");
            d.sections().forEach(s -> out.println("  ".repeat(s.level()) + s.number() + ". " + s.title()));
            out.println();
            out.println("Văn bản dẫn chiếu (" + d.references().size() + "):");
            d.references().forEach(x -> out.println("  - " + x.text() + (x.section() == null || x.section().isEmpty() ? "" : " [mục " + x.section() + "]")));
            out.println();
            out.println("Số liệu (" + d.figures().size() + "):");
            d.figures().forEach(f -> out.println("  - " + f.text() + (f.subject() == null ? "" : ": " + f.subject())
                    + (f.section() == null || f.section().isEmpty() ? "" : " [mục " + f.section() + "]")));
            out.println();
            out.println("Phương hướng, nhiệm vụ, cam kết (" + d.commitments().size() + "):");
            d.commitments().forEach(c -> out.println("  - [" + c.section() + "] " + c.text()));
        }
        out.flush();
        return 0;
    }
}
