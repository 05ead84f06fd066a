package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.Search;

/** {@code baocao search QUERY}: ranked hits over the imported reports. */
@Command(
        name = "search",
        description = "Tìm trong các báo cáo đã nhập: từ ngữ (có hoặc không dấu), số ký hiệu văn bản "
                + "(75/KH-UBND, KH 75, \"ke hoach so 75\"). Đặt cụm từ trong ngoặc kép để tìm đúng cụm.")
final class SearchCommand extends ArchiveCommand<List<Search.Hit>> {

    @Parameters(arity = "1..*", paramLabel = "TỪ_KHOÁ", description = "Nội dung cần tìm.")
    List<String> words;

    @Mixin
    FilterOptions filter;

    @Mixin
    RulesOption rules;

    @Option(
            names = "--section",
            paramLabel = "MỤC",
            description = "Chỉ tìm trong mục có số (II, II.1) hoặc tên chứa chữ này.")
    String section;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Số kết quả tối đa (mặc định 10).")
    int limit;

    @Override
    List<Search.Hit> query(Archive archive) throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit phải lớn hơn 0.");
        }
        return new Search(archive, new DocumentSymbols(rules.ruleSet()))
                .search(String.join(" ", words), filter.filter(), section, limit);
    }

    @Override
    void print(List<Search.Hit> hits, PrintWriter out) {
        if (hits.isEmpty()) {
            out.println("Không tìm thấy kết quả nào.");
        }
        int i = 1;
        for (Search.Hit h : hits) {
            out.printf(
                    "%d. %s — %s — %s (điểm %.2f)%n",
                    i++,
                    orDash(h.issuer()),
                    orDash(h.period()),
                    sectionLabel(h.sectionPath(), h.sectionTitle()),
                    h.score());
            out.println("   " + h.snippet());
            out.println("   Tệp: " + h.source() + " (mã báo cáo " + h.reportId() + ")");
        }
    }
}
