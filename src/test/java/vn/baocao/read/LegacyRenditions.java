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
import vn.baocao.normalize.LegacyEncoder;
import vn.baocao.normalize.LegacyEncoding;

/**
 * Makes legacy-encoded renditions of corpus reports, as offices typed them before Unicode: a TXT in VNI
 * (Windows-1252 bytes) and a DOCX in TCVN3 whose runs are set in {@code .VnTime}, with the toned capitals
 * TCVN3 lacks set in {@code .VnTimeH} as a typist would.
 */
public final class LegacyRenditions {

    private static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern RUN = Pattern.compile(
            "<w:r>(?:<w:rPr>((?:(?!</w:rPr>|<w:r>).)*)</w:rPr>)?<w:t(?: xml:space=\"preserve\")?>([^<]*)</w:t></w:r>");

    private LegacyRenditions() {}

    /** A Word TXT export in an encoding (VNI or TCVN3): footnote markers as {@code <sup>n</sup>}. */
    public static void txt(Path unicodeTxt, Path out, LegacyEncoding enc) throws Exception {
        String text = Files.readString(unicodeTxt, StandardCharsets.UTF_8);
        Matcher m = SUPERSCRIPT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "<sup>" + InlineMarkup.fromSuperscript(m.group()) + "</sup>");
        }
        m.appendTail(sb);
        Files.write(out, LegacyEncoder.encode(enc, sb.toString()).getBytes(Charset.forName("windows-1252")));
    }

    /** A DOCX whose every run is set in .VnTime / .VnTimeH with TCVN3 text. */
    public static void tcvn3Docx(Path unicodeDocx, Path out) throws Exception {
        docx(unicodeDocx, out, LegacyEncoding.TCVN3);
    }

    /** A DOCX whose every run is set in VNI-Times (TCVN3: .VnTime / .VnTimeH). */
    public static void docx(Path unicodeDocx, Path out, LegacyEncoding enc) throws Exception {
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
                    data = runsIn(new String(data, StandardCharsets.UTF_8), enc).getBytes(StandardCharsets.UTF_8);
                } else if (name.equals("word/fontTable.xml")) {
                    String fonts = enc == LegacyEncoding.VNI
                            ? "<w:font w:name=\"VNI-Times\"/>"
                            : "<w:font w:name=\".VnTime\"/><w:font w:name=\".VnTimeH\"/>";
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace("</w:fonts>", fonts + "</w:fonts>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(data);
                z.closeEntry();
            }
        }
    }

    private static String runsIn(String xml, LegacyEncoding enc) {
        Matcher m = RUN.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String props = m.group(1) == null ? "" : m.group(1);
            String text = m.group(2);
            StringBuilder runs = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                boolean tcvn3 = enc == LegacyEncoding.TCVN3;
                boolean capital = tcvn3 && needsCapitalFont(text.charAt(i));
                int j = i;
                while (j < text.length() && (tcvn3 && needsCapitalFont(text.charAt(j))) == capital) {
                    j++;
                }
                String piece = text.substring(i, j);
                String font = !tcvn3 ? "VNI-Times" : capital ? ".VnTimeH" : ".VnTime";
                String encoded = LegacyEncoder.encode(enc, capital ? piece.toLowerCase() : piece);
                runs.append("<w:r><w:rPr><w:rFonts w:ascii=\"")
                        .append(font)
                        .append("\" w:hAnsi=\"")
                        .append(font)
                        .append("\"/>")
                        .append(props)
                        .append("</w:rPr><w:t xml:space=\"preserve\">")
                        .append(encoded)
                        .append("</w:t></w:r>");
                i = j;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(runs.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Writes the renditions kept in corpus/legacy/: {@code DIR CORPUS}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Files.createDirectories(dir);
        String name = "000_442b549b8d9bf7bd";
        docx(corpus.resolve("docx/" + name + ".docx"), dir.resolve(name + ".tcvn3.docx"), LegacyEncoding.TCVN3);
        docx(corpus.resolve("docx/" + name + ".docx"), dir.resolve(name + ".vni.docx"), LegacyEncoding.VNI);
    }

    /** A capital that TCVN3 has no code for (the toned ones): typed in the capital font. */
    private static boolean needsCapitalFont(char c) {
        return Character.isUpperCase(c)
                && c > 127
                && LegacyEncoder.encode(LegacyEncoding.TCVN3, String.valueOf(c))
                        .equals(LegacyEncoder.encode(LegacyEncoding.TCVN3, String.valueOf(Character.toLowerCase(c))));
    }
}
