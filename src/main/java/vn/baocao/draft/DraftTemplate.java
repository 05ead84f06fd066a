package vn.baocao.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The DOCX template of a báo cáo in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I; mẫu 1.4, văn bản có tên
 * loại): A4, margins 20/20/30/15 mm, Times New Roman, the two-column header (issuing body / Quốc hiệu and
 * Tiêu ngữ), "Số:", place and date, "BÁO CÁO" with the trích yếu, the body, Nơi nhận and the signature block.
 * The texts in braces are placeholders that {@link DocxDraftWriter} fills; a user may edit everything else in
 * Word (fonts, sizes, spacing, margins, fixed texts) and keep the placeholders. {@code baocao draft --new-template FILE}
 * writes this template; {@code templates/bao-cao.docx} is the copy the tool uses by default.
 */
public final class DraftTemplate {

    /** The default template: this file of the installation ({@code baocao.home}), else the jar's copy of it. */
    public static final String DEFAULT = "templates/bao-cao.docx";

    public static final String PARENT_BODY = "{CO_QUAN_CHU_QUAN}";
    public static final String BODY = "{CO_QUAN_BAN_HANH}";
    public static final String SYMBOL = "{KY_HIEU}";
    public static final String PLACE = "{DIA_DANH}";
    public static final String YEAR = "{NAM}";
    public static final String SUBJECT = "{TRICH_YEU}";
    public static final String CONTENT = "{NOI_DUNG}";
    public static final String RECIPIENTS = "{NOI_NHAN}";
    public static final String SIGNER_MARK = "{QUYEN_HAN_KY}";
    public static final String SIGNER_TITLE = "{CHUC_VU}";
    public static final String SIGNER = "{NGUOI_KY}";

    static final String FONT = "Times New Roman";

    private DraftTemplate() {}

    /**
     * Opens the template: the given file, else {@link #DEFAULT} of the installation (never of the working
     * folder), else the built-in one.
     *
     * @throws DraftException when the given file cannot be read as DOCX
     */
    public static XWPFDocument open(Path file) {
        String home = System.getProperty("baocao.home");
        Path f = file != null
                ? file
                : home != null && Files.isRegularFile(Path.of(home, DEFAULT)) ? Path.of(home, DEFAULT) : null;
        if (f == null) {
            try (InputStream in = DraftTemplate.class.getResourceAsStream("/" + DEFAULT)) {
                return in == null ? create() : new XWPFDocument(in);
            } catch (IOException | RuntimeException e) {
                return create();
            }
        }
        try (InputStream in = Files.newInputStream(f)) {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new DraftException("Không đọc được tệp mẫu " + f + " (cần tệp DOCX): " + e.getMessage(), e);
        }
    }

    /** Writes the built-in template to a file. */
    public static void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (XWPFDocument doc = create();
                OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    /** The built-in template. */
    public static XWPFDocument create() {
        XWPFDocument doc = new XWPFDocument();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        pageSetup(doc);

        XWPFTable header = borderless(doc, 2, new int[] {3600, 5600});
        XWPFTableCell left = header.getRow(0).getCell(0);
        para(left.getParagraphs().get(0), PARENT_BODY, 13, false, false);
        para(left.addParagraph(), BODY, 13, true, false);
        para(left.addParagraph(), "_______", 13, false, false);
        para(left.addParagraph(), "Số:        /" + SYMBOL, 13, false, false);
        XWPFTableCell right = header.getRow(0).getCell(1);
        para(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        para(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        para(right.addParagraph(), "_______________________", 13, false, false);
        para(right.addParagraph(), PLACE + ", ngày …… tháng …… năm " + YEAR, 14, false, true);

        XWPFParagraph gap = doc.createParagraph();
        para(gap, "", 14, false, false);
        para(doc.createParagraph(), "BÁO CÁO", 14, true, false);
        para(doc.createParagraph(), SUBJECT, 14, true, false);
        para(doc.createParagraph(), "_________", 14, false, false);

        XWPFParagraph content = doc.createParagraph();
        XWPFRun r = content.createRun();
        r.setText(CONTENT);
        r.setFontFamily(FONT);
        r.setFontSize(14);
        content.setAlignment(ParagraphAlignment.BOTH);
        content.setIndentationFirstLine(567);
        content.setSpacingAfter(120);

        XWPFTable sign = borderless(doc, 2, new int[] {4300, 4900});
        XWPFTableCell to = sign.getRow(0).getCell(0);
        XWPFParagraph toTitle = to.getParagraphs().get(0);
        para(toTitle, "Nơi nhận:", 12, true, true);
        toTitle.setAlignment(ParagraphAlignment.LEFT);
        XWPFParagraph list = to.addParagraph();
        para(list, RECIPIENTS, 11, false, false);
        list.setAlignment(ParagraphAlignment.LEFT);
        XWPFTableCell by = sign.getRow(0).getCell(1);
        para(by.getParagraphs().get(0), SIGNER_MARK, 14, true, false);
        para(by.addParagraph(), SIGNER_TITLE, 14, true, false);
        for (int i = 0; i < 4; i++) {
            para(by.addParagraph(), "", 14, false, false);
        }
        para(by.addParagraph(), SIGNER, 14, true, false);
        return doc;
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4: 210 mm
        size.setH(BigInteger.valueOf(16838)); // 297 mm
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134)); // 20 mm
        mar.setBottom(BigInteger.valueOf(1134)); // 20 mm
        mar.setLeft(BigInteger.valueOf(1701)); // 30 mm
        mar.setRight(BigInteger.valueOf(850)); // 15 mm
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns, int[] widths) {
        XWPFTable t = doc.createTable(1, columns);
        t.removeBorders();
        t.setTableAlignment(TableRowAlign.CENTER);
        for (int i = 0; i < columns; i++) {
            t.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return t;
    }

    private static void para(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }
}
