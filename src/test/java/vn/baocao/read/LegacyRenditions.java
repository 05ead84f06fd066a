package vn.baocao.read;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.baocao.normalize.LegacyEncoding;

/**
 * Makes legacy-encoded renditions of corpus reports, as offices typed them before Unicode: a TXT in VNI
 * (Windows-1252 bytes) and a DOCX in TCVN3 whose runs are set in {@code .VnTime}, with the toned capitals
 * TCVN3 lacks set in {@code .VnTimeH} as a typist would.
 */
public final class LegacyRenditions {

    private static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern RUN = Pattern.compile(
            "<w:r>(?:<w:rPr>(.*?)</w:rPr>)?<w:t(?: xml:space=\"preserve\")?>([^<]*)</w:t></w:r>");

    private LegacyRenditions() {
    }

    /** A Word TXT export in an encoding (VNI or TCVN3): footnote markers as {@code <sup>n</sup>}. */
    public static void txt(Path unicodeTxt, Path out, LegacyEncoding enc) throws Exception {
        String text = Files.readString(unicodeTxt, StandardCharsets.UTF_8);
        Matcher m = SUPERSCRIPT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "<sup>" + InlineMarkup.fromSuperscript(m.group()) + "</sup>");
        }
        m.appendTail(sb);
        Files.write(out, enc.fromUnicode(sb.toString()).getBytes(Charset.forName("windows-1252")));
    }

    /** A DOCX whose every run is set in .VnTime / .VnTimeH with TCVN3 text. */
    public static void tcvn3Docx(Path unicodeDocx, Path out) throws Exception {
        try (ZipFile zip = new ZipFile(unicodeDocx.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                String name = e.getName();
                if (name.equals("word/document.xml") || name.equals("word/footnotes.xml")) {
                    data = runsInTcvn3(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                } else if (name.equals("word/fontTable.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replace("</w:fonts>",
                            "<w:font w:name=\".VnTime\"/><w:font w:name=\".VnTimeH\"/></w:fonts>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(data);
                z.closeEntry();
            }
        }
    }

    private static String runsInTcvn3(String xml) {
        Matcher m = RUN.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String props = m.group(1) == null ? "" : m.group(1);
            String text = m.group(2);
            StringBuilder runs = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                boolean capital = needsCapitalFont(text.charAt(i));
                int j = i;
                while (j < text.length() && needsCapitalFont(text.charAt(j)) == capital) {
                    j++;
                }
                String piece = text.substring(i, j);
                String font = capital ? ".VnTimeH" : ".VnTime";
                String encoded = LegacyEncoding.TCVN3.fromUnicode(capital ? piece.toLowerCase() : piece);
                runs.append("<w:r><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                        .append("\"/>").append(props).append("</w:rPr><w:t xml:space=\"preserve\">")
                        .append(encoded).append("</w:t></w:r>");
                i = j;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(runs.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A capital that TCVN3 has no code for (the toned ones): typed in the capital font. */
    private static boolean needsCapitalFont(char c) {
        return Character.isUpperCase(c) && c > 127
                && LegacyEncoding.TCVN3.fromUnicode(String.valueOf(c)).equals(
                LegacyEncoding.TCVN3.fromUnicode(String.valueOf(Character.toLowerCase(c))));
    }
}
