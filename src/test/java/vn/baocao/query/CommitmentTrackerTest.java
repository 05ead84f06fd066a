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
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

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
                next.add(l.replace("Quý III năm 2023", "Quý IV năm 2023")
                        .replace("ngày 08 tháng 9", "ngày 08 tháng 12"));
            }
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"), in.resolve("tien-dong-q3.txt"));
        Files.write(in.resolve("tien-dong-q4.txt"), next);
        Files.copy(ProjectFiles.path("corpus/004_4b8c83fab6bed537.txt"), in.resolve("sa-dec-q3.txt"));
        DataFolder data = new DataFolder(dir.resolve("data"));
        assertEquals(
                3,
                new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                        .importPaths(List.of(in))
                        .imported());

        try (Archive archive = Archive.open(data)) {
            List<CommitmentTracker.FollowUp> q3 = new CommitmentTracker(
                            archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                    .commitments(ReportFilter.of("tien dong", null, null, "Q3/2023"));
            assertEquals(5, q3.size(), q3.toString());
            for (CommitmentTracker.FollowUp f : q3) {
                assertEquals("IV", f.section());
                assertEquals("Quý IV năm 2023", f.nextPeriod(), "the next report of the same unit, not Sa Đéc's");
            }
            CommitmentTracker.FollowUp oneStop = q3.stream()
                    .filter(f -> f.text().startsWith("Nâng cao chất lượng thực hiện giải quyết thủ tục hành chính"))
                    .findFirst()
                    .orElseThrow();
            assertNotNull(oneStop.nextSection(), oneStop.toString());
            // c) Thực hiện cơ chế một cửa, cơ chế một cửa liên thông, or the paragraph of 6. Chính quyền điện tử on
            // the one-stop shop's software ("… giải quyết thủ tục hành chính theo cơ chế một cửa …")
            assertTrue(List.of("II.2.c", "II.6").contains(oneStop.nextSection()), oneStop.toString());
            assertTrue(oneStop.score() >= CommitmentTracker.MIN_SCORE && oneStop.score() <= 1);
            assertEquals(CommitmentTracker.REPORTED, oneStop.status());
            assertNotNull(oneStop.evidence());
            assertTrue(
                    oneStop.evidence().terms().stream().anyMatch(t -> t.contains("co che mot cua")),
                    oneStop.evidence().toString());
            // "tự chủ … biên chế và kinh phí" → 5. Tài chính công. (Known miss: "ứng dụng công nghệ thông tin … ISO"
            // goes to the one paragraph of I.2 that cites the ICT plan, not to 6. Chính quyền điện tử.)
            assertEquals("II.5", q3.get(4).nextSection(), q3.get(4).toString());
            assertTrue(q3.stream()
                    .noneMatch(f -> f.nextSection() != null && f.nextSection().startsWith("IV")));

            // the user's verdict is stored and wins: a rejected section is not proposed again, a confirmed one is the
            // answer
            CommitmentTracker tracker = new CommitmentTracker(
                    archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()));
            CommitmentTracker.FollowUp ict = q3.get(3);
            CommitmentTracker.FollowUp rejected = tracker.reject(ict.id(), null);
            assertEquals("rejected", rejected.review());
            assertTrue(!ict.nextSection().equals(rejected.nextSection()), rejected.toString());
            CommitmentTracker.FollowUp confirmed = tracker.confirm(ict.id(), "II.6");
            assertEquals("II.6", confirmed.nextSection());
            assertEquals("confirmed", confirmed.review());
            assertEquals(CommitmentTracker.REPORTED, confirmed.status());
        }
        try (Archive archive = Archive.open(data)) { // stored: read again from the store
            CommitmentTracker.FollowUp again = new CommitmentTracker(
                            archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                    .commitments(ReportFilter.of("tien dong", null, null, "Q3/2023"))
                    .get(3);
            assertEquals("II.6", again.nextSection());
            assertEquals("confirmed", again.review());
        }
        try (Archive archive = Archive.open(data)) {
            // the last report of a unit has no follow-up yet
            for (CommitmentTracker.FollowUp f : new CommitmentTracker(
                            archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                    .commitments(ReportFilter.of("sa dec", null, null, null))) {
                assertNull(f.nextReportId());
                assertNull(f.score());
            }
        }
    }
}
