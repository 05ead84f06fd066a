package vn.baocao.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.baocao.query.Archive;

/**
 * A query command over the data folder: opens the {@link Archive}, asks it, prints the answer as text
 * or, with {@code --json}, as JSON (the shapes in README, "JSON output").
 *
 * @param <T> the answer
 */
abstract class ArchiveCommand<T> extends BaoCaoCommand {

    @Option(names = "--json", description = "In kết quả dạng JSON.")
    boolean json;

    @Mixin
    DataOptions data;

    /** The answer. */
    abstract T query(Archive archive) throws Exception;

    /** The answer as text, in Vietnamese. */
    abstract void print(T answer, PrintWriter out);

    /** The answer as the JSON writer should see it. */
    Object json(T answer) {
        return answer;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (Archive archive = Archive.open(data.folder())) {
            T answer = query(archive);
            if (json) {
                out.println(QueryJson.write(json(answer)));
            } else {
                print(answer, out);
            }
        }
        out.flush();
        return 0;
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    static String sectionLabel(String path, String title) {
        return path == null || path.isEmpty() ? "phần mở đầu/kết thúc" : "mục " + title;
    }
}
