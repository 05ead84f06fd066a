package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip-based file (DOCX, ODT) before any parser unpacks it: a part that declares more than the
 * unpacked limit is refused, as a zip bomb when it is packed beyond any real document's ratio, otherwise
 * as too large. (Declared sizes can lie; POI's own ratio and size checks stop the parse in that case.)
 */
final class ZipLimits {

    /** Text XML packs about 10:1; 100:1 and more (POI's own threshold) is filler made to explode. */
    private static final long BOMB_RATIO = 100;

    /** The parts that hold a document's tables: Word's body, OpenDocument's content. */
    private static final java.util.Set<String> TABLE_PARTS = java.util.Set.of("word/document.xml", "content.xml");

    private static final byte[][] CELL_TAGS = {
        "<w:tc>".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "<w:tc ".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "<table:table-cell".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
    };

    /** Tables opened and closed: Word's and OpenDocument's. Real reports nest tables two or three deep. */
    private static final byte[][] TABLE_OPEN = {
        "<w:tbl>".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "<w:tbl ".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "<table:table>".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "<table:table ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
    };

    private static final byte[][] TABLE_CLOSE = {
        "</w:tbl>".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "</table:table>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
    };
    /** More tables inside tables than this is a crafted file: refused before any recursive parser sees it. */
    static final int MAX_TABLE_NESTING = 64;

    private ZipLimits() {}

    /**
     * Counts table cells and the nesting of tables by streaming the part's bytes (no XML parse, which for a huge table would take
     * longer than any time limit) and refuses a document with more cells than allowed.
     */
    private static void countCells(ZipFile zip, ZipEntry e, Path file, ReadLimits limits)
            throws IOException, ReadException {
        long cells = 0;
        int[] matched = new int[CELL_TAGS.length];
        int[] opened = new int[TABLE_OPEN.length];
        int[] closed = new int[TABLE_CLOSE.length];
        int nesting = 0;
        long read = 0;
        boolean partial = false; // some tag is partly matched: every byte counts until it is done or broken
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buffer)) > 0 && read < limits.maxUnpacked()) {
                int end = (int) Math.min(n, limits.maxUnpacked() - read);
                read += n;
                for (int i = 0; i < end; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b != '<' && !partial) {
                        continue; // every tag starts with '<'
                    }
                    nesting += advance(TABLE_OPEN, opened, b) - advance(TABLE_CLOSE, closed, b);
                    if (nesting > MAX_TABLE_NESTING) {
                        throw new ReadException(
                                file,
                                ReadException.Reason.TOO_DEEP,
                                null,
                                " (bảng lồng trong bảng quá " + MAX_TABLE_NESTING + " tầng)");
                    }
                    cells += advance(CELL_TAGS, matched, b);
                    if (cells > limits.maxCells()) {
                        throw new ReadException(
                                file,
                                ReadException.Reason.TOO_MUCH_TEXT,
                                null,
                                " (hơn " + limits.maxCells() + " ô bảng)");
                    }
                    partial = anyPartial(matched) || anyPartial(opened) || anyPartial(closed);
                }
            }
        }
    }

    private static boolean anyPartial(int[] matched) {
        for (int m : matched) {
            if (m > 0) {
                return true;
            }
        }
        return false;
    }

    /** Advances the partial matches of the tags by one byte; the number of tags completed. */
    private static int advance(byte[][] tags, int[] matched, int b) {
        int done = 0;
        for (int k = 0; k < tags.length; k++) {
            byte[] tag = tags[k];
            matched[k] = tag[matched[k]] == b ? matched[k] + 1 : tag[0] == b ? 1 : 0;
            if (matched[k] == tag.length) {
                matched[k] = 0;
                done++;
            }
        }
        return done;
    }

    static void check(Path file, ReadLimits limits) throws ReadException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = Math.max(1, e.getCompressedSize());
                if (size <= limits.maxUnpacked() && TABLE_PARTS.contains(e.getName())) {
                    countCells(zip, e, file, limits);
                }
                if (size > limits.maxUnpacked()) {
                    boolean bomb = size / packed > BOMB_RATIO;
                    throw new ReadException(
                            file,
                            bomb ? ReadException.Reason.ZIP_BOMB : ReadException.Reason.TOO_LARGE,
                            null,
                            " (phần " + e.getName() + ": " + ReportReader.megabytes(packed) + " MB nén, giải nén ra "
                                    + ReportReader.megabytes(size) + " MB; giới hạn "
                                    + ReportReader.megabytes(limits.maxUnpacked())
                                    + " MB)");
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            // not a readable zip: the parser reports it as damaged
        }
    }
}
