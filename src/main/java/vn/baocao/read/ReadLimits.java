package vn.baocao.read;

import java.time.Duration;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * Bounds on reading one file, so that no file can hang an import or exhaust the machine.
 *
 * @param maxBytes    the largest file accepted, in bytes
 * @param timeout     the time one file may take, OCR included; the parser is interrupted after it
 * @param maxUnpacked the largest part a DOCX/ODT (zip) may unpack to, in bytes (zip bombs)
 * @param maxChars    the most characters of text one document may yield
 * @param maxCells    the most table cells one document may hold (huge tables)
 * @param pdfMemory   main memory a PDF may hold, in bytes; beyond it PDFBox caches in temporary files
 */
public record ReadLimits(
        long maxBytes, Duration timeout, long maxUnpacked, long maxChars, long maxCells, long pdfMemory) {

    private static final long MB = 1024L * 1024;

    /**
     * 100 MB files, 5 minutes each, 100 MB per unpacked part, 20 million characters, 100 000 table cells,
     * 256 MB of PDF in main memory.
     */
    public static final ReadLimits DEFAULTS =
            new ReadLimits(100 * MB, Duration.ofMinutes(5), 100 * MB, 20_000_000, 100_000, 256 * MB);

    public ReadLimits {
        if (maxBytes <= 0
                || timeout.isNegative()
                || timeout.isZero()
                || maxUnpacked <= 0
                || maxChars <= 0
                || maxCells <= 0
                || pdfMemory <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with another file size and time limit. */
    public ReadLimits with(long maxBytes, Duration timeout) {
        return new ReadLimits(maxBytes, timeout, maxUnpacked, maxChars, maxCells, pdfMemory);
    }

    RandomAccessStreamCache.StreamCacheCreateFunction pdfCache() {
        return MemoryUsageSetting.setupMixed(pdfMemory).streamCache;
    }
}
