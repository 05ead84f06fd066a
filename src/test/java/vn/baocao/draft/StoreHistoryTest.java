package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.CliRun;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.store.DataFolder;
import vn.baocao.ProjectFiles;

/** {@code baocao draft} without --history or --base-file drafts from the reports imported into the data folder. */
class StoreHistoryTest {

    @TempDir
    Path dir;

    @Test
    void draftsFromTheImportedReportsNamingTheOriginalFile() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        Path hoaThuan = ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt");
        new Importer(data, new ReportExtractor(), 2, ImportProgress.silent())
                .importPaths(List.of(hoaThuan, ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt")));

        StoreHistory history = StoreHistory.open(data, new ReportExtractor());
        assertEquals(2, history.reports().size());
        StoredReportRef ref = history.reports().stream()
                .filter(r -> r.metadata().issuer().equals("UBND phường Hòa Thuận")).findFirst().orElseThrow();
        assertTrue(ref.source().startsWith(data.sourcesDir()), "read from the kept copy: " + ref.source());
        Extraction x = history.load(ref);
        assertEquals(hoaThuan.toAbsolutePath().toString(), x.document().source(), "provenance names the imported file");
        assertEquals(ref.metadata().period(), x.metadata().period());

        Path out = dir.resolve("du-thao.md");
        CliRun r = CliRun.of("draft", "--data", data.root().toString(), "--unit", "hoa thuan", "--period", "Q2/2025",
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Quý II năm 2025 từ " + hoaThuan.toAbsolutePath()), r.out());
        assertTrue(Files.readString(out).contains("Quý 2 năm 2025"), "the period rolled forward");

        CliRun empty = CliRun.of("draft", "--data", dir.resolve("trong").toString(), "--unit", "hoa thuan",
                "--period", "Q2/2025", "-o", out.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("baocao import"), empty.err());
        assertEquals(null, StoreHistory.open(new DataFolder(dir.resolve("trong")), new ReportExtractor()));
    }
}
