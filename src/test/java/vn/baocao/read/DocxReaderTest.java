package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ProjectFiles;

/**
 * The DOCX read straight from its package ({@link DocxReader}) gives the very blocks Tika's own DOCX extractor
 * gives — on the corpus, on the real reports beside the project, and on a crafted package using every
 * construct the reader models — except where Tika's are wrong (tracked deletions, comments, the title
 * property), and a package with what it does not model is left to Tika.
 */
class DocxReaderTest {

    private static final String T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private static TikaReader reader(boolean direct) {
        return new TikaReader(TikaConfig.getDefaultConfig().getDetector(), ReadLimits.DEFAULTS, direct);
    }

    /** Why the direct reader declined the file, or null when it read it. */
    private static String declined(Path f) throws Exception {
        BlockHandler h = new BlockHandler();
        return DocxReader.read(f, new XHTMLContentHandler(h, new Metadata()), ReadLimits.DEFAULTS.maxUnpacked());
    }

    private static boolean taken(Path f) throws Exception {
        return declined(f) == null;
    }

    private static void assertSameAsTika(Path f) throws Exception {
        assertEquals(null, declined(f), "read directly: " + f);
        ReportDocument tika = reader(false).read(f, TYPE);
        ReportDocument direct = reader(true).read(f, TYPE);
        assertEquals(tika.body().size(), direct.body().size(), "blocks of " + f);
        for (int i = 0; i < tika.body().size(); i++) {
            assertEquals(tika.body().get(i), direct.body().get(i), "block " + i + " of " + f);
        }
        assertEquals(tika.footnotes(), direct.footnotes(), "footnotes of " + f);
        assertEquals(tika.furniture(), direct.furniture(), "furniture of " + f);
        assertEquals(tika, direct);
    }

