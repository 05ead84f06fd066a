package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.cli.CliRun;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/** {@code baocao draft} without --history or --base-file drafts from the reports imported into the data folder. */
class StoreHistoryTest {

    @TempDir
    Path dir;

    @Test
    void draftsFromTheImportedReportsNamingTheOriginalFile() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        Path hoaThuan = ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt");
        new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                .importPaths(List.of(hoaThuan, ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt")));

        StoreHistory history = StoreHistory.open(data, new ReportExtractor(RuleSet.defaults()));
        assertEquals(2, history.reports().size());
        StoredReportRef ref = history.reports().stream()
                .filter(r -> r.metadata().issuer().equals("UBND phường Hòa Thuận"))
                .findFirst()
                .orElseThrow();
        assertTrue(ref.source().startsWith(data.sourcesDir()), "read from the kept copy: " + ref.source());
        Extraction x = history.load(ref);
        assertEquals(hoaThuan.toAbsolutePath().toString(), x.document().source(), "provenance names the imported file");
        assertEquals(ref.metadata().period(), x.metadata().period());

        Path out = dir.resolve("du-thao.md");
        CliRun r = CliRun.of(
                "draft",
                "--data",
                data.root().toString(),
                "--unit",
                "hoa thuan",
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Quý II năm 2025 từ " + hoaThuan.toAbsolutePath()), r.out());
        assertTrue(Files.readString(out).contains("Quý 2 năm 2025"), "the period rolled forward");

        CliRun empty = CliRun.of(
                "draft",
                "--data",
                dir.resolve("trong").toString(),
                "--unit",
                "hoa thuan",
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("baocao import"), empty.err());
        assertEquals(
                null, StoreHistory.open(new DataFolder(dir.resolve("trong")), new ReportExtractor(RuleSet.defaults())));
    }

    @Test
    void theStoreKeepsWhatDraftingNeedsSoTheSourceIsNeverReadAgain() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        Path hoaThuan = ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx");
        ReportExtractor extractor = new ReportExtractor(RuleSet.defaults());
        new Importer(data, extractor, 1, ImportProgress.silent()).importPaths(List.of(hoaThuan));
        Extraction fresh = extractor.extract(hoaThuan);

        StoreHistory history = StoreHistory.open(data, RuleSet.defaults(), () -> {
            throw new AssertionError("the draft must not extract the base again");
        });
        StoredReportRef ref = history.reports().get(0);
        Files.delete(ref.source()); // not even the kept copy is needed
        Extraction stored = history.load(ref);
        assertEquals(fresh.document().body(), stored.document().body(), "the block model as read");
        assertEquals(fresh.document().footnotes(), stored.document().footnotes());
        assertEquals(fresh.metadata(), stored.metadata());
        assertEquals(fresh.references(), stored.references(), "references with their spans");
        assertEquals(fresh.figures(), stored.figures(), "figures with their spans");
        assertEquals(fresh.commitments(), stored.commitments());
        assertEquals(
                fresh.tree().sections().stream()
                        .map(s -> s.path() + " " + s.title())
                        .toList(),
                stored.tree().sections().stream()
                        .map(s -> s.path() + " " + s.title())
                        .toList());

        Path out = dir.resolve("du-thao.docx");
        CliRun r = CliRun.of(
                "draft",
                "--data",
                data.root().toString(),
                "--unit",
                "hoa thuan",
                "--period",
                "Q2/2025",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aReportImportedBeforeModelsWereKeptIsReadOnceAndGetsItsModel() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        new Importer(data, new ReportExtractor(RuleSet.defaults()), 1, ImportProgress.silent())
                .importPaths(List.of(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt")));
        try (var db = java.sql.DriverManager.getConnection(
                        "jdbc:sqlite:" + data.root().resolve("baocao.db"));
                var st = db.createStatement()) {
            st.executeUpdate("DELETE FROM report_models"); // as a store filled before schema version 3
        }
        int[] extractions = {0};
        ReportExtractor extractor = new ReportExtractor(RuleSet.defaults());
        StoreHistory first = StoreHistory.open(data, RuleSet.defaults(), () -> {
            extractions[0]++;
            return extractor;
        });
        first.load(first.reports().get(0));
        assertEquals(1, extractions[0], "read from the source copy once");
        StoreHistory second = StoreHistory.open(data, RuleSet.defaults(), () -> {
            throw new AssertionError("the model was kept");
        });
        assertEquals(
                "UBND phường Hòa Thuận",
                second.load(second.reports().get(0)).metadata().issuer());
    }
}
