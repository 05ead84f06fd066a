package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.structure.Section;

/** {@code baocao extract FILE [--json]}: what the tool reads from one report. */
@Command(name = "extract", description = "Trích xuất thông tin từ một báo cáo (siêu dữ liệu, cây mục, ...).")
final class ExtractCommand extends BaoCaoCommand {

    @Parameters(paramLabel = "TỆP", description = "Tệp báo cáo (DOCX, DOC, ODT, RTF, PDF, TXT).")
    Path file;

    @Option(names = "--json", description = "In kết quả dạng JSON.")
    boolean json;

    @Option(names = "--blocks", description = "In các khối văn bản đã đọc (đoạn, bảng, chú thích) để kiểm tra.")
    boolean blocks;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        Extraction x = rules.extractor(limitOptions.limits(), err::println).extract(file);
        if (blocks) {
            printBlocks(x, out);
        } else if (json) {
            out.println(ExtractionJson.MAPPER.writeValueAsString(ExtractionJson.toJson(x)));
        } else {
            printSummary(x, out);
        }
        out.flush();
        return 0;
    }

    private static void printSummary(Extraction x, PrintWriter out) {
        ReportMetadata m = x.metadata();
        out.println(
                "Tệp:            " + x.document().source() + " (" + x.document().format() + ")");
        out.println("Loại văn bản:   " + orDash(m.docType()) + "   Số/ký hiệu: " + orDash(m.symbol())
                + (m.draft() ? "   [DỰ THẢO]" : ""));
        out.println("Cơ quan ban hành: " + orDash(m.issuer()) + " (cấp " + orDash(m.issuerLevel()) + ")");
        out.println("Địa danh, ngày: " + orDash(m.place()) + ", " + orDash(m.date()));
        out.println("Kỳ báo cáo:     " + (m.period() == null ? "-" : m.period().label()));
        out.println("Trích yếu:      " + orDash(m.title()));
        out.println("Người ký:       " + orDash(m.signer()) + " — " + orDash(m.signerTitle()));
        out.println("Nơi nhận:       " + (m.recipients().isEmpty() ? "-" : String.join("; ", m.recipients())));
        out.println();
        out.println("Cây mục:");
        for (Section s : x.tree().sections()) {
            out.println("  ".repeat(s.level()) + s.number() + ". " + s.title());
        }
        out.println();
        out.println("Văn bản được dẫn chiếu:");
        for (Reference r : x.references()) {
            out.println("  " + orDash(r.typeName()) + " " + (r.symbol() == null ? r.text() : r.symbol())
                    + (r.date() == null ? "" : " ngày " + r.date()) + (r.issuer() == null ? "" : " của " + r.issuer())
                    + "  [mục " + orDash(r.section()) + "]");
        }
        out.println();
        out.println("Số liệu:");
        for (Figure f : x.figures()) {
            out.println("  " + f.text() + (f.indicator() == null ? "" : " (chỉ tiêu " + f.indicator() + ")") + " — "
                    + orDash(f.subject()) + "  [mục " + orDash(f.section()) + "]");
        }
        out.println();
        out.println("Tổng cộng: " + x.tree().sections().size() + " mục, "
                + x.document().body().size()
                + " khối văn bản, " + x.document().footnotes().size() + " chú thích, "
                + x.references().size()
                + " văn bản được dẫn chiếu, " + x.figures().size() + " số liệu.");
    }

    private static void printBlocks(Extraction x, PrintWriter out) {
        for (vn.baocao.read.Block b : x.document().body()) {
            if (b instanceof vn.baocao.read.Paragraph p) {
                String flags = (p.style().isHeading() ? "H" + p.style().headingLevel() : "")
                        + (p.style().bold() ? "B" : "")
                        + (p.style().italic() ? "I" : "")
                        + (p.style().boldPrefix() > 0 && !p.style().bold()
                                ? "b" + p.style().boldPrefix()
                                : "");
                out.println("[" + p.line() + (flags.isEmpty() ? "" : " " + flags) + "] "
                        + p.text().replace("\n", " ⏎ "));
            } else if (b instanceof vn.baocao.read.Table t) {
                out.println("[" + t.line() + " BẢNG " + t.rows().size() + " dòng]");
                t.rows()
                        .forEach(r -> out.println("   | "
                                + String.join(
                                        " | ",
                                        r.stream()
                                                .map(c -> c.text().replace("\n", " ⏎ "))
                                                .toList())));
            }
        }
        x.document().footnotes().forEach(f -> out.println("[chú thích " + f.marker() + "] " + f.text()));
        x.document().furniture().forEach(f -> out.println("[lề trang] " + f));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
