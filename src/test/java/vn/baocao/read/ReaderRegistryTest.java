package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.rules.RuleSet;

/** The reader registry: one reader per family of formats, chosen by the type detected from the content. */
class ReaderRegistryTest {

    private static final List<BlockReader> READERS = List.of(
            new TxtReader(),
            new PdfReader(ReadLimits.DEFAULTS, s -> {}, RuleSet.defaults().layoutCues()),
            new ImageReader(s -> {}, RuleSet.defaults().layoutCues()),
            new TikaReader(org.apache.tika.config.TikaConfig.getDefaultConfig().getDetector(), ReadLimits.DEFAULTS));

    @Test
    void everyExtensionBelongsToOneReaderAndTheUnionIsWhatFoldersAreWalkedFor() {
        Set<String> all = new HashSet<>();
        for (BlockReader r : READERS) {
            for (String ext : r.formats().extensions()) {
                assertTrue(all.add(ext), ext + " claimed twice");
            }
        }
        assertEquals(all, ReportReader.EXTENSIONS);
        for (String ext : List.of("txt", "pdf", "docx", "docm", "doc", "odt", "rtf", "html", "png", "jpg", "tiff")) {
            assertTrue(ReportReader.hasReportExtension(Path.of("bao-cao." + ext.toUpperCase())), ext);
        }
        assertFalse(ReportReader.hasReportExtension(Path.of("bang-tinh.xlsx")));
    }

    @Test
    void eachTypeIsReadByExactlyOneReader() {
        for (String type : List.of(
                "text/plain; charset=utf-8",
                "application/pdf",
                "image/png",
                "image/jpeg",
                "image/tiff",
                "application/msword",
                "application/rtf",
                "application/vnd.oasis.opendocument.text",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.ms-word.document.macroenabled.12",
                "text/html")) {
            assertEquals(
                    1, READERS.stream().filter(r -> r.formats().include(type)).count(), type);
        }
        for (String type : List.of(
                "application/zip", "application/x-tika-ooxml-protected", "image/gif", "application/vnd.ms-excel")) {
            assertEquals(
                    0, READERS.stream().filter(r -> r.formats().include(type)).count(), type);
        }
    }

    @Test
    void theFormatNameComesFromTheReaderOfTheDetectedContent(@TempDir Path dir) throws Exception {
        Path docx = ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx");
        Path docm = dir.resolve("bao-cao.docm");
        Files.copy(docx, docm);
        Path misnamed = dir.resolve("bao-cao.pdf");
        Files.copy(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt"), misnamed);
        List<String> warnings = new ArrayList<>();
        ReportReader reader = new ReportReader(RuleSet.defaults(), ReadLimits.DEFAULTS, warnings::add);
        assertEquals("docx", reader.read(docx).format());
        assertEquals("docm", reader.read(docm).format());
        assertEquals(
                "odt",
                reader.read(ProjectFiles.path("corpus/odt/000_442b549b8d9bf7bd.odt"))
                        .format());
        assertEquals(
                "rtf",
                reader.read(ProjectFiles.path("corpus/rtf/000_442b549b8d9bf7bd.rtf"))
                        .format());
        assertEquals(
                "doc",
                reader.read(ProjectFiles.path("corpus/doc/000_442b549b8d9bf7bd.doc"))
                        .format());
        assertEquals(
                "pdf",
                reader.read(ProjectFiles.path("corpus/pdf/000_442b549b8d9bf7bd.pdf"))
                        .format());
        assertTrue(warnings.isEmpty(), warnings.toString());
        // read by content, with a warning that the name promised another format
        assertEquals("txt", reader.read(misnamed).format());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("đuôi .pdf") && warnings.get(0).contains("TXT"), warnings.get(0));
    }

    @Test
    void anImageNamedLikeAReportButHoldingSomethingElseIsCorrupt(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("trang-1.png");
        Files.write(png, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(
                ReadException.class, () -> new ReportReader(RuleSet.defaults()).read(png));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
    }
}
