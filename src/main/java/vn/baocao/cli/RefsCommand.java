package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.Citations;

/** {@code baocao refs SYMBOL}: every report and section citing a document. */
@Command(
        name = "refs",
        description = "Liệt kê mọi báo cáo, mục có dẫn chiếu một văn bản (theo số ký hiệu), sớm nhất trước.")
final class RefsCommand extends ArchiveCommand<List<Citations.Citation>> {

    @Parameters(
            arity = "1..*",
            paramLabel = "SỐ_KÝ_HIỆU",
            description = "Số ký hiệu văn bản: 75/KH-UBND, 12-KH-UBND, KH 75, \"ke hoach so 75\".")
    List<String> symbol;

    @Mixin
    RulesOption rules;

    @Override
    List<Citations.Citation> query(Archive archive) throws Exception {
        return new Citations(archive, new DocumentSymbols(rules.ruleSet())).of(String.join(" ", symbol));
    }

    @Override
    void print(List<Citations.Citation> cites, PrintWriter out) {
        if (cites.isEmpty()) {
            out.println("Không có báo cáo nào dẫn chiếu văn bản này.");
        }
        for (Citations.Citation c : cites) {
            out.printf(
                    "%s — %s (ngày %s) — %s%n",
                    orDash(c.reportIssuer()),
                    orDash(c.period()),
                    orDash(c.reportDate()),
                    sectionLabel(c.section(), c.sectionTitle()));
            out.printf(
                    "   %s%s%s%s%n",
                    c.symbol(),
                    c.date() == null ? "" : " ngày " + c.date(),
                    c.issuer() == null ? "" : " của " + c.issuer(),
                    c.subject() == null ? "" : " về " + c.subject());
            out.println("   «" + c.text() + "»");
            out.println("   Tệp: " + c.source() + " (mã báo cáo " + c.reportId() + ")");
        }
    }
}
