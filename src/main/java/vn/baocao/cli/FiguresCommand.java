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
import vn.baocao.query.FigureSeries;
import vn.baocao.query.ReportFilter;

/** {@code baocao figures --subject TEXT}: one figure's series across periods and units. */
@Command(name = "figures", description = "Chuỗi số liệu của một chỉ tiêu qua các kỳ và các đơn vị.")
final class FiguresCommand implements Callable<Integer> {

    @Option(names = "--subject", required = true, paramLabel = "NỘI_DUNG", description = "Nội dung số liệu (có hoặc không dấu), hoặc mã chỉ tiêu (3.3.1).")
    String subject;

    @Option(names = "--unit", paramLabel = "ĐƠN_VỊ", description = "Đơn vị ban hành (có hoặc không dấu, phần cuối tên).")
    String unit;

    @Option(names = "--csv", description = "In dạng CSV.")
    boolean csv;

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
            List<FigureSeries.Point> points = new FigureSeries(archive).series(subject, ReportFilter.of(unit, null, null, null));
            if (json) {
                out.println(QueryJson.write(points));
            } else if (csv) {
                out.println("report_id,unit,period,section,subject,kind,value,total,measure,indicator,text");
                for (FigureSeries.Point p : points) {
                    out.println(String.join(",", String.valueOf(p.reportId()), csv(p.unit()), csv(p.period()), csv(p.section()),
                            csv(p.subject()), p.kind(), number(p.value()), p.total() == null ? "" : number(p.total()),
                            csv(p.measure()), csv(p.indicator()), csv(p.text())));
                }
            } else if (points.isEmpty()) {
                out.println("Không có số liệu nào khớp «" + subject + "».");
            } else {
                for (FigureSeries.Point p : points) {
                    out.printf("%s — %s: %s%s (%s) [mục %s]%n", SearchCommand.orDash(p.period()), SearchCommand.orDash(p.unit()),
                            number(p.value()), p.total() == null ? "" : "/" + number(p.total()),
                            SearchCommand.orDash(p.subject()), SearchCommand.orDash(p.section()));
                }
            }
        }
        out.flush();
        return 0;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.matches(".*[,\"\\n\\r].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
