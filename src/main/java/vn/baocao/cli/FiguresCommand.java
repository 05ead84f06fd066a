package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.query.Archive;
import vn.baocao.query.FigureSeries;
import vn.baocao.query.ReportFilter;

/** {@code baocao figures --subject TEXT}: one figure's series across periods and units. */
@Command(name = "figures", description = "Chuỗi số liệu của một chỉ tiêu qua các kỳ và các đơn vị.")
final class FiguresCommand extends ArchiveCommand<List<FigureSeries.Point>> {

    @Option(
            names = "--subject",
            required = true,
            paramLabel = "NỘI_DUNG",
            description = "Nội dung số liệu (có hoặc không dấu), hoặc mã chỉ tiêu (3.3.1).")
    String subject;

    @Option(
            names = "--unit",
            paramLabel = "ĐƠN_VỊ",
            description = "Đơn vị ban hành (có hoặc không dấu, phần cuối tên).")
    String unit;

    @Option(names = "--csv", description = "In dạng CSV.")
    boolean csv;

    @Option(
            names = "--measure",
            paramLabel = "SỐ",
            description =
                    "Khi nội dung khớp nhiều loại số liệu (số lượng, tỷ lệ, "
                            + "các chỉ tiêu khác nhau), chọn loại thứ SỐ trong danh sách lệnh in ra (mặc định 1: loại có ở nhiều kỳ nhất).")
    Integer measure;

    /** The distinct measures the subject matched, listed before the series when there are several. */
    private List<FigureSeries.Measure> measures = List.of();

    @Override
    List<FigureSeries.Point> query(Archive archive) throws Exception {
        List<FigureSeries.Point> all =
                new FigureSeries(archive).series(subject, new ReportFilter(unit, null, null, null));
        measures = FigureSeries.measures(all);
        if (measures.isEmpty()) {
            return all;
        }
        int pick = measure == null ? 1 : measure;
        if (pick < 1 || pick > measures.size()) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this),
                    "--measure phải từ 1 đến " + measures.size() + " (số loại số liệu khớp «" + subject + "»).");
        }
        return FigureSeries.of(all, measures.get(pick - 1));
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
        if (measures.size() > 1) {
            out.println("«" + subject + "» khớp " + measures.size() + " loại số liệu; một chuỗi chỉ gồm một loại:");
            int pick = measure == null ? 1 : measure;
            for (int i = 0; i < measures.size(); i++) {
                FigureSeries.Measure m = measures.get(i);
                out.printf(
                        "  %s%d. %s — %d số liệu, %d báo cáo%n",
                        i + 1 == pick ? "* " : "", i + 1, m.label(), m.points(), m.periods());
            }
            out.println("Chuỗi loại " + pick + " (chọn loại khác bằng --measure SỐ):");
        }
        for (FigureSeries.Point p : points) {
            out.printf(
                    "%s — %s: %s%s (%s) [mục %s]%n",
                    orDash(p.period()),
                    orDash(p.issuer()),
                    number(p.value()),
                    p.total() == null ? "" : "/" + number(p.total()),
                    orDash(p.subject()),
                    orDash(p.section()));
        }
    }

    static String number(double v) {
        return FigureSeries.number(v);
    }
}
