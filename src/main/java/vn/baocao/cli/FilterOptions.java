package vn.baocao.cli;

import picocli.CommandLine.Option;
import vn.baocao.extract.Period;
import vn.baocao.query.ReportFilter;

/** {@code --unit}, {@code --level}, {@code --year}, {@code --period}: which reports a query looks at. */
final class FilterOptions {

    @Option(
            names = "--unit",
            paramLabel = "ĐƠN_VỊ",
            description =
                    "Đơn vị ban hành, có hoặc không dấu, tên đầy đủ hay phần cuối (\"sa dec\", \"UBND thành phố Sa Đéc\").")
    String unit;

    @Option(
            names = "--level",
            paramLabel = "CẤP",
            description = "Cấp đơn vị: tỉnh, huyện, thành phố, thị xã, xã, phường, thị trấn.")
    String level;

    @Option(names = "--year", paramLabel = "NĂM", description = "Năm của kỳ báo cáo.")
    Integer year;

    @Option(names = "--period", paramLabel = "KỲ", description = "Kỳ báo cáo: " + PeriodConverter.FORMS + ".")
    Period period;

    ReportFilter filter() {
        return new ReportFilter(unit, level, year, period);
    }
}
