package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.query.Archive;
import vn.baocao.query.CommitmentTracker;

/** {@code baocao commitments}: what units promised, and where their next report reports on it. */
@Command(name = "commitments", description = "Liệt kê phương hướng, nhiệm vụ, cam kết của đơn vị và mục báo cáo kỳ sau "
        + "nói về từng việc (so khớp theo nội dung, kèm điểm).")
final class CommitmentsCommand extends ArchiveCommand<List<CommitmentTracker.FollowUp>> {

    @Option(names = "--unit", paramLabel = "ĐƠN_VỊ", description = "Đơn vị ban hành (có hoặc không dấu, phần cuối tên).")
    String unit;

    @Option(names = "--period", paramLabel = "KỲ", description = "Kỳ báo cáo: Q4/2023, quý IV/2023, 6T/2024, 2024.")
    String period;

    @Override
    List<CommitmentTracker.FollowUp> query(Archive archive) throws Exception {
        return new CommitmentTracker(archive).commitments(filter(unit, null, null, period));
    }

    @Override
    void print(List<CommitmentTracker.FollowUp> items, PrintWriter out) {
        if (items.isEmpty()) {
            out.println("Không có cam kết, nhiệm vụ nào.");
        }
        long report = -1;
        for (CommitmentTracker.FollowUp f : items) {
            if (f.reportId() != report) {
                report = f.reportId();
                out.printf("%s — %s (mã báo cáo %d)%n", orDash(f.unit()), orDash(f.period()), f.reportId());
            }
            out.println("  • [" + f.section() + "] " + f.text());
            if (f.nextReportId() == null) {
                out.println("      kỳ sau: chưa có báo cáo kỳ sau của đơn vị.");
            } else if (f.nextSection() == null) {
                out.println("      kỳ sau (" + f.nextPeriod() + "): không thấy mục nào nói về việc này.");
            } else {
                out.printf("      kỳ sau (%s): mục %s (điểm %.2f)%n", f.nextPeriod(), f.nextSectionTitle(), f.score());
            }
        }
    }
}
