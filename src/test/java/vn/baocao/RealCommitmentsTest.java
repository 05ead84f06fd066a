package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.extract.Commitment;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.Archive;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.ReportFilter;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/**
 * Commitments of the real reports kept beside the project ({@code ../shared/real/}, read at test time, never
 * copied) against the hand-checked list {@code src/test/resources/real/commitments.tsv} (section and a few
 * key words per item, and where the next report reports its result): extraction precision and recall from the
 * DOCX and from the signed PDF, and the tracking of the tháng 8 report's tasks into the tháng 9 report's
 * results part.
 */
class RealCommitmentsTest {

    record Checked(String file, String section, List<String> keys, Set<String> result) {

        boolean is(String section, String text) {
            String t = VietnameseText.fold(text);
            return this.section.equals(section) && keys.stream().allMatch(k -> t.contains(VietnameseText.fold(k)));
        }
    }

    static Path shared;
    static List<Checked> checked = new ArrayList<>();
    static ReportExtractor extractor;

    @BeforeAll
    static void setUp() throws Exception {
        shared = ProjectFiles.root().getParent().resolve("shared");
        extractor = new ReportExtractor(RuleSet.defaults());
        for (String l : Files.readAllLines(ProjectFiles.path("src/test/resources/real/commitments.tsv"))) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            Set<String> result =
                    f.length > 3 && !f[3].equals("-") ? new HashSet<>(Arrays.asList(f[3].split("\\|"))) : Set.of();
            checked.add(new Checked(f[0], f[1], List.of(f[2].split("\\|")), result));
        }
    }

    static Path original(String prefix) throws Exception {
        Path dir = shared.resolve("real");
        assumeTrue(Files.isDirectory(dir), "no ../shared/real beside the project");
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0} (checked list {1})")
    @CsvSource({"01, 01", "02, 01", "04, 04"})
    void precisionAndRecallOfExtractionOnTheHandCheckedList(String file, String list) throws Exception {
        List<Commitment> got = extractor.extract(original(file)).commitments();
        List<Checked> gold = checked.stream().filter(c -> c.file().equals(list)).toList();
        Set<Checked> found = new HashSet<>();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Commitment c : got) {
            Checked g = gold.stream()
                    .filter(x -> !found.contains(x) && x.is(c.section(), c.text()))
                    .findFirst()
                    .orElse(null);
            if (g != null) {
                found.add(g);
                right++;
            } else {
                wrong.add(c.section() + " "
                        + c.text().substring(0, Math.min(60, c.text().length())));
            }
        }
        double precision = got.isEmpty() ? 0 : right / (double) got.size();
        double recall = right / (double) gold.size();
        List<Checked> missed = gold.stream().filter(g -> !found.contains(g)).toList();
        System.out.printf(
                "commitments %s: %d extracted, %d checked, precision %.3f, recall %.3f%n",
                file, got.size(), gold.size(), precision, recall);
        assertTrue(precision >= 0.9, "precision " + precision + ", not on the list: " + wrong);
        assertTrue(recall >= 0.9, "recall " + recall + ", missed: " + missed);
    }

    @Test
    void theTasksOfTheMonthAreTrackedToTheNextMonthsResultsPart(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(original("04"), in.resolve("thang8.docx"));
        Files.copy(original("05"), in.resolve("thang9.docx"));
        DataFolder data = new DataFolder(dir.resolve("data"));
        assertEquals(
                2,
                new Importer(data, extractor, 2, ImportProgress.silent())
                        .importPaths(List.of(in))
                        .imported());
        List<Checked> gold = checked.stream().filter(c -> c.file().equals("04")).toList();
        try (Archive archive = Archive.open(data)) {
            List<CommitmentTracker.FollowUp> items = new CommitmentTracker(
                            archive, new SectionRoles(RuleSet.defaults()), new DocumentSymbols(RuleSet.defaults()))
                    .commitments(ReportFilter.of("ban chỉ đạo", null, null, "tháng 8/2025"));
            int reported = 0;
            int reportedRight = 0;
            int none = 0;
            int noneRight = 0;
            List<String> wrong = new ArrayList<>();
            for (Checked g : gold) {
                CommitmentTracker.FollowUp f = items.stream()
                        .filter(x -> g.is(x.section(), x.text()))
                        .findFirst()
                        .orElseThrow();
                assertEquals("tháng 9 năm 2025", f.nextPeriod());
                // never the next report's own forward-looking part: that is the task carried forward
                assertFalse(f.nextSection() != null && f.nextSection().startsWith("III"), f.toString());
                if (!g.result().isEmpty()) {
                    reported++;
                    if (f.nextSection() != null && g.result().contains(f.nextSection())) {
                        reportedRight++;
                        assertEquals(CommitmentTracker.REPORTED, f.status());
                        assertTrue(f.score() > 0 && f.score() <= 1, f.toString());
                    } else {
                        wrong.add(g.keys() + " → " + f.nextSection() + " (checked: " + g.result() + ")");
                    }
                } else {
                    none++;
                    if (f.nextSection() == null) {
                        noneRight++;
                    }
                }
            }
            System.out.printf(
                    "tracking tháng 8 → tháng 9: %d/%d of the tasks reported on in the right section; "
                            + "%d/%d of those not reported on left unmatched; %d of %d carried forward%n",
                    reportedRight,
                    reported,
                    noneRight,
                    none,
                    items.stream().filter(f -> f.carriedSection() != null).count(),
                    items.size());
            assertTrue(reportedRight >= 0.8 * reported, reportedRight + "/" + reported + " right; wrong: " + wrong);
            // the monthly plan is repeated nearly word for word: most tasks are also carried forward
            assertTrue(items.stream()
                    .filter(f -> f.carriedSection() != null)
                    .allMatch(f -> f.carriedSection().startsWith("III")));
            assertTrue(items.stream().filter(f -> f.carriedSection() != null).count() >= items.size() / 3);
        }
    }
}
