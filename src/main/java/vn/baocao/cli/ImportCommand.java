package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;

/** {@code baocao import PATH...}: bulk import into the data folder. */
@Command(
        name = "import",
        description = "Nhập các tệp báo cáo và cả cây thư mục vào kho dữ liệu và chỉ mục tìm kiếm. "
                + "Tệp đã nhập (cùng nội dung) được bỏ qua; tệp đã sửa thay bản cũ.")
final class ImportCommand extends BaoCaoCommand {

    @Parameters(
            arity = "0..*",
            paramLabel = "ĐƯỜNG_DẪN",
            description = "Tệp hoặc thư mục cần nhập. Không có tham số: chỉ kiểm tra và sửa chỉ mục cho khớp với kho.")
    List<Path> paths = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng đọc tệp (mặc định: số lõi CPU).")
    Integer threads;

    @Option(names = "--json", description = "In bản tổng kết dạng JSON.")
    boolean json;

    @Mixin
    DataOptions data;

    @Mixin
    RulesOption rules;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        // per-file limits; OCR page progress and reader warnings go to stderr beside the import progress
        ReportExtractor extractor = rules.extractor(limits.limits(), err::println);
        Importer importer =
                new Importer(data.folder(), extractor, n, new ImportProgress(err, System.console() != null));
        Importer.Summary s = importer.importPaths(paths);
        if (json) {
            out.println(QueryJson.write(s));
        } else {
            out.printf(
                    "Kết quả nhập vào «%s»: %d tệp — đã nhập %d (trong đó cập nhật %d), không đổi %d, lỗi %d (%.1f giây).%n",
                    data.folder().root(),
                    s.files(),
                    s.imported(),
                    s.replaced(),
                    s.unchanged(),
                    s.failed(),
                    s.millis() / 1000.0);
            if (s.reindexed() + s.removed() > 0) {
                out.printf("Đã sửa chỉ mục sau lần nhập bị ngắt: lập lại %d, xoá %d.%n", s.reindexed(), s.removed());
            }
            if (!s.failures().isEmpty()) {
                out.println("Các tệp lỗi:");
                s.failures().forEach(f -> out.println("  - " + f.file() + ": " + f.reason()));
            }
        }
        out.flush();
        return s.failed() > 0 ? Main.EXIT_INPUT : 0;
    }
}
