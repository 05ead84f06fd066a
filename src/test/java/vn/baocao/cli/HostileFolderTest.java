package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;
import vn.baocao.read.HostileCorpus;

/**
 * {@code baocao check} over a copy of corpus/hostile/ with the files git cannot hold added (a 200 MB PDF,
 * link loops, a named pipe, a non-UTF-8 name, a file without read permission) and two good reports: every
 * hostile file gets its Vietnamese message within the time limit, and the good reports are read.
 */
class HostileFolderTest {

    static final Path HOSTILE = ProjectFiles.path("corpus/hostile");
    static final int TIMEOUT_SECONDS = 20;
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    /** File name → what its line must say. */
    static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bang-khong-lo.docx", "LỖI .*quá nhiều ô");
        m.put("bang-long-nhau.docx", "LỖI .*lồng nhau quá sâu");
        m.put("bi-cat-cut.docx", "LỖI .*bị hỏng");
        m.put("bom-nen.docx", "LỖI .*bom nén");
        m.put("cay-trang-vong-lap.pdf", "LỖI .*không có lớp văn bản");
        m.put("khong-phai-pdf.pdf", "OK .*TXT");
        m.put("mat-khau.docx", "LỖI .*mật khẩu");
        m.put("mat-khau.pdf", "LỖI .*mật khẩu");
        m.put("rong.doc", "LỖI .*tệp rỗng");
        m.put("that-ra-la-pdf.docx", "OK .*PDF, [1-9]");
        m.put("thuc-the-xml.docx", "LỖI .*thực thể XML");
        m.put("lon-200MB.pdf", "LỖI .*vượt quá giới hạn kích thước.*200 MB");
        m.put("lien-ket-a.docx", "LỖI .*vòng lặp");
        m.put("lien-ket-b.docx", "LỖI .*vòng lặp");
        m.put("ong-dan.docx", "LỖI .*không phải tệp thông thường");
        m.put("bao-cao-\uFFFD.txt", "OK .*TXT, [1-9]");
        m.put("khong-co-quyen.docx", ROOT ? "OK .*DOCX" : "LỖI .*không có quyền đọc");
        m.put("000_442b549b8d9bf7bd.docx", "OK .*DOCX, 36 mục");
        m.put("003_bf6a6dcb66bb9229.pdf", "OK .*PDF, [1-9]");
        return m;
    }

    /** corpus/hostile, the runtime-only hostile files and two good reports, in {@code into}. */
    static void hostileFolder(Path into) throws Exception {
        Files.createDirectories(into);
        try (Stream<Path> s = Files.list(HOSTILE)) {
            for (Path f : s.filter(p -> !p.getFileName().toString().equals("README.md"))
                    .toList()) {
                Files.copy(f, into.resolve(f.getFileName()));
            }
        }
        HostileCorpus.writeRuntime(into, ProjectFiles.path("corpus"));
        Files.copy(
                ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx"), into.resolve("000_442b549b8d9bf7bd.docx"));
        Files.copy(ProjectFiles.path("corpus/pdf/003_bf6a6dcb66bb9229.pdf"), into.resolve("003_bf6a6dcb66bb9229.pdf"));
    }

    /** The import goes on past every hostile file, names each failure with its reason, imports the rest. */
    @Test
    void importGoesOnPastHostileFiles() throws Exception {
        Path in = dir.resolve("in");
        hostileFolder(in);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "import",
                    "--timeout",
                    String.valueOf(TIMEOUT_SECONDS),
                    "--data",
                    dir.resolve("data").toString(),
                    in.toString()
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        String summary = out.toString();
        assertEquals(Main.EXIT_INPUT, code, summary + err);
        // five distinct good reports; as root the locked copy of report 000 is readable and is the same content
        assertTrue(summary.contains("đã nhập 5 (trong đó cập nhật 0), không đổi " + (ROOT ? 1 : 0)), summary + err);
        for (var e : expected().entrySet()) {
            if (e.getValue().startsWith("LỖI")) {
                String reason = e.getValue().substring("LỖI .*".length());
                assertTrue(
                        Pattern.compile(Pattern.quote(e.getKey()) + ".*: .*" + reason)
                                .matcher(summary)
                                .find(),
                        e.getKey() + " named with its reason:\n" + summary);
            }
        }
        assertTrue(summary.contains("thu-muc-vong-lap: liên kết tượng trưng (symlink) tạo thành vòng lặp"), summary);
        assertFalse((summary + err).contains("\tat "), "no stack trace");
    }

    @Test
    void everyHostileFileIsExplainedInTimeAndTheRestIsRead() throws Exception {
        hostileFolder(dir);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(
                new String[] {"check", "--timeout", String.valueOf(TIMEOUT_SECONDS), dir.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        double total = (System.nanoTime() - start) / 1e9;
        String report = out + "\n" + err;
        assertEquals(Main.EXIT_INPUT, code, report);
        assertFalse(report.contains("\tat "), "no stack trace: " + report);

        Map<String, String> expected = expected();
        for (var e : expected.entrySet()) {
            String line = out.toString()
                    .lines()
                    .filter(l -> l.contains(dir.resolve(e.getKey()).toString() + "»")
                            || l.contains(dir.resolve(e.getKey()) + " —"))
                    .findFirst()
                    .orElse(null);
            assertTrue(line != null, "a line for " + e.getKey() + ":\n" + report);
            assertTrue(Pattern.compile(e.getValue()).matcher(line).find(), e.getKey() + ": " + line);
            Matcher t = Pattern.compile("\\((\\d+),(\\d) giây\\)$").matcher(line);
            assertTrue(t.find(), line);
            assertTrue(
                    Double.parseDouble(t.group(1) + "." + t.group(2)) <= TIMEOUT_SECONDS + 1,
                    "within its time limit: " + line);
        }
        // the folder that contains itself is reported once, by the walk
        assertTrue(err.toString().contains("thu-muc-vong-lap") && err.toString().contains("vòng lặp"), report);
        // warnings for names and extensions that lie
        for (String w :
                List.of("không phải UTF-8", "đuôi .docx nhưng nội dung là PDF", "đuôi .pdf nhưng nội dung là TXT")) {
            assertTrue(err.toString().contains(w), w + "\n" + report);
        }
        Set<String> listed = Set.copyOf(expected.keySet());
        assertEquals(
                listed.size(),
                out.toString().lines().filter(l -> l.startsWith("[")).count(),
                "one line per file, nothing read twice through the loop:\n" + out);
        assertTrue(out.toString().contains("Tổng cộng: 20 tệp; đọc được " + (ROOT ? 6 : 5)), out.toString());
        assertTrue(total < 120, "the whole folder in " + total + " s");
    }

    /** The committed hostile files are exactly what the generator makes. */
    @Test
    void hostileFolderMatchesItsGenerator() throws Exception {
        HostileCorpus.writeCommitted(dir, ProjectFiles.path("corpus"));
        try (Stream<Path> made = Files.list(dir);
                Stream<Path> kept = Files.list(HOSTILE)) {
            Set<String> a = Set.copyOf(made.map(p -> p.getFileName().toString()).toList());
            Set<String> b = Set.copyOf(kept.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .toList());
            assertEquals(a, b);
        }
    }
}