    @Test
    void theCorpusReadsAsTikaReadsIt() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(ProjectFiles.path("corpus/docx"))) {
            s.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 5);
        for (Path f : files) {
            assertSameAsTika(f);
        }
    }

    @Test
    void theRealReportsReadAsTikaReadsThem() throws Exception {
        Path real = ProjectFiles.root().getParent().resolve("shared/real");
        assumeTrue(Files.isDirectory(real), "no ../shared/real beside the project");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(real)) {
            s.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertSameAsTika(f);
        }
    }

    // ------------------------------------------------------------ a crafted package

    private static String p(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String r(String props, String text) {
        return "<w:r><w:rPr>" + props + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String styled(String style, String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + runs + "</w:p>";
    }

    private static String listItem(int numId, int level, String runs) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr>" + runs + "</w:p>";
    }

    private static String cell(String... items) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + String.join("", items) + "</w:tc>";
    }

    private static String table(String... rows) {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>");
        for (String row : rows) {
            sb.append("<w:tr>").append(row).append("</w:tr>");
        }
        return sb.append("</w:tbl>").toString();
    }

    private static final String DRAWING = "<w:r><mc:AlternateContent xmlns:mc=\""
            + "http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\">"
            + "<w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<wp:positionH><wp:posOffset>6714992</wp:posOffset></wp:positionH></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:line from=\"0,0\" to=\"100pt,0\"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    private static String part(String root, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:" + root + " " + MinimalDocx.NS + ">" + content + "</w:"
                + root + ">";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + T + type + "\" Target=\"" + target + "\"/>";
    }

    /** The parts every crafted package below has: styles, numbering, notes, headers and footers, comments. */
    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "word/styles.xml",
                part(
                        "styles",
                        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"));
        parts.put(
                "word/numbering.xml",
                part(
                        "numbering",
                        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                                + "<w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
                                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                + "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"));
        parts.put(
                "word/footnotes.xml",
                part(
                        "footnotes",
                        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/>"
                                + "</w:r></w:p></w:footnote>"
                                + "<w:footnote w:id=\"1\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                                + "<w:footnoteRef/></w:r>" + r(" Kế hoạch số 75/KH-UBND ngày 12/3/2025.") + "</w:p>"
                                + p(r("Dòng thứ hai của chú thích.")) + "</w:footnote>"
                                + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>" + r(" Đạt 98,5%.")
                                + "</w:p></w:footnote>"));
        parts.put(
                "word/endnotes.xml",
                part(
                        "endnotes",
                        "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>" + r(" Ghi chú cuối văn bản.")
                                + "</w:p></w:endnote>"));
        parts.put("word/header1.xml", part("hdr", p(r("ỦY BAN NHÂN DÂN TỈNH"))));
        parts.put(
                "word/header2.xml", part("hdr", p(r("Trang đầu")) + table("<w:tc>" + p(r("ô đầu trang")) + "</w:tc>")));
        parts.put(
                "word/footer1.xml",
                part(
                        "ftr",
                        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("2")
                                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
        parts.put(
                "word/header3.xml",
                part(
                        "hdr",
                        p(r("Phụ lục"))
                                + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Page Numbers (Top of Page)\"/>"
                                + "</w:docPartObj></w:sdtPr><w:sdtContent>" + p(r("Trang ") + r("<w:b/>", "3"))
                                + p(r("tiếp"))
                                + "</w:sdtContent></w:sdt>"));
        return parts;
    }

    private static final String RELS = rel("rId1", "styles", "styles.xml")
            + rel("rId2", "numbering", "numbering.xml")
            + rel("rId3", "footnotes", "footnotes.xml")
            + rel("rId4", "endnotes", "endnotes.xml")
            + rel("rId5", "header", "header1.xml")
            + rel("rId6", "header", "header2.xml")
            + rel("rId7", "footer", "footer1.xml")
            + rel("rId8", "header", "header3.xml")
            + rel("rId9", "hyperlink", "https://example.vn/\" TargetMode=\"External");

    private static final String BODY = styled("Title", r("BÁO CÁO"))
            + styled("Heading1", r("<w:b/>", "I. KẾT QUẢ THỰC HIỆN"))
            + p(r("<w:b/>", "1. Công tác chỉ đạo: ") + r("đã ban hành Kế hoạch số 75/KH-UBND")
                    + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + r(" và các văn bản khác."))
            + listItem(1, 0, r("Mục một"))
            + listItem(1, 1, r("Ý a"))
            + listItem(1, 1, r("Ý b"))
            + listItem(1, 0, r("Mục hai"))
            + listItem(2, 0, r("La Mã"))
            + p(
                    "<w:r><w:t>Tab</w:t><w:tab/><w:t>và</w:t><w:br/><w:t>dòng mới</w:t><w:noBreakHyphen/><w:t>nối</w:t></w:r>")
            + p(r("<w:caps/>", "chữ hoa")
                    + r("<w:smallCaps w:val=\"0\"/>", " thường")
                    + r("<w:i/>", " nghiêng")
                    + r("<w:b w:val=\"false\"/><w:i w:val=\"1\"/>", " vẫn nghiêng"))
            + p("<w:hyperlink r:id=\"rId9\">" + r("Cổng thông tin") + "</w:hyperlink>"
                    + "<w:fldSimple w:instr=\" DATE \">" + r(" ngày 15/6/2025") + "</w:fldSimple>"
                    + "<w:smartTag w:uri=\"x\" w:element=\"place\">" + r(" Lâm Đồng") + "</w:smartTag>"
                    + "<w:ins w:id=\"7\" w:author=\"A\">" + r(" (bổ sung)") + "</w:ins>"
                    + "<w:bookmarkStart w:id=\"0\" w:name=\"muc\"/><w:proofErr w:type=\"spellStart\"/>" + r(" hết")
                    + "<w:bookmarkEnd w:id=\"0\"/>")
            + p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF muc </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("kết quả trường") + DRAWING
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            + p("")
            + "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
            + "<w:headerReference w:type=\"first\" r:id=\"rId6\"/><w:footerReference w:type=\"default\" r:id=\"rId7\"/>"
            + "</w:sectPr></w:pPr>" + r("Hết phần một") + "</w:p>"
            + styled("Heading2", r("2. Số liệu"))
            + table(
                    cell(p(r("<w:b/>", "TT"))) + cell(p(r("<w:b/>", "Chỉ tiêu"))) + cell(p(r("<w:b/>", "Kết quả"))),
                    cell(p(r("1")))
                            + cell(p(r("Hồ sơ trực tuyến")), p(""), p(r("toàn trình")))
                            + cell(
                                    styled("BodyText", r("98,5%")),
                                    p(r("đạt")) + "<w:p><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"),
                    cell(p(r("2")))
                            + cell(table(cell(p(r("bảng")) + p(r("lồng"))) + cell(p(r("nhau")))))
                            + cell(p(r("12"))))
            + p(r("Đoạn cuối") + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>")
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"rId7\"/></w:sectPr>";

    @Test
    void everyModelledConstructReadsAsTikaReadsIt() throws Exception {
        Path f = MinimalDocx.write(dir.resolve("day-du.docx"), BODY, RELS, "", parts());
        assertSameAsTika(f);
        ReportDocument doc = reader(true).read(f, TYPE);
        // the constructs really are there, as Tika reads them
        List<String> texts = doc.body().stream().map(Block::text).toList();
        assertTrue(texts.contains("1. Mục một"), texts.toString());
        assertTrue(texts.contains("b) Ý b"), texts.toString());
        assertTrue(texts.contains("I. La Mã"), texts.toString());
        assertTrue(texts.contains("CHỮ HOA thường nghiêng vẫn nghiêng"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Cổng thông tin ngày 15/6/2025 Lâm Đồng (bổ sung) hết")));
        assertTrue(
                doc.body().stream()
                        .anyMatch(b -> b instanceof Paragraph p
                                && p.style().headingLevel() == 1
                                && p.text().equals("I. KẾT QUẢ THỰC HIỆN")),
                texts.toString());
        assertEquals(
                List.of(
                        "Kế hoạch số 75/KH-UBND ngày 12/3/2025. Dòng thứ hai của chú thích.",
                        "Đạt 98,5%.",
                        "Ghi chú cuối văn bản."),
                doc.footnotes().stream().map(Footnote::text).toList());
        assertTrue(texts.contains("Trang 3\ntiếp"), texts.toString()); // a content control in a header
        assertTrue(texts.stream().anyMatch(t -> t.contains("Kế hoạch số 75/KH-UBND¹")), texts.toString());
        assertTrue(doc.body().stream()
                .anyMatch(b -> b instanceof Table t && t.text().contains("bảng lồng")));
    }

    @Test
    void markupEdgeCasesReadAsPoiReadsThem() throws Exception {
        Map<String, String> parts = parts();
        // two styles with one id: POI names the id after the first, which here has no name
        parts.put(
                "word/styles.xml",
                part(
                        "styles",
                        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"Dup\"/>"
                                + "<w:style w:type=\"paragraph\" w:styleId=\"Dup\"><w:name w:val=\"heading 2\"/></w:style>"));
        String body = styled("Dup", r("Không phải đề mục"))
                + p(r("<w:b/><w:b w:val=\"0\"/>", "đậm theo thuộc tính đầu")
                        + r("<w:b w:val=\" true\"/>", " đậm có khoảng trắng"))
                + p(r("<w:caps w:val=\"0\"/><w:caps/>", "thường theo thuộc tính đầu")
                        + "<w:r><w:t>hoa dù rPr sau chữ</w:t><w:rPr><w:caps/></w:rPr></w:r>")
                + p(r("Có chú thích") + "<w:r><w:footnoteReference w:id=\" 2\"/></w:r>")
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pStyle w:val=\"Dup\"/></w:pPr>" + r("Đề mục")
                + "</w:p>";
        Path f = MinimalDocx.write(dir.resolve("bien.docx"), body, RELS, "", parts);
        assertSameAsTika(f);
    }

    @Test
    void partNamesMatchWhateverTheirCase() throws Exception {
        Map<String, String> parts = parts();
        String rels = RELS.replace("Target=\"styles.xml\"", "Target=\"Styles.xml\"")
                .replace("Target=\"footnotes.xml\"", "Target=\"FootNotes.xml\"");
        Path f = MinimalDocx.write(dir.resolve("hoa-thuong.docx"), BODY, rels, "", parts);
        assertSameAsTika(f);
        assertTrue(reader(true).read(f, TYPE).body().stream()
                .anyMatch(b -> b instanceof Paragraph p && p.style().headingLevel() == 1));
    }

    @Test
    void anOnOffValueTikaRefusesDoesNotLoseTheFile() throws Exception {
        Path f = MinimalDocx.write(
                dir.resolve("true.docx"), p(r("<w:b w:val=\"True\"/>", "Kết quả") + r(" đạt 98%.")), RELS, "", parts());
        assertEquals("CORRUPT", failure(() -> reader(false).read(f, TYPE))); // XMLBeans: not an ST_OnOff
        Paragraph p = (Paragraph) reader(true).read(f, TYPE).body().getFirst();
        assertEquals("Kết quả đạt 98%.", p.text());
        assertEquals("Kết quả ".length(), p.style().boldPrefix()); // bold up to the first plain letter
    }

    // ------------------------------------------------------------ where Tika is wrong

    @Test
    void deletedRevisionsAreNotText() throws Exception {
        String body =
                p(r("Đã hoàn thành") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText> 80%</w:delText></w:r></w:del>"
                        + "<w:ins w:id=\"2\" w:author=\"A\">" + r(" 95%") + "</w:ins>" + r(" kế hoạch."));
        Path f = MinimalDocx.write(dir.resolve("sua-doi.docx"), body, RELS, "", parts());
        assertTrue(taken(f));
        assertEquals(
                "Đã hoàn thành 95% kế hoạch.",
                reader(true).read(f, TYPE).body().getFirst().text());
        // Tika's extractor writes the deleted words too
        assertEquals(
                "Đã hoàn thành 80% 95% kế hoạch.",
                reader(false).read(f, TYPE).body().getFirst().text());
    }

    @Test
    void commentsAndTheTitlePropertyAreNotTheReport() throws Exception {
        Map<String, String> parts = parts();
        parts.put(
                "word/comments.xml",
                part(
                        "comments",
                        "<w:comment w:id=\"0\" w:author=\"Chuyên viên\">" + p(r("xem lại số liệu")) + "</w:comment>"));
        parts.put(
                "docProps/core.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                        + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:title>Mẫu báo cáo</dc:title></cp:coreProperties>");
        String body = p("<w:commentRangeStart w:id=\"0\"/>" + r("Tỷ lệ đạt 98%.") + "<w:commentRangeEnd w:id=\"0\"/>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r>")
                + p(r("Đoạn hai."));
        Path f = MinimalDocx.write(
                dir.resolve("y-kien.docx"),
                body,
                RELS + rel("rId10", "comments", "comments.xml"),
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        + "core-properties\" Target=\"docProps/core.xml\"/>",
                parts);
        assertTrue(taken(f));
        List<String> direct =
                reader(true).read(f, TYPE).body().stream().map(Block::text).toList();
        assertEquals(List.of("Tỷ lệ đạt 98%.", "Đoạn hai."), direct);
        List<String> tika =
                reader(false).read(f, TYPE).body().stream().map(Block::text).toList();
        assertTrue(tika.getFirst().equals("Mẫu báo cáo") && tika.get(1).contains("xem lại số liệu"), tika.toString());
    }

    // ------------------------------------------------------------ what is left to Tika

    @Test
    void whatTheReaderDoesNotModelIsLeftToTika() throws Exception {
        Map<String, String> declined = new LinkedHashMap<>();
        declined.put(
                "dieu-khien-trong-doan",
                p(r("Ngày ") + "<w:sdt><w:sdtContent>" + r("15/6/2025") + "</w:sdtContent></w:sdt>"));
        declined.put(
                "bang-trong-dieu-khien", "<w:sdt><w:sdtContent>" + table(cell(p(r("ô")))) + "</w:sdtContent></w:sdt>");
        declined.put("hop-van-ban", MinimalDocx.textBox("Trong hộp văn bản"));
        declined.put(
                "o-danh-dau",
                p("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox>"
                        + "</w:ffData></w:fldChar></w:r>" + r(" Có")));
        declined.put(
                "sua-trong-sua",
                p("<w:ins w:id=\"1\" w:author=\"A\">" + r("a") + "<w:ins w:id=\"2\" w:author=\"A\">" + r("b")
                        + "</w:ins></w:ins>"));
        for (var e : declined.entrySet()) {
            Path f = MinimalDocx.write(
                    dir.resolve(e.getKey() + ".docx"), p(r("Mở đầu")) + e.getValue(), RELS, "", parts());
            assertFalse(taken(f), e.getKey());
            assertEquals(reader(false).read(f, TYPE), reader(true).read(f, TYPE), e.getKey());
        }
    }

    @Test
    void damagedPackagesAreReportedAsTikaReportsThem() throws Exception {
        Path entities = ProjectFiles.path("corpus/hostile/thuc-the-xml.docx");
        assertTrue(declined(entities).startsWith("unreadable"), declined(entities));
        assertEquals(
                failure(() -> reader(false).read(entities, TYPE)),
                failure(() -> reader(true).read(entities, TYPE)));
        // tables nested thousands deep are declined before the model is walked (the import refuses them earlier)
        assertEquals("tables nested too deep", declined(ProjectFiles.path("corpus/hostile/bang-long-nhau.docx")));
    }

    @Test
    void aDocumentOverTheTextLimitIsRefusedByTheDirectReaderAsByTika() throws Exception {
        ReadLimits small = new ReadLimits(
                ReadLimits.DEFAULTS.maxBytes(),
                ReadLimits.DEFAULTS.timeout(),
                ReadLimits.DEFAULTS.maxUnpacked(),
                2_000,
                ReadLimits.DEFAULTS.maxCells(),
                ReadLimits.DEFAULTS.pdfMemory());
        Path f = ProjectFiles.path("corpus/docx/000_442b549b8d9bf7bd.docx");
        var detector = TikaConfig.getDefaultConfig().getDetector();
        ReadException direct = org.junit.jupiter.api.Assertions.assertThrows(
                ReadException.class, () -> new TikaReader(detector, small, true).read(f, TYPE));
        ReadException viaTika = org.junit.jupiter.api.Assertions.assertThrows(
                ReadException.class, () -> new TikaReader(detector, small, false).read(f, TYPE));
        assertEquals(ReadException.Reason.TOO_MUCH_TEXT, direct.reason());
        assertEquals(viaTika.reason(), direct.reason());
        assertTrue(direct.getMessage().contains("quá nhiều chữ"), direct.getMessage());
        // refused while the direct reader wrote it, not after handing the file to Tika
        assertTrue(java.util.Arrays.stream(direct.getCause().getStackTrace())
                .anyMatch(e -> e.getClassName().equals(DocxReader.class.getName())
                        || e.getClassName().startsWith(DocxReader.class.getName() + "$")));
    }

    /** How a read failed: the reason given, or the exception's class. */
    private static String failure(org.junit.jupiter.api.function.Executable read) {
        Throwable t = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, read);
        return t instanceof ReadException r ? r.reason().name() : t.getClass().getName();
    }
}
