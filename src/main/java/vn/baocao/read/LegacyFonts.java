package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
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
 * Legacy Vietnamese fonts named inside Word and RTF files: {@code .VnTime}, {@code .VnTimeH} (TCVN3) and
 * {@code VNI-Times} (VNI). The font name tells the encoding of the text set in it; in a DOCX it is known
 * per run, so each run is converted with its own font's encoding and capital fonts come out as capitals.
 */
final class LegacyFonts {

    private static final Pattern FONT_NAME = Pattern.compile("(\\.Vn[A-Za-z]+|VNI-[A-Za-z]+)");
    /** How far into a DOC/RTF to look for the font table (it sits near the start of an RTF, anywhere in a DOC). */
    private static final int SCAN_BYTES = 4 * 1024 * 1024;

    private static final Pattern RUN = Pattern.compile("<w:r[ >].*?</w:r>|<w:r/>", Pattern.DOTALL);
    private static final Pattern RUN_FONT = Pattern.compile("<w:rFonts\\b[^>]*?w:(?:ascii|hAnsi)=\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("(<w:t(?:\\s[^>]*)?>)([^<]*)(</w:t>)");
    private static final Pattern DEFAULT_FONT =
            Pattern.compile("<w:docDefaults>.*?<w:rFonts\\b[^>]*?w:(?:ascii|hAnsi)=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern PARTS =
            Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");

    private LegacyFonts() {}

    /** The legacy encoding named by the fonts of a DOC, RTF or DOCX file, or null. */
    static LegacyEncoding hint(Path file, String format) throws IOException {
        String names;
        if (format.equals("docx") || format.equals("docm")) {
            StringBuilder sb = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (String part : new String[] {"word/fontTable.xml", "word/styles.xml"}) {
                    ZipEntry e = zip.getEntry(part);
                    if (e != null && e.getSize() < SCAN_BYTES) {
                        try (InputStream in = zip.getInputStream(e)) {
                            sb.append(new String(in.readNBytes(SCAN_BYTES), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            names = sb.toString();
        } else if (format.equals("doc") || format.equals("rtf")) {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SCAN_BYTES);
            }
            // DOC font tables are UTF-16LE, RTF ones ASCII: read both ways
            names = new String(head, StandardCharsets.ISO_8859_1)
                    + new String(head, StandardCharsets.UTF_16LE)
                    + (head.length > 1 ? new String(head, 1, head.length - 1, StandardCharsets.UTF_16LE) : "");
        } else {
            return null;
        }
        int tcvn3 = 0;
        int vni = 0;
        Matcher m = FONT_NAME.matcher(names);
        while (m.find()) {
            if (LegacyEncoding.ofFont(m.group(1)) == LegacyEncoding.TCVN3) {
                tcvn3++;
            } else {
                vni++;
            }
        }
        return tcvn3 == 0 && vni == 0 ? null : tcvn3 >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
    }

    /**
     * A copy of a DOCX whose runs in legacy fonts hold Unicode text (in a temporary file the caller
     * deletes), or null when no run uses a legacy font.
     */
    static Path convertDocx(Path docx, long maxUnpacked) throws IOException {
        Path out = null;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String defaultFont = null;
            ZipEntry styles = zip.getEntry("word/styles.xml");
            if (styles != null) {
                try (InputStream in = zip.getInputStream(styles)) {
                    Matcher d = DEFAULT_FONT.matcher(new String(in.readNBytes(SCAN_BYTES), StandardCharsets.UTF_8));
                    defaultFont = d.find() ? d.group(1) : null;
                }
            }
            Path tmp = Files.createTempFile("baocao-unicode-", ".docx");
            boolean changed = false;
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp))) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    byte[] data;
                    try (InputStream in = zip.getInputStream(e)) {
                        data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUnpacked + 1));
                    }
                    if (data.length > maxUnpacked) {
                        throw new IOException("zip bomb: " + e.getName() + " unpacks beyond " + maxUnpacked + " bytes");
                    }
                    if (PARTS.matcher(e.getName()).matches()) {
                        String xml = new String(data, StandardCharsets.UTF_8);
                        String converted = convertRuns(xml, defaultFont);
                        if (!converted.equals(xml)) {
                            changed = true;
                            data = converted.getBytes(StandardCharsets.UTF_8);
                        }
                    }
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(data);
                    z.closeEntry();
                }
            }
            if (changed) {
                out = tmp;
            } else {
                Files.deleteIfExists(tmp);
            }
        }
        return out;
    }

    /**
     * Converts the text of every run whose font (its own, else the document default) is a legacy one and
     * whose text really is in that encoding. The font name alone does not decide: a document typed in
     * Unicode may still name {@code .VnTime}. A font's runs are converted only when, taken together, they
     * hold no letter only Unicode has (ơ, ư, đ, ạ, …) and the conversion leaves fewer tokens that cannot be
     * Vietnamese than the text as it is ("CÔNG" stays "CÔNG", not "CƠNG").
     */
    static String convertRuns(String xml, String defaultFont) {
        java.util.Map<String, StringBuilder> byFont = new java.util.HashMap<>();
        Matcher scan = RUN.matcher(xml);
        while (scan.find()) {
            String run = scan.group();
            Matcher f = RUN_FONT.matcher(run);
            String font = f.find() ? f.group(1) : defaultFont;
            if (LegacyEncoding.ofFont(font) != null) {
                StringBuilder text = byFont.computeIfAbsent(font, k -> new StringBuilder());
                Matcher t = TEXT.matcher(run);
                while (t.find()) {
                    text.append(unescape(t.group(2)));
                }
                text.append(' ');
            }
        }
        java.util.Set<String> legacy = new java.util.HashSet<>();
        byFont.forEach((font, text) -> {
            if (reallyLegacy(text.toString(), LegacyEncoding.ofFont(font), LegacyEncoding.upperCaseFont(font))) {
                legacy.add(font);
            }
        });
        if (legacy.isEmpty()) {
            return xml;
        }
        Matcher r = RUN.matcher(xml);
        StringBuilder sb = new StringBuilder(xml.length());
        while (r.find()) {
            String run = r.group();
            Matcher f = RUN_FONT.matcher(run);
            String font = f.find() ? f.group(1) : defaultFont;
            LegacyEncoding enc = font != null && legacy.contains(font) ? LegacyEncoding.ofFont(font) : null;
            if (enc != null) {
                boolean capitals = LegacyEncoding.upperCaseFont(font);
                Matcher t = TEXT.matcher(run);
                StringBuilder rs = new StringBuilder(run.length());
                while (t.find()) {
                    String text = enc.toUnicode(unescape(t.group(2)));
                    if (capitals) {
                        text = text.toUpperCase(java.util.Locale.ROOT);
                    }
                    t.appendReplacement(rs, Matcher.quoteReplacement(t.group(1) + escape(text) + t.group(3)));
                }
                t.appendTail(rs);
                run = rs.toString();
            }
            r.appendReplacement(sb, Matcher.quoteReplacement(run));
        }
        r.appendTail(sb);
        return sb.toString();
    }

    /** Whether text set in a legacy-named font is really in that legacy encoding. */
    static boolean reallyLegacy(String text, LegacyEncoding enc, boolean capitals) {
        if (text.isBlank() || LegacyEncoding.hasUnicodeVietnamese(text)) {
            return false;
        }
        String converted = enc.toUnicode(text);
        if (capitals) {
            converted = converted.toUpperCase(java.util.Locale.ROOT);
        }
        return converted.equals(text) || LegacyEncoding.foreignTokens(converted) < LegacyEncoding.foreignTokens(text);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
