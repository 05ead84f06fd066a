package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.query.Archive;
import vn.baocao.query.Search;

/** {@code baocao search QUERY}: ranked hits over the imported reports. */
@Command(name = "search", description = "Tìm trong các báo cáo đã nhập: từ ngữ (có hoặc không dấu), số ký hiệu văn bản "
        + "(75/KH-UBND, KH 75, \"ke hoach so 75\"). Đặt cụm từ trong ngoặc kép để tìm đúng cụm.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TỪ_KHOÁ", description = "Nội dung cần tìm.")
    List<String> words;

    @Mixin
    FilterOptions filter;

    @Option(names = "--section", paramLabel = "MỤC", description = "Chỉ tìm trong mục có số (II, II.1) hoặc tên chứa chữ này.")
    String section;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Số kết quả tối đa (mặc định 10).")
    int limit;

    @Option(names = "--json", description = "In kết quả dạng JSON.")
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
        if (limit < 1) {
            spec.commandLine().getErr().println("Lỗi: --limit phải lớn hơn 0.");
            return 2;
        }
        try (Archive archive = Archive.open(data.folder())) {
            List<Search.Hit> hits = new Search(archive).search(String.join(" ", words), filter.filter(), section, limit);
            if (json) {
                out.println(QueryJson.write(hits));
            } else if (hits.isEmpty()) {
                out.println("Không tìm thấy kết quả nào.");
            } else {
                int i = 1;
                for (Search.Hit h : hits) {
                    out.printf("%d. %s — %s — %s (điểm %.2f)%n", i++, orDash(h.unit()), orDash(h.period()),
                            h.sectionPath().isEmpty() ? "phần mở đầu/kết thúc" : "mục " + h.sectionTitle(), h.score());
                    out.println("   " + h.snippet());
                    out.println("   Tệp: " + h.source() + " (mã báo cáo " + h.reportId() + ")");
                }
            }
        }
        out.flush();
        return 0;
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
