package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportFiles;

/**
 * {@code baocao check PATH...}: reads every report under the given files and folders, within the per-file
 * limits, and says for each whether it can be imported and, if not, why. One bad file never stops the
 * rest; the exit code is 3 when any file failed.
 */
@Command(
        name = "check",
        description = {
            "Đọc thử mọi báo cáo trong các tệp và thư mục (kể cả thư mục con), trong giới hạn kích thước và thời gian "
                    + "cho mỗi tệp; báo tệp nào đọc được, tệp nào lỗi và vì sao. Tệp lỗi không làm dừng các tệp còn lại."
        })
final class CheckCommand extends BaoCaoCommand {

    @Parameters(paramLabel = "ĐƯỜNG_DẪN", arity = "1..*", description = "Tệp hoặc thư mục báo cáo.")
    List<Path> paths;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        List<ReadException> failures = new ArrayList<>();
        List<Path> files = ReportFiles.under(paths, e -> {
            failures.add(e);
            err.println("LỖI  " + e.getMessage());
        });
        int walkProblems = failures.size();
        ReportExtractor extractor = rules.extractor(limitOptions.limits(), line -> err.println("     " + line));
        int ok = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            long start = System.nanoTime();
            String at = "[" + (i + 1) + "/" + files.size() + "] ";
            try {
                Extraction x = extractor.extract(f);
                ok++;
                out.println(at + "OK   " + f + " — " + x.document().format().toUpperCase(Locale.ROOT) + ", "
                        + x.tree().sections().size() + " mục, " + x.references().size() + " văn bản dẫn chiếu, "
                        + x.figures().size() + " số liệu (" + seconds(start) + ")");
            } catch (ReadException e) {
                failures.add(e);
                out.println(at + "LỖI  " + e.getMessage() + " (" + seconds(start) + ")");
                if (verbose && e.getCause() != null) {
                    e.getCause().printStackTrace(err);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new ReadException(f, ReadException.Reason.CORRUPT, e));
                out.println(at + "LỖI  Không trích xuất được «" + f + "»: " + e);
                if (verbose) {
                    e.printStackTrace(err);
                }
            }
            out.flush();
        }
        out.println("Tổng cộng: " + (files.size() + walkProblems) + " tệp; đọc được " + ok + ", lỗi " + failures.size()
                + ".");
        return failures.isEmpty() ? 0 : Main.EXIT_INPUT;
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f giây", (System.nanoTime() - start) / 1e9)
                .replace('.', ',');
    }
}
