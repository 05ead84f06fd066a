package vn.baocao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.baocao.extract.Period;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.CommitmentMatcher;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.ReportFilter;

/** {@code baocao commitments}: what units promised, and where their next report reports on it. */
@Command(
        name = "commitments",
        description = "Liệt kê phương hướng, nhiệm vụ, kiến nghị, cam kết của đơn vị và mục báo cáo "
                + "kỳ sau báo cáo kết quả từng việc (so khớp theo nội dung với phần kết quả, kèm điểm và căn cứ); "
                + "--confirm/--reject lưu xác nhận hay bác bỏ của người dùng.")
final class CommitmentsCommand extends ArchiveCommand<List<CommitmentTracker.FollowUp>> {

    @Option(
            names = "--unit",
            paramLabel = "ĐƠN_VỊ",
            description = "Đơn vị ban hành (có hoặc không dấu, tên đầy đủ, "
                    + "phần cuối tên, tên viết tắt: Sở Nội vụ, SNV, ban chi dao).")
    String unit;

    @Option(names = "--period", paramLabel = "KỲ", description = "Kỳ báo cáo: " + PeriodConverter.FORMS + ".")
    Period period;

    @Option(
            names = "--confirm",
            paramLabel = "MÃ",
            description = "Xác nhận mục kỳ sau đang ghép với cam kết MÃ "
                    + "(dạng MÃ_BÁO_CÁO.THỨ_TỰ, in trong danh sách), hoặc mục ghi ở --section.")
    String confirm;

    @Option(
            names = "--reject",
            paramLabel = "MÃ",
            description = "Bác bỏ mục kỳ sau đang ghép với cam kết MÃ (hoặc mục "
                    + "ghi ở --section); mục đó không được đề xuất lại.")
    String reject;

    @Option(
            names = "--section",
            paramLabel = "MỤC",
            description = "Với --confirm/--reject: mục của báo cáo kỳ sau, ví dụ II.1.a.")
    String section;

    @Mixin
    RulesOption rules;

    @Override
    List<CommitmentTracker.FollowUp> query(Archive archive) throws Exception {
        CommitmentTracker tracker =
                new CommitmentTracker(archive, new SectionRoles(rules.ruleSet()), new DocumentSymbols(rules.ruleSet()));
        if (confirm != null && reject != null) {
            throw new ParameterException(spec.commandLine(), "chỉ dùng một trong --confirm và --reject");
        }
        if (section != null && confirm == null && reject == null) {
            throw new ParameterException(spec.commandLine(), "--section chỉ dùng cùng --confirm hoặc --reject");
        }
        if (confirm != null) {
            return List.of(tracker.confirm(confirm, section));
        }
        if (reject != null) {
            return List.of(tracker.reject(reject, section));
        }
        return tracker.commitments(new ReportFilter(unit, null, null, period));
    }

    @Override
    Object json(List<CommitmentTracker.FollowUp> items) {
        ArrayNode a = QueryJson.MAPPER.createArrayNode();
        for (CommitmentTracker.FollowUp f : items) {
            ObjectNode n = QueryJson.MAPPER.createObjectNode();
            n.put("id", f.id());
            n.setAll((ObjectNode) QueryJson.MAPPER.valueToTree(f));
            a.add(n);
        }
        return a;
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
                out.printf("%s — %s (mã báo cáo %d)%n", orDash(f.issuer()), orDash(f.period()), f.reportId());
            }
            out.println("  • " + f.id() + " [" + f.section() + kind(f.kind()) + "] " + f.text());
            if (f.nextReportId() == null) {
                out.println("      kỳ sau: chưa có báo cáo kỳ sau của đơn vị.");
                continue;
            }
            if (f.nextSection() == null) {
                out.println("      kỳ sau (" + f.nextPeriod() + "): không thấy mục kết quả nào nói về việc này"
                        + ("rejected".equals(f.review()) ? " (mục đề xuất trước đã bị bác bỏ)." : "."));
            } else {
                out.printf(
                        "      kỳ sau (%s): báo cáo tại mục %s%s%s%n",
                        f.nextPeriod(),
                        f.nextSectionTitle(),
                        f.score() == null ? "" : String.format(" (điểm %.2f)", f.score()),
                        "confirmed".equals(f.review())
                                ? " — đã xác nhận"
                                : "rejected".equals(f.review()) ? " — đề xuất khác (mục trước đã bị bác bỏ)" : "");
                String evidence = evidence(f.evidence());
                if (!evidence.isEmpty()) {
                    out.println("        căn cứ: " + evidence);
                }
            }
            if (f.carriedSection() != null) {
                out.println("      vẫn còn trong phương hướng kỳ này (mục " + f.carriedSection() + ").");
            }
        }
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "proposal" -> ", kiến nghị";
            case "pledge" -> ", cam kết";
            default -> "";
        };
    }

    private static String evidence(CommitmentMatcher.Evidence e) {
        if (e == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (!e.terms().isEmpty()) {
            b.append("từ chung «").append(String.join("», «", e.terms())).append("»");
        }
        if (!e.figures().isEmpty()) {
            b.append(b.isEmpty() ? "" : "; ").append("số liệu ").append(String.join(", ", e.figures()));
        }
        if (!e.documents().isEmpty()) {
            b.append(b.isEmpty() ? "" : "; ").append("cùng dẫn ").append(String.join(", ", e.documents()));
        }
        return b.toString();
    }
}
