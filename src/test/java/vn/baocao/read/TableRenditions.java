package vn.baocao.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * A report with two statistics tables typed without ruling lines, in the shapes offices use — an entity ×
 * measure table long enough to run onto a second page with its header row repeated there, and a Biểu mẫu
 * of indicator rows with a unit column — as a DOCX, and as the PDF LibreOffice prints from it (a PDF whose
 * tables draw no lines, so a reader must rebuild them from the words' geometry). Made up, not taken from
 * any report.
 */
final class TableRenditions {

    /** Entities of the measure table (rows), each with a rate, a score and a rank. */
    static final int ENTITIES = 48;

    private TableRenditions() {}

    /** Made-up names: a kind of body and a place, some long enough to wrap in their cell. */
    static String entity(int i) {
        String[] kinds = {
            "Ủy ban nhân dân xã",
            "Ủy ban nhân dân phường",
            "Trung tâm Phục vụ hành chính công xã",
            "Ban Quản lý dự án phường"
        };
        String[] first = {"An", "Bình", "Hòa", "Phú", "Tân", "Long", "Mỹ", "Vĩnh", "Thạnh", "Đông", "Tây", "Nam"};
        String[] second = {"Lợi", "Thuận", "Hưng", "Khánh"};
        return kinds[i % kinds.length] + " " + first[i % first.length] + " " + second[i / first.length % second.length];
    }

    static String rate(int i) {
        return (60 + (i * 7) % 40) + "," + (i % 10) + (i * 3 % 10);
    }

    static String score(int i) {
        return (10 + i % 9) + "," + (i * 7 % 10);
    }

    static String rank(int i) {
        return Integer.toString(i + 1);
    }

    static final String[][] INDICATORS = {
        {"STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ trước", "Kỳ này"},
        {"1", "Số thủ tục hành chính được công bố", "Thủ tục", "1.204", "1.187"},
        {"1.1", "Thủ tục cấp tỉnh", "Thủ tục", "985", "970"},
        {"2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97,5", "98,12"},
        {"3", "Kinh phí chi cho cải cách hành chính", "Triệu đồng", "1.250", "1.375,5"},
    };

    static Path docx(Path file) throws IOException {
        try (XWPFDocument d = new XWPFDocument();
                OutputStream o = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN TỈNH AN PHÚ");
            d.createParagraph().createRun().setText("BÁO CÁO");
            d.createParagraph().createRun().setText("Kết quả chỉ số cải cách hành chính năm 2025");
            d.createParagraph().createRun().setText("I. KẾT QUẢ CHỈ SỐ CỦA CÁC CƠ QUAN");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"STT", "Cơ quan, đơn vị", "Tỷ lệ (%)", "Điểm", "Thứ hạng"});
            for (int i = 0; i < ENTITIES; i++) {
                rows.add(new String[] {Integer.toString(i + 1), entity(i), rate(i), score(i), rank(i)});
            }
            XWPFTable t = table(d, rows.toArray(String[][]::new));
            t.getRow(0).setRepeatHeader(true);
            d.createParagraph().createRun().setText("II. BIỂU MẪU THỐNG KÊ");
            table(d, INDICATORS);
            d.createParagraph().createRun().setText("Trên đây là báo cáo kết quả chỉ số cải cách hành chính năm 2025.");
            d.write(o);
        }
        return file;
    }

    private static XWPFTable table(XWPFDocument d, String[][] rows) {
        XWPFTable t = d.createTable(rows.length, rows[0].length);
        CTTblPr pr = t.getCTTbl().getTblPr();
        var borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (var b : List.of(
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())) {
            b.setVal(STBorder.NONE);
            b.setSz(BigInteger.ZERO);
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.getCell(c).setText(rows[r][c]);
            }
        }
        return t;
    }

    /** The PDF LibreOffice prints from {@code docx}, or null when LibreOffice is not installed. */
    static Path pdf(Path docx, Path dir) throws IOException, InterruptedException {
        Path profile = dir.resolve("lo-profile");
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + docx);
        }
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        Path out = dir.resolve(name);
        if (!Files.isRegularFile(out)) {
            throw new IOException("LibreOffice made no PDF: " + Files.readString(dir.resolve("soffice.log")));
        }
        return out;
    }
}
