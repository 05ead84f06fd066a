package vn.baocao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** {@code --rules DIR}: the user's own rule folders on top of the built-in extraction rules. A mixin. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "THƯ_MỤC",
            description = "Thư mục quy tắc trích xuất bổ sung (cùng tên tệp với extraction-rules/ thì thêm vào sau quy tắc sẵn có). Có thể dùng nhiều lần.")
    List<Path> dirs = new ArrayList<>();

    /** The rules: built-in plus the user's folders; a malformed rule file throws a Vietnamese RuleException. */
    public RuleSet ruleSet() {
        return RuleSet.load(dirs.toArray(Path[]::new));
    }

    /** An extractor with these rules. */
    public ReportExtractor extractor() {
        return new ReportExtractor(ruleSet());
    }
}
