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
            put(
                    z,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document.main+xml\"/>"
                            + "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document\"/></Types>");
            put(
                    z,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            if (embedded != null) {
                z.putNextEntry(new ZipEntry("word/embeddings/Microsoft_Word_Document.docx"));
                z.write(Files.readAllBytes(embedded));
                z.closeEntry();
                put(
                        z,
                        "word/_rels/document.xml.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/package\" Target=\"embeddings/Microsoft_Word_Document.docx\"/></Relationships>");
                z.putNextEntry(new ZipEntry("docProps/thumbnail.docx"));
                z.write(Files.readAllBytes(embedded));
                z.closeEntry();
            }
            put(
                    z,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>"
                            + bodyXml + "</w:body></w:document>");
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
            put(
                    z,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document.main+xml\"/>"
                            + (parts.containsKey("docProps/core.xml")
                                    ? "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
                                            + "vnd.openxmlformats-package.core-properties+xml\"/>"
                                    : "")
                            + "</Types>");
            put(
                    z,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "officeDocument\" Target=\"word/document.xml\"/>" + packageRels + "</Relationships>");
            put(
                    z,
                    "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + documentRels + "</Relationships>");
            for (var e : parts.entrySet()) {
                put(z, e.getKey(), e.getValue());
            }
            put(
                    z,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>"
                            + bodyXml + "</w:body></w:document>");
        }
        return file;
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
