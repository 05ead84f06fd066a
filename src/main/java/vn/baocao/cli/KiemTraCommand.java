package vn.baocao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.check.Finding;
import vn.baocao.check.FindingComments;
import vn.baocao.check.PeriodChecks;
import vn.baocao.check.Place;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.ReportHistory;
import vn.baocao.draft.StoreHistory;
import vn.baocao.draft.StoredReportRef;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadException;
import vn.baocao.store.StoreException;

/**
 * {@code baocao kiemtra FILE|ID}: the figure checks of one report (a file, or an imported report by its id),
 * against the unit's previous report when the data folder has one.
 */
@Command(
        name = "kiemtra",
        aliases = "verify-figures",
        description = "Kiểm tra số liệu của một báo cáo trước khi gửi: tỷ số ↔ tỷ lệ %%, thành phần ↔ tổng, "
                + "nội dung ↔ biểu mẫu, kỳ trước ↔ kỳ này (với báo cáo kỳ trước trong kho).")
final class KiemTraCommand extends BaoCaoCommand {

    @Parameters(
            paramLabel = "TỆP|MÃ",
            description = "Tệp báo cáo (DOCX, PDF, …) hoặc mã báo cáo đã nhập (xem lệnh reports).")
    String report;

    @Option(
            names = "--previous",
            paramLabel = "TỆP|MÃ",
            description =
                    "Báo cáo kỳ trước để so sánh (mặc định: báo cáo gần nhất trước kỳ này của cùng đơn vị trong kho).")
    String previous;

    @Option(
            names = "--factor",
            paramLabel = "N",
            defaultValue = "10",
            description = "Số liệu bảng tăng hoặc giảm quá N lần so với kỳ trước thì báo (mặc định: ${DEFAULT-VALUE}).")
    double factor = PeriodChecks.DEFAULT_FACTOR;

    @Option(
            names = "--annotate",
            paramLabel = "TỆP.docx",
            description = "Ghi một bản DOCX của báo cáo với các phát hiện là chú thích (comment) của Word.")
    Path annotate;

    @Option(names = "--json", description = "In kết quả dạng JSON.")
    boolean json;

    @Mixin
    RulesOption rules;

    @Mixin
    DataOptions data;

    @Mixin
    LimitOptions limitOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        if (factor <= 1) {
            err.println("Lỗi: --factor phải lớn hơn 1.");
            return 2;
        }
        ReportExtractor extractor = rules.extractor(limitOptions.limits(), err::println);
        ReportCheck checks = new ReportCheck(rules.ruleSet());
        StoreHistory history = null;
        try {
            history = StoreHistory.open(data.folder(), extractor);
        } catch (StoreException e) {
            // no readable store: the file is checked alone
        }
        Loaded x = load(report, history, extractor);
        ReportCheck.Result result;
        if (previous != null) {
            Loaded p = load(previous, history, extractor);
            result = new ReportCheck.Result(
                    new StoredReportRef(0, p.extraction.metadata(), p.source),
                    checks.check(x.extraction, p.extraction, factor));
        } else {
            result = checks.check(x.extraction, history, factor);
        }
        if (annotate != null) {
            if (!x.source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                err.println("Lỗi: --annotate chỉ dùng cho báo cáo DOCX: " + x.source);
                return 2;
            }
            FindingComments.annotate(x.source, result.findings(), annotate);
        }
        if (json) {
            out.println(QueryJson.write(json(x, result)));
        } else {
            print(x, result, out);
            if (annotate != null) {
                out.println("Đã ghi bản có chú thích: " + annotate);
            }
        }
        out.flush();
        return 0;
    }

    /** A report read for checking, with the file it was read from. */
    private record Loaded(Extraction extraction, Path source, String name) {}

    private Loaded load(String arg, ReportHistory history, ReportExtractor extractor) throws ReadException {
        Path file = Path.of(arg);
        if (Files.exists(file) || !arg.matches("\\d+")) {
            return new Loaded(extractor.extract(file), file, file.toString());
        }
        long id = Long.parseLong(arg);
        if (history != null) {
            for (StoredReportRef r : history.reports()) {
                if (r.id() == id) {
                    return new Loaded(history.load(r), r.source(), "báo cáo mã " + id);
                }
            }
        }
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "Không có tệp «" + arg + "» và không có báo cáo mã " + arg
                        + " trong kho. Xem danh sách: baocao reports");
    }

    private static void print(Loaded x, ReportCheck.Result r, PrintWriter out) {
        var m = x.extraction.metadata();
        out.println("Kiểm tra số liệu: " + x.name + " (" + orDash(m.issuer()) + ", "
                + (m.period() == null ? "-" : m.period().label()) + ")");
        if (r.previous() == null) {
            out.println("Kỳ trước: không có báo cáo kỳ trước của đơn vị trong kho (bỏ qua so sánh kỳ trước ↔ kỳ này).");
        } else {
            var p = r.previous().metadata();
            out.println("Kỳ trước: " + (p.period() == null ? "-" : p.period().label()) + " ("
                    + r.previous().source() + ")");
        }
        List<Finding> fs = r.findings();
        out.println();
        if (fs.isEmpty()) {
            out.println("Không phát hiện số liệu mâu thuẫn.");
            return;
        }
        out.println(fs.size() + " phát hiện:");
        int i = 1;
        for (Finding f : fs) {
            out.println(" " + i++ + ". [" + f.kind().label() + "] " + f.explanation());
            out.println("    ghi: " + f.printed() + "   đúng ra: " + f.expected());
            for (Place p : f.places()) {
                out.println("    - " + p.describe() + ": «" + p.text() + "»");
            }
        }
    }

    private static ObjectNode json(Loaded x, ReportCheck.Result r) {
        ObjectNode root = QueryJson.MAPPER.createObjectNode();
        var m = x.extraction.metadata();
        root.put("source", x.source.toString());
        root.put("unit", m.issuer());
        root.put("period", m.period() == null ? null : m.period().label());
        if (r.previous() == null) {
            root.putNull("previous");
        } else {
            ObjectNode p = root.putObject("previous");
            p.put("source", r.previous().source().toString());
            p.put(
                    "period",
                    r.previous().metadata().period() == null
                            ? null
                            : r.previous().metadata().period().label());
        }
        root.set("findings", findings(r.findings()));
        return root;
    }

    /** Findings in the JSON shape of README ("JSON output"). */
    static ArrayNode findings(List<Finding> fs) {
        ArrayNode a = QueryJson.MAPPER.createArrayNode();
        for (Finding f : fs) {
            ObjectNode o = a.addObject();
            o.put("kind", f.kind().json());
            o.put("explanation", f.explanation());
            o.put("expected", f.expected());
            o.put("printed", f.printed());
            ArrayNode places = o.putArray("places");
            for (Place p : f.places()) {
                ObjectNode n = places.addObject();
                n.put("section", p.section());
                n.put("line", p.line());
                if (p.span().known() && p.span().block() >= 0) {
                    n.put("part", p.span().part().json());
                    n.put("block", p.span().block());
                    n.put("start", p.span().start());
                    n.put("end", p.span().end());
                } else {
                    n.putNull("start");
                    n.putNull("end");
                }
                n.put("indicator", p.indicator());
                n.put("text", p.text());
                n.put("subject", p.subject());
            }
        }
        return a;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
