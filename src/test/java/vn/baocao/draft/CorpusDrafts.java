package vn.baocao.draft;

import java.nio.file.Path;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** The corpus reports used by the draft tests. */
final class CorpusDrafts {

    static final Path HOA_THUAN_Q1_2025 = ProjectFiles.path("corpus", "000_442b549b8d9bf7bd.txt");
    static final Path TIEN_DONG_Q3_2023 = ProjectFiles.path("corpus", "003_bf6a6dcb66bb9229.txt");
    static final Path PHUONG4_2024 = ProjectFiles.path("corpus", "002_4b8e4a4480cf88e8.txt");

    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleSet.defaults());

    private CorpusDrafts() {}

    static Extraction extract(Path file) {
        try {
            return EXTRACTOR.extract(file);
        } catch (vn.baocao.read.ReadException e) {
            throw new IllegalStateException(e);
        }
    }
}
