package vn.baocao.read;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Crafts the hostile files of {@code corpus/hostile/} (run by {@code corpus/make-hostile.sh}): files that
 * attack or confuse a reader. {@link #writeCommitted} writes the ones kept in git; {@link #writeRuntime}
 * adds those git cannot hold (a 200 MB file, symbolic-link loops, a named pipe, a non-UTF-8 name, a file
 * without read permission), which the tests make in a temporary copy.
 */
public final class HostileCorpus {

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileCorpus() {}

    /** Writes one DOCX whose document.xml is {@code head}, then {@code repeat} × {@code count}, then {@code tail}. */
    static void docx(Path f, String head, String repeat, int count, String tail) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] r = repeat.getBytes(StandardCharsets.UTF_8);
            int per = count >= 1024 ? 1024 : 1;
            byte[] block = new byte[r.length * per];
            for (int i = 0; i < per; i++) {
                System.arraycopy(r, 0, block, i * r.length, r.length);
            }
            for (int i = 0; i < count / per; i++) {
                z.write(block);
            }
            for (int i = 0; i < count % per; i++) {
                z.write(r);
            }
            z.write(tail.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    static String body(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + inner;
    }

    static String para(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** The files kept in git. */
    public static void writeCommitted(Path dir, Path corpus) throws Exception {
        Files.createDirectories(dir);
        // 1 GB of text packed into about 1 MB: a zip bomb
        docx(
                dir.resolve("bom-nen.docx"),
                body("<w:p><w:r><w:t>"),
                "AAAAAAAAAAAAAAAA",
                64 * 1024 * 1024,
                "</w:t></w:r></w:p></w:body></w:document>");
        // "billion laughs": nested XML entities that expand to gigabytes
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]><w:document xmlns:w=\"").append(W).append("\"><w:body>");
        docx(dir.resolve("thuc-the-xml.docx"), dtd.toString(), "", 0, para("&lol9;") + "</w:body></w:document>");
        // tables nested 5000 deep
        docx(
                dir.resolve("bang-long-nhau.docx"),
                body(para("BÁO CÁO")),
                "<w:tbl><w:tr><w:tc>",
                5000,
                para("ô trong cùng") + "</w:tc></w:tr></w:tbl>".repeat(5000) + "</w:body></w:document>");
        // a table of 150 000 rows (300 000 cells) of varied numbers: 16 MB of XML that packs like real text
        StringBuilder rows = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 150_000; i++) {
            rows.append("<w:tr><w:tc><w:p><w:r><w:t>")
                    .append(i + 1)
                    .append("</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>")
                    .append(random.nextInt(100_000_000))
                    .append("</w:t></w:r></w:p></w:tc></w:tr>");
        }
        docx(
                dir.resolve("bang-khong-lo.docx"),
                body(para("BÁO CÁO") + "<w:tbl>"),
                rows.toString(),
                1,
                "</w:tbl></w:body></w:document>");
        // password-protected DOCX (agile encryption) and PDF
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mat-khau");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(corpus.resolve("docx/000_442b549b8d9bf7bd.docx"), os);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("mat-khau.docx"))) {
                fs.writeFilesystem(out);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Bao cao cai cach hanh chinh");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("chu-so-huu", "mat-khau", new AccessPermission());
            p.setEncryptionKeyLength(256);
            doc.protect(p);
            doc.save(dir.resolve("mat-khau.pdf").toFile());
        }
        // a page tree whose page list contains itself
        Files.writeString(
                dir.resolve("cay-trang-vong-lap.pdf"),
                "%PDF-1.4\n"
                        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        // wrong extensions: a real report PDF named .docx; a scrap of text named .pdf
        Files.copy(
                corpus.resolve("pdf/002_4b8e4a4480cf88e8.pdf"),
                dir.resolve("that-ra-la-pdf.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("khong-phai-pdf.pdf"), "Đây không phải là tệp PDF.\n");
        // truncated DOCX, empty DOC
        byte[] whole = Files.readAllBytes(corpus.resolve("docx/001_d021599fae0810fe.docx"));
        Files.write(dir.resolve("bi-cat-cut.docx"), Arrays.copyOf(whole, whole.length / 3));
        Files.write(dir.resolve("rong.doc"), new byte[0]);
    }

    /** The hostile files git cannot hold, made beside the others. */
    public static void writeRuntime(Path dir, Path corpus) throws Exception {
        // 200 MB PDF (sparse: it takes no disk space)
        Path big = dir.resolve("lon-200MB.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(200L * 1024 * 1024);
        }
        // symbolic links: a folder that contains itself, two files that point at each other
        Files.createSymbolicLink(dir.resolve("thu-muc-vong-lap"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("lien-ket-a.docx"), Path.of("lien-ket-b.docx"));
        Files.createSymbolicLink(dir.resolve("lien-ket-b.docx"), Path.of("lien-ket-a.docx"));
        // a named pipe: opening it for reading would wait forever
        new ProcessBuilder("mkfifo", dir.resolve("ong-dan.docx").toString())
                .start()
                .waitFor();
        // a file name that is not UTF-8 (Latin-1 "á"), holding a real report
        byte[] name = "bao-cao-\u00e1.txt".getBytes(StandardCharsets.ISO_8859_1);
        writeLatin1Name(dir, name, corpus.resolve("001_d021599fae0810fe.txt"));
        // no read permission (has no effect for root)
        Path locked = dir.resolve("khong-co-quyen.docx");
        Files.copy(corpus.resolve("docx/000_442b549b8d9bf7bd.docx"), locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    }

    /** Java cannot name a file with bytes that are not UTF-8; the shell can. */
    private static void writeLatin1Name(Path dir, byte[] name, Path content) throws Exception {
        StringBuilder octal = new StringBuilder();
        for (byte b : name) {
            octal.append(String.format("\\%03o", b & 0xFF));
        }
        Process p = new ProcessBuilder(
                        "sh",
                        "-c",
                        "cp \"$1\" \"$2/$(printf '" + octal + "')\"",
                        "sh",
                        content.toString(),
                        dir.toString())
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cannot create the non-UTF-8 file name");
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        writeCommitted(dir, corpus);
        if (args.length > 2 && args[2].equals("--runtime")) {
            writeRuntime(dir, corpus);
        }
    }
}
