package vn.baocao.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.query.Archive;
import vn.baocao.query.QueryException;
import vn.baocao.store.Store;

/** {@code baocao show ID}: one imported report with its tree, references, figures and commitments. */
@Command(
        name = "show",
        description = "Hiện một báo cáo đã nhập: thông tin chung, cây mục, văn bản dẫn chiếu, số liệu, cam kết.")
final class ShowCommand extends ArchiveCommand<Archive.ReportDetail> {

    @Parameters(paramLabel = "MÃ", description = "Mã báo cáo (xem lệnh reports).")
    long id;

    @Override
    Archive.ReportDetail query(Archive archive) throws Exception {
        return archive.detail(id)
                .orElseThrow(() -> new QueryException("Không có báo cáo mã " + id + ". Xem danh sách: baocao reports"));
    }

    @Override
    Object json(Archive.ReportDetail d) {
        return QueryJson.detail(d);
    }

    @Override
    void print(Archive.ReportDetail d, PrintWriter out) {
        Store.ReportRow r = d.report();
        out.println("Báo cáo mã " + r.id() + (r.draft() ? " [DỰ THẢO]" : ""));
        out.println("Đơn vị:     " + orDash(r.issuer()) + " (cấp " + orDash(r.issuerLevel()) + ")");
        out.println("Kỳ:         " + (r.period() == null ? "-" : r.period().label()));
        out.println("Ngày:       " + orDash(r.date()) + "   Số/ký hiệu: " + orDash(r.symbol()));
        out.println("Trích yếu:  " + orDash(r.title()));
        out.println(
                "Tệp nguồn:  " + r.sourcePath() + (r.sourceCopy() == null ? "" : " (bản lưu: " + r.sourceCopy() + ")"));
        out.println();
        out.println("Cây mục:");
        d.sections().forEach(s -> out.println("  ".repeat(s.level()) + s.number() + ". " + s.title()));
        out.println();
        out.println("Văn bản dẫn chiếu (" + d.references().size() + "):");
        d.references().forEach(x -> out.println("  - " + x.text() + inSection(x.section())));
        out.println();
        out.println("Số liệu (" + d.figures().size() + "):");
        d.figures()
                .forEach(f -> out.println(
                        "  - " + f.text() + (f.subject() == null ? "" : ": " + f.subject()) + inSection(f.section())));
        out.println();
        out.println("Phương hướng, nhiệm vụ, cam kết (" + d.commitments().size() + "):");
        d.commitments().forEach(c -> out.println("  - [" + c.section() + "] " + c.text()));
    }

    private static String inSection(String path) {
        return path == null || path.isEmpty() ? "" : " [mục " + path + "]";
    }
}
