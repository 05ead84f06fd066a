package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.store.DataFolder;
import vn.baocao.ProjectFiles;

/**
 * Commitments of one report followed up in the same unit's next report. The next report is made from
 * the Tiên Động report of Quý III/2023 (corpus 003): the same text for Quý IV, without its own
 * directions section, so each promise of Quý III must be found in the sections that report results.
 */
class CommitmentTrackerTest {

    @TempDir
    Path dir;

    @Test
    void eachPromiseIsMatchedToTheNextReportSectionThatReportsOnIt() throws Exception {
        List<String> lines = Files.readAllLines(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"));
        List<String> next = new ArrayList<>();
        boolean directions = false;
        for (String l : lines) {
            if (l.contains("IV. PHƯƠNG HƯỚNG")) {
                directions = true;
            } else if (l.startsWith("Trên đây là")) {
                directions = false;
            }
            if (!directions) {
                next.add(l.replace("Quý III năm 2023", "Quý IV năm 2023").replace("ngày 08 tháng 9", "ngày 08 tháng 12"));
            }
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"), in.resolve("tien-dong-q3.txt"));
        Files.write(in.resolve("tien-dong-q4.txt"), next);
        Files.copy(ProjectFiles.path("corpus/004_4b8c83fab6bed537.txt"), in.resolve("sa-dec-q3.txt"));
        DataFolder data = new DataFolder(dir.resolve("data"));
        assertEquals(3, new Importer(data, new ReportExtractor(), 2, ImportProgress.silent()).importPaths(List.of(in)).imported());

        try (Archive archive = Archive.open(data)) {
            List<CommitmentTracker.FollowUp> q3 = new CommitmentTracker(archive)
                    .commitments(ReportFilter.of("tien dong", null, null, "Q3/2023"));
            assertEquals(5, q3.size(), q3.toString());
            for (CommitmentTracker.FollowUp f : q3) {
                assertEquals("IV", f.section());
                assertEquals("Quý IV năm 2023", f.nextPeriod(), "the next report of the same unit, not Sa Đéc's");
            }
            CommitmentTracker.FollowUp oneStop = q3.stream()
                    .filter(f -> f.text().startsWith("Nâng cao chất lượng thực hiện giải quyết thủ tục hành chính")).findFirst()
                    .orElseThrow();
            assertNotNull(oneStop.nextSection(), oneStop.toString());
            assertTrue(oneStop.nextSection().startsWith("II.2"), "reported under II.2 Cải cách thủ tục hành chính: " + oneStop);
            assertTrue(oneStop.score() >= CommitmentTracker.MIN_SCORE);
            assertEquals("II.2.c", oneStop.nextSection(), "c) Thực hiện cơ chế một cửa, cơ chế một cửa liên thông");
            // "ứng dụng công nghệ thông tin … ISO" → 6. Chính quyền điện tử; "tự chủ … biên chế và kinh phí" → 5. Tài chính công
            assertEquals("II.6", q3.get(3).nextSection(), q3.get(3).toString());
            assertEquals("II.5", q3.get(4).nextSection(), q3.get(4).toString());
            // the last report of a unit has no follow-up yet
            for (CommitmentTracker.FollowUp f : new CommitmentTracker(archive)
                    .commitments(ReportFilter.of("sa dec", null, null, null))) {
                assertNull(f.nextReportId());
                assertNull(f.score());
            }
        }
    }
}
