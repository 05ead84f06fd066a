package vn.baocao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.baocao.ProjectFiles;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.ingest.ImportProgress;
import vn.baocao.ingest.Importer;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.DataFolder;

/** A data folder with real reports imported, and a web app serving it on a free loopback port. */
final class WebFixture implements AutoCloseable {

    /** Appended to a paragraph of the DOCX rendition of report 000: must show as text, never run. */
    static final String SCRIPT = "<script>document.title='pwned'</script>";

    final Path dir;
    final DataFolder data;
    final WebApp app;
    final int port;

    WebFixture(List<Path> reports, String password, long uploadLimit) throws Exception {
        dir = Files.createTempDirectory("baocao-web-");
        data = new DataFolder(dir.resolve("data"));
        Importer.Summary s = new Importer(data, new ReportExtractor(RuleSet.defaults()), 2, ImportProgress.silent())
                .importPaths(reports);
        if (s.failed() > 0) {
            throw new IllegalStateException("import failed: " + s.failures());
        }
        app = new WebApp(new WebApp.Settings(
                data, "127.0.0.1", 0, password, uploadLimit, new ReportExtractor(RuleSet.defaults()), null));
        port = app.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * The DOCX rendition of corpus report 000 with {@link #SCRIPT} appended to the paragraph citing plan
     * 75/KH-UBND, written into {@code folder}.
     */
    static Path reportWithScript(Path folder) throws IOException {
        Path out = folder.resolve("bao-cao-co-script.docx");
        try (InputStream in = Files.newInputStream(ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph target = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("75/KH-UBND"))
                    .findFirst()
                    .orElseThrow();
            target.createRun().setText(" " + SCRIPT);
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        app.close();
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
