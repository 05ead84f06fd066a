package vn.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * The checks over the real reports kept beside the project ({@code ../shared/real/}, read at test time, never
 * copied) and over the seed reports of {@code corpus/}.
 */
class RealReportChecksTest {

    static ReportExtractor extractor;
    static ReportCheck checks;

    @BeforeAll
    static void setUp() {
        extractor = new ReportExtractor(RuleSet.defaults());
        checks = new ReportCheck(RuleSet.defaults());
    }

    static Extraction real(String prefix) throws Exception {
        Path dir = ProjectFiles.root().getParent().resolve("shared").resolve("real");
        assumeTrue(Files.isDirectory(dir), "no ../shared/real beside the project");
        try (var s = Files.list(dir)) {
            return extractor.extract(s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void theAnnualReportsTwoContradictionsAreFoundAndTheMoneyInAnotherUnitIsNot() throws Exception {
        for (String name : List.of("01_", "02_")) { // the pre-issue DOCX and the signed PDF
            List<Finding> fs = checks.check(real(name));
            List<Finding> body = fs.stream()
                    .filter(f -> f.kind() == Finding.Kind.BODY_APPENDIX)
                    .toList();
            // the body's Nghị quyết + Quyết định QPPL against Biểu mẫu 2, row 1.1
            assertTrue(
                    body.stream()
                            .anyMatch(f -> f.printed().endsWith("= 173")
                                    && f.expected().startsWith("174")
                                    && f.places().stream()
                                            .anyMatch(p -> "1.1".equals(p.indicator())
                                                    && p.section().endsWith("Biểu mẫu 2"))),
                    name + fs);
            // the body's ratio of procedures with financial obligations against Biểu mẫu 7, rows 4.5.1/4.5.2
            assertTrue(
                    body.stream()
                            .anyMatch(f -> f.printed().startsWith("553/553")
                                    && f.expected().startsWith("453/453")
                                    && f.places().stream().anyMatch(p -> "4.5.1".equals(p.indicator()))),
                    name + fs);
            // "9.037/17.454 tỷ đồng" in the body is 9.037.000 / 17.454.000 triệu đồng in Biểu mẫu 6
            assertTrue(
                    fs.stream()
                            .flatMap(f -> f.places().stream())
                            .noneMatch(
                                    p -> p.text().contains("9.037") || p.text().contains("17.454")),
                    name + fs);
            // the third: Biểu mẫu 3 row 1.4 (2.372) is not the sum of its rows 1.4.1–1.4.3 (2.792; the body counts
            // the 420 procedures of the vertical agencies apart from the 2.372)
            assertEquals(3, fs.size(), name + fs);
            assertTrue(
                    fs.stream()
                            .anyMatch(f -> f.kind() == Finding.Kind.PARTS_TOTAL
                                    && f.expected().equals("2.792")),
                    name + fs);
        }
    }

    @Test
    void theMonthlyReportsHaveNone() throws Exception {
        Extraction august = real("04_");
        Extraction september = real("05_");
        assertEquals(List.of(), checks.check(august));
        assertEquals(List.of(), checks.check(september, august, PeriodChecks.DEFAULT_FACTOR));
    }

    @Test
    void theOtherRealReportsHaveNone() throws Exception {
        assertEquals(List.of(), checks.check(real("09_")));
        assertEquals(List.of(), checks.check(real("13_")));
    }

    /**
     * The seed reports' findings are contradictions printed in them: Hòa Thuận's 19 + 1 + 04 computers of a total
     * of 23 and five scores or ratios whose percentages are not theirs (2,8/18 "đạt 100%", 5.090/5.370 "15,5%",
     * 12/12 "95%", 8,6/10 "94,5%", 21,4/22 "97,5%"); Tiên Động's Biểu mẫu rows "Tỷ lệ" that are not their child
     * rows' ratio (20/26 as 100, 05/04 as 0, 259/259 as 259); Sa Đéc's breakdowns online + offline that add up to
     * the whole period's intake, not to the newly received figure they follow.
     */
    @Test
    void theSeedReportsFindingsAreTheirOwnContradictions() throws Exception {
        Map<String, Integer> expected = Map.of(
                "000_442b549b8d9bf7bd.txt",
                6,
                "001_d021599fae0810fe.txt",
                0,
                "002_4b8e4a4480cf88e8.txt",
                0,
                "003_bf6a6dcb66bb9229.txt",
                3,
                "004_4b8c83fab6bed537.txt",
                2);
        for (var e : expected.entrySet()) {
            List<Finding> fs = checks.check(extractor.extract(ProjectFiles.path("corpus", e.getKey())));
            assertEquals(e.getValue(), fs.size(), e.getKey() + fs);
        }
        List<Finding> tienDong =
                checks.check(extractor.extract(ProjectFiles.path("corpus", "003_bf6a6dcb66bb9229.txt")));
        assertTrue(tienDong.stream()
                .allMatch(f -> f.kind() == Finding.Kind.RATIO_PERCENT
                        && f.places().get(0).inTable()));
    }
}
