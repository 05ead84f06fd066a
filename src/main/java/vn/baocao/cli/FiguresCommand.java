package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.query.Archive;
import vn.baocao.query.FigureSeries;

/** {@code baocao figures --subject TEXT}: one figure's series across periods and units. */
@Command(name = "figures", description = "Chuỗi số liệu của một chỉ tiêu qua các kỳ và các đơn vị.")
final class FiguresCommand extends ArchiveCommand<List<FigureSeries.Point>> {

    @Option(names = "--subject", required = true, paramLabel = "NỘI_DUNG", description = "Nội dung số liệu (có hoặc không dấu), hoặc mã chỉ tiêu (3.3.1).")
    String subject;

    @Option(names = "--unit", paramLabel = "ĐƠN_VỊ", description = "Đơn vị ban hành (có hoặc không dấu, phần cuối tên).")
    String unit;

    @Option(names = "--csv", description = "In dạng CSV.")
    boolean csv;

    @Override
    List<FigureSeries.Point> query(Archive archive) throws Exception {
        return new FigureSeries(archive).series(subject, filter(unit, null, null, null));
    }

    @Override
    void print(List<FigureSeries.Point> points, PrintWriter out) {
        if (csv) {
            out.print(FigureSeries.csv(points));
            return;
        }
        if (points.isEmpty()) {
            out.println("Không có số liệu nào khớp «" + subject + "».");
        }
        for (FigureSeries.Point p : points) {
            out.printf("%s — %s: %s%s (%s) [mục %s]%n", orDash(p.period()), orDash(p.unit()), number(p.value()),
                    p.total() == null ? "" : "/" + number(p.total()), orDash(p.subject()), orDash(p.section()));
        }
    }

    static String number(double v) {
        return FigureSeries.number(v);
    }
}
