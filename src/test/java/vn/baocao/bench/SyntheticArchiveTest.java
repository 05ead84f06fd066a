package vn.baocao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** The synthetic archive reads back as what it claims: units, periods, evolving figures, recurring plans. */
class SyntheticArchiveTest {

    static final RuleSet RULES = RuleSet.defaults();
    static final ReportExtractor EXTRACTOR = new ReportExtractor(RULES);

    @TempDir
    static Path dir;

    static List<SyntheticArchive.Report> reports;

    @BeforeAll
    static void build() throws Exception {
        reports = new SyntheticArchive(RULES).write(options(7, "a", List.of("txt", "docx")), r -> {});
        assertEquals(2 * 2 * 4, reports.size());
    }

    static SyntheticArchive.Options options(long seed, String out, List<String> formats) {
        return new SyntheticArchive.Options(2, 2, 2023, formats, seed, ProjectFiles.path("corpus"), dir.resolve(out));
    }

    @Test
    void everyUnitHasEveryPeriodOfEveryYear() throws Exception {
        for (SyntheticArchive.Report r : reports.subList(0, 8)) {
            Extraction x = EXTRACTOR.extract(r.txt());
            assertEquals(r.period(), x.metadata().period(), r.txt().toString());
            assertEquals(r.issuer(), x.metadata().issuer(), r.txt().toString());
            assertTrue(
                    x.metadata().date() != null
                            && x.metadata().date().startsWith(r.period().year() + ""),
                    r.txt() + " dated " + x.metadata().date());
            assertTrue(Files.size(Path.of(r.txt().toString().replace(".txt", ".docx"))) > 5000);
        }
        Extraction docx =
                EXTRACTOR.extract(Path.of(reports.get(0).txt().toString().replace(".txt", ".docx")));
        assertEquals(reports.get(0).issuer(), docx.metadata().issuer());
    }

    @Test
    void sameSeedSameArchiveOtherSeedAnother() throws Exception {
        var again = new SyntheticArchive(RULES).write(options(7, "b", List.of("txt")), r -> {});
        var other = new SyntheticArchive(RULES).write(options(8, "c", List.of("txt")), r -> {});
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(
                    Files.readString(reports.get(i).txt()),
                    Files.readString(again.get(i).txt()));
        }
        assertNotEquals(
                reports.stream().map(SyntheticArchive.Report::issuer).toList(),
                other.stream().map(SyntheticArchive.Report::issuer).toList());
    }

    @Test
    void figuresEvolveAndPlansRecurWithinAYearAndRenewTheNext() throws Exception {
        String unit = reports.get(0).issuer();
        List<Extraction> mine = new ArrayList<>();
        for (SyntheticArchive.Report r : reports) {
            if (r.issuer().equals(unit)) {
                mine.add(EXTRACTOR.extract(r.txt()));
            }
        }
        List<Double> first = mine.get(0).figures().stream().map(Figure::value).toList();
        List<Double> third = mine.get(2).figures().stream().map(Figure::value).toList();
        assertNotEquals(first, third, "figures move from Quý I to Quý III");
        Set<String> plans2023 = ownPlans(mine.get(0));
        Set<String> plans2023b = ownPlans(mine.get(1));
        Set<String> plans2024 = ownPlans(mine.get(4));
        assertTrue(!plans2023.isEmpty() && plans2023.equals(plans2023b), plans2023 + " vs " + plans2023b);
        assertNotEquals(plans2023, plans2024);
    }

    private static Set<String> ownPlans(Extraction x) {
        return x.references().stream()
                .filter(r ->
                        r.year() == null && r.symbol() != null && r.symbol().contains("UBND"))
                .map(Reference::canonical)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
