package vn.baocao.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalize.LegacyEncoding;
import vn.baocao.normalize.VietnameseText;

/**
 * Reads plain-text reports, including the form Word exports them in: {@code #} headings,
 * {@code **bold**} and {@code *italic*}, {@code <sup>n</sup>} and {@code ¹} footnote markers with their
 * bodies at the page bottom, and tab-separated table rows with HTML inside cells.
 *
 * <p>Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1258 for files that are not
 * valid UTF-8.
 */
final class TxtReader implements BlockReader {

    /** Plain text. */
    static final Formats FORMATS = new Formats(Set.of("text/plain"), Set.of("txt"));

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public Formats formats() {
        return FORMATS;
    }

    /** Reads the file's bytes as a report; text typed in a legacy encoding is turned into Unicode. */
    @Override
    public ReportDocument read(Path file, String type) throws IOException {
        return LegacyText.toUnicode(read(file.getFileName().toString(), Files.readAllBytes(file)), null);
    }

    /** Decodes bytes by BOM, else strict UTF-8, else Windows-1258; the result is NFC. */
    static String decode(byte[] bytes) {
        String s;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            s = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            s = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            try {
                CharBuffer cb = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                s = cb.toString();
            } catch (CharacterCodingException e) {
                s = singleByte(bytes);
            }
        }
        return VietnameseText.nfc(s);
    }

    /**
     * Bytes that are not UTF-8: Windows-1258, or a legacy Vietnamese encoding (TCVN3, VNI), whose bytes are
     * kept as their Windows-1252 characters for {@link LegacyText} to convert. The reading with fewer tokens
     * that cannot be Vietnamese wins.
     */
    private static String singleByte(byte[] bytes) {
        String vietnamese = new String(bytes, WINDOWS_1258);
        String latin = new String(bytes, WINDOWS_1252);
        LegacyEncoding legacy = LegacyEncoding.detect(latin, null);
        if (legacy != null
                && LegacyEncoding.foreignTokens(legacy.toUnicode(latin)) < LegacyEncoding.foreignTokens(vietnamese)) {
            return latin;
        }
        return vietnamese;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static ReportDocument read(String source, byte[] bytes) {
        return parse(source, decode(bytes));
    }

    static ReportDocument parse(String source, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.length && !lines[i].isBlank()) {
                i++;
            }
            List<String> group = Arrays.asList(lines).subList(start, i);
            if (group.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
                blocks.add(table(group, start + 1));
            } else {
                blocks.add(paragraph(group, start + 1));
            }
        }
        List<Footnote> footnotes = new ArrayList<>();
        blocks = LayoutRepair.takeFootnotes(blocks, footnotes);
        blocks = LayoutRepair.joinPageBreakSplits(blocks);
        blocks = LayoutRepair.mergeSplitTables(blocks);
        return new ReportDocument(source, "txt", blocks, footnotes, List.of());
    }

    private static Paragraph paragraph(List<String> lines, int line) {
        int level = 0;
        List<String> cleaned = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            Matcher h = HEADING.matcher(l);
            if (k == 0 && h.matches()) {
                level = h.group(1).length();
                l = h.group(2);
            }
            // a markdown hard break ("  " at line end) is just a line break here
            cleaned.add(l.stripTrailing());
        }
        InlineMarkup.Styled styled = InlineMarkup.parse(String.join("\n", cleaned));
        String text = styled.text()
                .lines()
                .map(String::strip)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        // stripping per line may shift offsets; recompute style on the stripped text is unnecessary
        // because stripping only removes white space that carries no style.
        boolean bold = styled.allMarked(styled.bold());
        boolean italic = styled.allMarked(styled.italic());
        int boldPrefix = Math.min(styled.boldPrefix(), text.length());
        return new Paragraph(text, new Style(bold, italic, level, Alignment.UNKNOWN, boldPrefix), line);
    }

    private static Table table(List<String> lines, int line) {
        List<List<Cell>> rows = new ArrayList<>();
        for (String l : lines) {
            String[] parts = l.split("\t", -1);
            List<Cell> row = new ArrayList<>(parts.length);
            for (String p : parts) {
                InlineMarkup.Styled s = InlineMarkup.parse(p.strip());
                String text = VietnameseText.collapseSpaces(s.text().replace('\n', '\u0001'))
                        .replace('\u0001', '\n')
                        .replaceAll(" ?\n ?", "\n");
                row.add(new Cell(text, s.allMarked(s.bold()), s.allMarked(s.italic())));
            }
            rows.add(row);
        }
        return new Table(rows, line);
    }
}
