package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** {@code draft --history DIR}: the folder's reports are the files the reader reads, by the same extensions. */
class FolderHistoryTest {

    @Test
    void aMacroEnabledWordReportIsPartOfTheHistoryAndOtherFilesAreNot(@TempDir Path dir) throws Exception {
        Files.copy(ProjectFiles.path("corpus/docx/002_4b8e4a4480cf88e8.docx"), dir.resolve("bao-cao-quy-1.docm"));
        Files.copy(ProjectFiles.path("corpus/001_d021599fae0810fe.txt"), dir.resolve("bao-cao-6-thang.txt"));
        Files.writeString(dir.resolve("ghi-chu.md"), "# không phải báo cáo\n");
        FolderHistory history = new FolderHistory(dir, new ReportExtractor(RuleSet.defaults()));
        List<String> names = history.reports().stream()
                .map(r -> r.source().getFileName().toString())
                .toList();
        assertEquals(List.of("bao-cao-6-thang.txt", "bao-cao-quy-1.docm"), names);
        assertEquals("docm", history.load(history.reports().get(1)).document().format());
    }
}
