package vn.baocao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadLimits;
import vn.baocao.read.ReportReader;
import vn.baocao.rules.RuleSet;

/** {@code --rules DIR}: the user's own rule folders on top of the built-in extraction rules. A mixin. */
public final class RulesOption {

    @Option(
            names = "--rules",
            paramLabel = "THƯ_MỤC",
            description =
                    "Thư mục quy tắc trích xuất bổ sung (cùng tên tệp với extraction-rules/ thì thêm vào sau quy tắc sẵn có). Có thể dùng nhiều lần.")
    List<Path> dirs = new ArrayList<>();

    private RuleSet loaded;

    /**
     * The rules: built-in plus the user's folders, loaded once per command (every stage it runs shares them); a
     * missing folder throws a Vietnamese RuleException, as a malformed rule file does where a stage reads it.
     */
    public RuleSet ruleSet() {
        if (loaded == null) {
            loaded = RuleSet.load(dirs.toArray(Path[]::new));
        }
        return loaded;
    }

    /** An extractor with these rules. */
    public ReportExtractor extractor() {
        return new ReportExtractor(ruleSet());
    }

    /** An extractor with these rules whose reader has the given limits and tells {@code progress} its warnings. */
    public ReportExtractor extractor(ReadLimits limits, Consumer<String> progress) {
        return new ReportExtractor(ruleSet(), new ReportReader(ruleSet(), limits, progress));
    }
}
