package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;

/** Each kind of bad input gives one clear Vietnamese message naming the file, exit code 3, no stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static void assertFails(Path file, String reason) {
        CliRun r = run("extract", file.toString());
        assertEquals(Main.EXIT_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(file.getFileName().toString()), "names the file: " + r.err());
        assertTrue(r.err().contains(reason), "says why (" + reason + "): " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
    }

    @Test
    void missingFile() {
        assertFails(dir.resolve("khong-co.docx"), "không tìm thấy tệp");
    }

    @Test
    void directory() {
        assertFails(dir, "thư mục");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("rong.docx"));
        assertFails(f, "tệp rỗng");
    }

    @Test
    void unsupportedType() throws Exception {
        Path f = dir.resolve("so-lieu.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("a.bin"));
            z.write(new byte[] {1, 2, 3, 4, 5});
            z.closeEntry();
        }
        assertFails(f, "không được hỗ trợ");
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] whole = Files.readAllBytes(ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx"));
        Path f = dir.resolve("hong.docx");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertFails(f, "bị hỏng");
    }

    @Test
    void corruptPdf() throws Exception {
        Path f = dir.resolve("hong.pdf");
        Files.writeString(f, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\n\u0000\u0001garbage");
        assertFails(f, "bị hỏng");
    }

    /** Draws one page with the given content, optionally password-protected, and saves it. */
    interface PageContent {
        void draw(PDPageContentStream cs) throws Exception;
    }

    static void writePdf(Path f, PageContent content, StandardProtectionPolicy protection) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                content.draw(cs);
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(f.toFile());
        }
    }

    @Test
    void encryptedPdf() throws Exception {
        Path f = dir.resolve("mat-khau.pdf");
        StandardProtectionPolicy policy =
                new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        writePdf(
                f,
                cs -> {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Bao cao cai cach hanh chinh");
                    cs.endText();
                },
                policy);
        assertFails(f, "mật khẩu");
    }

    @Test
    void pdfWithoutTextLayer() throws Exception {
        Path f = dir.resolve("scan.pdf");
        writePdf(
                f,
                cs -> {
                    cs.addRect(72, 600, 300, 100);
                    cs.fill();
                },
                null);
        assertFails(f, "không có lớp văn bản");
    }

    @Test
    void verboseShowsTheCause() throws Exception {
        Path f = dir.resolve("hong2.pdf");
        Files.writeString(f, "%PDF-1.7\nnot really a pdf");
        CliRun r = run("extract", "--verbose", f.toString());
        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().contains("\tat "), "stack trace with --verbose: " + r.err());
    }
}
