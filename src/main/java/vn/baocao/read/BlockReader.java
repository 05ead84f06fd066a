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

    /**
     * The formats a reader reads.
     *
     * @param types      the media types as detected, lower case, without parameters
     * @param extensions the file-name extensions they come under (lower case, without the dot)
     */
    record Formats(Set<String> types, Set<String> extensions) {

        /** Whether these formats include content of the media type detected (parameters may follow a ';'). */
        boolean include(String type) {
            int semicolon = type.indexOf(';');
            return types.contains(
                    semicolon < 0 ? type : type.substring(0, semicolon).strip());
        }
    }

    /** What it reads. */
    Formats formats();

    /**
     * The format name a file of this type is read as ("pdf", "docx", "docm", "png" …), given its name; by
     * default the extension of a reader of one format.
     */
    default String format(String type, String fileName) {
        return formats().extensions().iterator().next();
    }

    /**
     * Reads a file whose content was detected as {@code type}: blocks, footnotes and furniture, legacy-encoded
     * text (TCVN3, VNI, VIQR) already in Unicode where the format can hold it.
     */
    ReportDocument read(Path file, String type) throws ReadException, IOException, InterruptedException;
}
