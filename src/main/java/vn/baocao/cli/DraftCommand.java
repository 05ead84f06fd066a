package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.check.Finding;
import vn.baocao.check.FindingComments;
import vn.baocao.check.ReportCheck;
import vn.baocao.draft.BaseSelector;
import vn.baocao.draft.DocxDraftWriter;
import vn.baocao.draft.DraftBuilder;
import vn.baocao.draft.DraftTemplate;
import vn.baocao.draft.FolderHistory;
import vn.baocao.draft.MarkdownDraftWriter;
import vn.baocao.draft.NextDraft;
import vn.baocao.draft.ProvenanceSidecar;
import vn.baocao.draft.ReportDraft;
import vn.baocao.draft.ReportHistory;
import vn.baocao.draft.StoreHistory;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;

/** {@code baocao draft --unit U --period P [--from ID] [-o FILE.docx|FILE.md]}: the draft of the next report. */
@Command(
        name = "draft",
        description =
                "Soạn dự thảo báo cáo kỳ tiếp theo từ báo cáo kỳ trước (DOCX theo Nghị định 30/2020/NĐ-CP hoặc Markdown).")
final class DraftCommand extends BaoCaoCommand {

    @Option(names = "--unit", paramLabel = "ĐƠN_VỊ", description = "Đơn vị báo cáo, ví dụ \"phường Hòa Thuận\".")
    String unit;

    @Option(names = "--period", paramLabel = "KỲ", description = "Kỳ cần soạn: " + PeriodConverter.FORMS + ".")
    Period period;

    @Option(
            names = "--from",
            paramLabel = "MÃ",
            description = "Mã báo cáo gốc (mặc định: báo cáo gần nhất trước kỳ cần soạn).")
    Long from;

    @Option(
            names = "--history",
            paramLabel = "THƯ_MỤC",
            description = "Thư mục chứa các báo cáo đã có (đọc trực tiếp từ tệp).")
    Path history;

    @Option(names = "--base-file", paramLabel = "TỆP", description = "Soạn trực tiếp từ một tệp báo cáo gốc.")
    Path baseFile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "TỆP",
            description = "Tệp kết quả: .docx (mặc định du-thao.docx) hoặc .md.")
    Path output = Path.of("du-thao.docx");

    @Option(
            names = "--template",
            paramLabel = "TỆP",
            description = "Tệp mẫu DOCX (mặc định templates/bao-cao.docx nếu có, nếu không dùng mẫu có sẵn).")
    Path template;

    @Option(
            names = "--new-template",
            paramLabel = "TỆP",
            description = "Ghi mẫu DOCX có sẵn ra tệp để chỉnh sửa, rồi thoát.")
    Path newTemplate;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    /** Without --history or --base-file, the reports imported into the data folder. */
    @picocli.CommandLine.Mixin
    DataOptions data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (newTemplate != null) {
            DraftTemplate.write(newTemplate);
            out.println("Đã ghi mẫu báo cáo: " + newTemplate);
            return 0;
        }
        if (period == null) {
            err.println("Lỗi: Thiếu tùy chọn bắt buộc --period (kỳ cần soạn, ví dụ Q2/2025).");
            return 2;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        if (!markdown && !name.endsWith(".docx")) {
            err.println("Lỗi: Tệp kết quả phải có đuôi .docx hoặc .md: " + output);
            return 2;
        }
        Period target = period;
        ReportDraft draft;
        Extraction base;
        ReportHistory h = null;
        BaseSelector.Choice choice = null;
        if (baseFile != null) {
            base = rules.extractor().extract(baseFile);
        } else {
            // from the data folder, the stored models: no extraction (and no rules) unless a model is missing
            h = history != null
                    ? new FolderHistory(history, rules.extractor())
                    : StoreHistory.open(data.folder(), rules.ruleSet(), rules::extractor);
            if (h == null) {
                err.println("Lỗi: Chưa có kho báo cáo để chọn báo cáo gốc: nhập trước (baocao import THƯ_MỤC), "
                        + "hoặc dùng --history THƯ_MỤC hoặc --base-file TỆP.");
                return 2;
            }
            if (unit == null && from == null) {
                err.println("Lỗi: Thiếu tùy chọn --unit (đơn vị báo cáo) hoặc --from (mã báo cáo gốc).");
                return 2;
            }
            choice = NextDraft.choose(h, unit, target, from);
            base = h.load(choice.base());
        }
        // the checks of the carried figures (for the DOCX's comments) run beside the drafting and writing
        CompletableFuture<List<Finding>> findings = null;
        if (!markdown) {
            ReportCheck checks = new ReportCheck(rules.ruleSet()); // a malformed rule file fails here, at once
            Extraction checked = base;
            findings = CompletableFuture.supplyAsync(() -> checks.check(checked));
        }
        draft = baseFile != null
                ? new DraftBuilder(rules.ruleSet()).build(base, null, target)
                : NextDraft.build(h, choice, target, rules.ruleSet());
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null) {
            java.nio.file.Files.createDirectories(folder);
        }
        if (markdown) {
            new MarkdownDraftWriter().write(draft, output);
        } else {
            // the findings as Word comments, in the same pass (baocao kiemtra on the filled-in draft later)
            CompletableFuture<List<Finding>> found = findings;
            new DocxDraftWriter(template).write(draft, output, doc -> FindingComments.add(doc, found.join()));
            int n = findings.join().size();
            out.println("Kiểm tra số liệu của báo cáo gốc: "
                    + (n == 0 ? "không phát hiện mâu thuẫn." : n + " phát hiện (chú thích trong bản dự thảo)."));
        }
        Path sidecar = ProvenanceSidecar.pathFor(output);
        ProvenanceSidecar.write(draft, sidecar);
        summary(out, draft, sidecar);
        return 0;
    }

    private void summary(PrintWriter out, ReportDraft d, Path sidecar) {
        long figures = d.sections().stream()
                        .flatMap(s -> s.body().stream())
                        .filter(ReportDraft.Paragraph.class::isInstance)
                        .map(ReportDraft.Paragraph.class::cast)
                        .mapToLong(p -> p.figures().size())
                        .sum()
                + d.preamble().stream().mapToLong(p -> p.figures().size()).sum();
        long commitments =
                d.sections().stream().mapToLong(s -> s.checklist().size()).sum();
        out.println("Đã soạn dự thảo báo cáo " + d.target().label() + " từ " + d.base() + " ("
                + d.basePeriod().label() + ").");
        out.println("  " + d.sections().size() + " mục, " + figures + " số liệu cần cập nhật (tô vàng), " + commitments
                + " nhiệm vụ kỳ trước cần báo cáo kết quả, " + d.plans().size() + " kế hoạch đã viện dẫn.");
        out.println("  Tệp dự thảo: " + output);
        out.println("  Nguồn gốc từng đoạn, số liệu: " + sidecar);
        out.flush();
    }
}
