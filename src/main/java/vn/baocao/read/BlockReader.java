package vn.baocao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A reader of one family of formats into the block model (the model: Tika's {@code Parser}): it says which
 * detected media types it reads and under which file extensions they come, and reads a file of such a type.
 * {@link ReportReader} detects a file's type and hands it to the first of its readers that reads that type.
 */
interface BlockReader {

    /** Whether this reader reads content of the media type detected (lower case; parameters may follow a ';'). */
    boolean reads(String type);

    /** The file-name extensions of its formats (lower case, without the dot). */
    Set<String> extensions();

    /** The format name a file of this type is read as ("pdf", "docx", "docm", "png" …), given its name. */
    String format(String type, String fileName);

    /**
     * Reads a file whose content was detected as {@code type}: blocks, footnotes and furniture, legacy-encoded
     * text (TCVN3, VNI, VIQR) already in Unicode where the format can hold it.
     */
    ReportDocument read(Path file, String type) throws ReadException, IOException, InterruptedException;
}
