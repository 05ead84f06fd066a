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
import vn.baocao.query.Citations;

/** {@code baocao refs SYMBOL}: every report and section citing a document. */
@Command(name = "refs", description = "Liệt kê mọi báo cáo, mục có dẫn chiếu một văn bản (theo số ký hiệu), sớm nhất trước.")
final class RefsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SỐ_KÝ_HIỆU", description = "Số ký hiệu văn bản: 75/KH-UBND, 12-KH-UBND, KH 75, \"ke hoach so 75\".")
    List<String> symbol;

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
        try (Archive archive = Archive.open(data.folder())) {
            List<Citations.Citation> cites = new Citations(archive).of(String.join(" ", symbol));
            if (json) {
                out.println(QueryJson.write(cites));
            } else if (cites.isEmpty()) {
                out.println("Không có báo cáo nào dẫn chiếu văn bản này.");
            } else {
                for (Citations.Citation c : cites) {
                    out.printf("%s — %s (ngày %s) — %s%n", SearchCommand.orDash(c.unit()), SearchCommand.orDash(c.period()),
                            SearchCommand.orDash(c.reportDate()),
                            c.section().isEmpty() ? "phần mở đầu/kết thúc" : "mục " + c.sectionTitle());
                    out.printf("   %s%s%s%s%n", c.symbol(), c.date() == null ? "" : " ngày " + c.date(),
                            c.issuer() == null ? "" : " của " + c.issuer(), c.subject() == null ? "" : " về " + c.subject());
                    out.println("   «" + c.text() + "»");
                    out.println("   Tệp: " + c.source() + " (mã báo cáo " + c.reportId() + ")");
                }
            }
        }
        out.flush();
        return 0;
    }
}
