package vn.baocao.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a DOCX from the XML of its body, for crafted test files (text boxes, fonts) POI has no API for. */
final class MinimalDocx {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private MinimalDocx() {}

    /** A paragraph of one run, in the given font (null: none named). */
    static String paragraph(String text, String font) {
        String rpr = font == null ? "" : "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/></w:rPr>";
        return "<w:p><w:r>" + rpr + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    /** A paragraph holding a VML text box with the given text (how Word writes a shape with text). */
    static String textBox(String text) {
        return "<w:p><w:r><w:pict><v:shape style=\"position:absolute;width:120pt;height:30pt\"><v:textbox>"
                + "<w:txbxContent>" + paragraph(text, null)
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
    }

    static Path write(Path file, String bodyXml) throws IOException {
        return write(file, bodyXml, null);
    }

    /** With an embedded DOCX (a package object, as Word embeds one) holding {@code embeddedBody}. */
    static Path write(Path file, String bodyXml, Path embedded) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream z = new ZipOutputStream(out)) {
            start(
                    z,
                    "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document\"/>",
                    "");
            if (embedded != null) {
                z.putNextEntry(new ZipEntry("word/embeddings/Microsoft_Word_Document.docx"));
                z.write(Files.readAllBytes(embedded));
                z.closeEntry();
                put(
                        z,
                        "word/_rels/document.xml.rels",
                        RELS + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/package\" Target=\"embeddings/Microsoft_Word_Document.docx\"/></Relationships>");
                z.putNextEntry(new ZipEntry("docProps/thumbnail.docx"));
                z.write(Files.readAllBytes(embedded));
                z.closeEntry();
            }
            body(z, bodyXml);
        }
        return file;
    }

    /**
     * A package of a body and further parts: {@code parts} maps a part name ("word/footnotes.xml") to its
     * XML, {@code documentRels} holds the main part's {@code Relationship} elements, {@code packageRels} more
     * relationships of the package (the core properties).
     */
    static Path write(
            Path file, String bodyXml, String documentRels, String packageRels, java.util.Map<String, String> parts)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream z = new ZipOutputStream(out)) {
            start(
                    z,
                    parts.containsKey("docProps/core.xml")
                            ? "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
                                    + "vnd.openxmlformats-package.core-properties+xml\"/>"
                            : "",
                    packageRels);
            put(z, "word/_rels/document.xml.rels", RELS + documentRels + "</Relationships>");
            for (var e : parts.entrySet()) {
                put(z, e.getKey(), e.getValue());
            }
            body(z, bodyXml);
        }
        return file;
    }

    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";

    /** The content types (with {@code moreTypes}) and the package's relationships (with {@code packageRels}). */
    private static void start(ZipOutputStream z, String moreTypes, String packageRels) throws IOException {
        put(
                z,
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/>"
                        + moreTypes + "</Types>");
        put(
                z,
                "_rels/.rels",
                RELS
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "officeDocument\" Target=\"word/document.xml\"/>" + packageRels + "</Relationships>");
    }

    private static void body(ZipOutputStream z, String bodyXml) throws IOException {
        put(
                z,
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>" + bodyXml
                        + "</w:body></w:document>");
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
