package vn.baocao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.Span;
import vn.baocao.rules.RuleSet;

class StoreTest {

    @Test
    void migratesOnceAndStoresAReportWithItsSections(@TempDir Path dir) throws Exception {
        Extraction x =
                new ReportExtractor(RuleSet.defaults()).extract(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"));
        try (Store s = Store.open(dir)) {
            assertEquals(Store.MIGRATIONS.size(), s.schemaVersion());
            s.saveReport(new Store.FileInfo("corpus/000.txt", "abc", "txt", 42), x);
            assertEquals(1, s.count("reports"));
            assertEquals(x.tree().sections().size(), s.count("sections"));
        }
        try (Store s = Store.open(dir)) { // reopening does not migrate again
            assertEquals(Store.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(1, s.count("files"));
        }
    }

    @Test
    void aFailingReportLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Extraction good =
                new ReportExtractor(RuleSet.defaults()).extract(ProjectFiles.path("corpus/002_4b8e4a4480cf88e8.txt"));
        // a figure without surface text violates the schema (surface NOT NULL) after the report row is written
        Extraction bad = new Extraction(
                good.document(),
                good.tree(),
                good.metadata(),
                good.references(),
                List.of(new Figure(
                        Figure.Kind.COUNT, 1, null, null, null, null, null, null, 0, 1, 1, "", Span.unknown(""))),
                good.commitments());
        try (Store s = Store.open(dir)) {
            assertThrows(SQLException.class, () -> s.saveReport(new Store.FileInfo("x", "h", "txt", 1), bad));
            assertEquals(0, s.count("files"));
            assertEquals(0, s.count("reports"));
            assertEquals(0, s.count("sections"));
        }
    }
}
