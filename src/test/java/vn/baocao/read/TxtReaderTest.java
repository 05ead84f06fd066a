package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;

class TxtReaderTest {

    static final String SAMPLE = "BÁO CÁO\nCải cách hành chính Quý 1 năm 2025 của phường Hòa Thuận";

    @Test
    void decodesUtf8WithAndWithoutBom() {
        byte[] plain = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertEquals(SAMPLE, TxtReader.decode(plain));
        assertEquals(SAMPLE, TxtReader.decode(bom));
    }

    @Test
    void decodesUtf16WithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(SAMPLE, TxtReader.decode(le));
        assertEquals(SAMPLE, TxtReader.decode(be));
    }

    @Test
    void decodesWindows1258IntoNfc() {
        byte[] cp1258 = windows1258(SAMPLE);
        assertEquals(SAMPLE, TxtReader.decode(cp1258));
    }

    /** Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tone marks as combining characters. */
    static byte[] windows1258(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                ("\u0302\u0306\u031B".indexOf(mark) >= 0 ? base : tones).append(mark);
            }
            sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return sb.toString().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void wordExportMarkupBecomesBlocks() {
        String txt = """
                # **I. CÔNG TÁC CHỈ ĐẠO**

                Đã ban hành kế hoạch năm 2025¹, đề ra 28 nhiệm vụ cụ thể và triển khai đầy đủ đến cán bộ, công chức không để

                ¹Kế hoạch số 75/KH-UBND ngày 24/01/2025 về cải cách hành chính.

                ra tình trạng sai phạm.

                Theo Thông báo<sup>2</sup> của UBND.

                STT\tNỘI DUNG\tKẾT QUẢ
                1.\t<p>Tuyên truyền</p>\t<p>Tổ chức <b>9</b> hội nghị; xây dựng 01</p>

                STT\tNỘI DUNG\tKẾT QUẢ
                \t\tvideo tuyên truyền.
                2.\tSố hóa\t100%
                """;
        ReportDocument doc = TxtReader.parse("x.txt", txt);
        List<Block> body = doc.body();
        Paragraph h = (Paragraph) body.get(0);
        assertEquals("I. CÔNG TÁC CHỈ ĐẠO", h.text());
        assertEquals(1, h.style().headingLevel());
        assertTrue(h.style().bold());
        Paragraph joined = (Paragraph) body.get(1);
        assertTrue(joined.text().endsWith("không để ra tình trạng sai phạm."), joined.text());
        assertEquals(1, doc.footnotes().size());
        assertEquals("¹", doc.footnotes().getFirst().marker());
        assertTrue(doc.footnotes().getFirst().text().startsWith("Kế hoạch số 75/KH-UBND"));
        assertEquals("Theo Thông báo² của UBND.", body.get(2).text());
        Table t = (Table) body.get(3);
        assertEquals(3, t.rows().size(), "repeated header dropped, continued row merged");
        assertEquals(
                "Tổ chức 9 hội nghị; xây dựng 01 video tuyên truyền.",
                t.rows().get(1).get(2).text());
        assertEquals("100%", t.rows().get(2).get(2).text());
    }

    @Test
    void displayTextIsKeptWhileMatchingUsesOneTonePlacement() {
        ReportDocument doc = TxtReader.parse("x.txt", "Phường Hòa Thuận\n\nphường Hoà Thuận");
        Paragraph a = doc.paragraphs().get(0);
        Paragraph b = doc.paragraphs().get(1);
        assertEquals("Phường Hòa Thuận", a.text());
        assertEquals(a.matchText(), b.matchText());
    }

    @Test
    void readsTheCorpusSeedWithFootnotes() throws Exception {
        ReportDocument doc =
                TxtReader.read("000.txt", Files.readAllBytes(ProjectFiles.path("corpus/000_442b549b8d9bf7bd.txt")));
        assertEquals(5, doc.footnotes().size());
        assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().contains("không để ra tình trạng sai phạm")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
