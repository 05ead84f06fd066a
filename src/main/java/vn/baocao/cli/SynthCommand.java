package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.baocao.bench.SyntheticArchive;

/** {@code baocao synth --units N --years Y -o DIR}: a synthetic archive for scale tests and demos. */
@Command(
        name = "synth",
        description = "Tạo kho báo cáo mô phỏng (từ các báo cáo mẫu trong corpus/) để thử tải và trình diễn.")
final class SynthCommand extends BaoCaoCommand {

    @Option(
            names = "--units",
            paramLabel = "N",
            description = "Số đơn vị (mặc định ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int units;

    @Option(
            names = "--years",
            paramLabel = "Y",
            description = "Số năm, mỗi năm 4 kỳ: Quý I, 6 tháng, Quý III, năm (mặc định ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int years;

    @Option(
            names = "--first-year",
            paramLabel = "NĂM",
            description = "Năm đầu tiên (mặc định ${DEFAULT-VALUE}).",
            defaultValue = "2022")
    int firstYear;

    @Option(
            names = "--formats",
            paramLabel = "ĐỊNH_DẠNG",
            description = "txt, docx hoặc txt,docx (mặc định ${DEFAULT-VALUE}).",
            defaultValue = "txt")
    String formats;

    @Option(
            names = "--seed",
            paramLabel = "SỐ",
            description = "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng kho (mặc định ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(
            names = "--corpus",
            paramLabel = "THƯ_MỤC",
            description = "Thư mục báo cáo mẫu *.txt (mặc định corpus/ của chương trình).")
    Path corpus;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "THƯ_MỤC",
            required = true,
            description = "Thư mục ghi kho mô phỏng.")
    Path out;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        List<String> fmts = Arrays.stream(formats.split(",")).map(String::strip).toList();
        if (units < 1 || years < 1 || fmts.isEmpty() || !List.of("txt", "docx").containsAll(fmts)) {
            throw new ParameterException(
                    spec.commandLine(), "--units và --years phải ≥ 1; --formats chỉ gồm txt, docx");
        }
        Path templates = corpus != null ? corpus : SyntheticArchive.defaultCorpus();
        if (!Files.isDirectory(templates)) {
            throw new ParameterException(
                    spec.commandLine(), "Không tìm thấy thư mục báo cáo mẫu «" + templates + "» (dùng --corpus)");
        }
        PrintWriter out = out();
        int total = units * years * 4;
        AtomicInteger done = new AtomicInteger();
        var reports = new SyntheticArchive(rules.ruleSet())
                .write(new SyntheticArchive.Options(units, years, firstYear, fmts, seed, templates, this.out), r -> {
                    int n = done.incrementAndGet();
                    if (n % 20 == 0 || n == total) {
                        out.println("Đã tạo " + n + "/" + total + " báo cáo");
                        out.flush();
                    }
                });
        out.println("Xong: " + reports.size() + " báo cáo của " + units + " đơn vị trong " + years + " năm, ghi vào «"
                + this.out + "».");
        return 0;
    }
}
