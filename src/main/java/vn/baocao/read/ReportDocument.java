package vn.baocao.read;

import java.util.List;

/**
 * The format-independent result of reading a report file.
 *
 * @param source    the file name it was read from
 * @param format    the detected format ("txt", "docx", "doc", "pdf", …)
 * @param body      body blocks in reading order
 * @param footnotes footnote bodies in marker order
 * @param furniture page furniture kept apart from the body: running headers, footers, page numbers
 */
public record ReportDocument(
        String source, String format, List<Block> body, List<Footnote> footnotes, List<String> furniture) {

    public ReportDocument {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        furniture = List.copyOf(furniture);
    }

    /** Paragraphs of the body, in order (tables skipped). */
    public List<Paragraph> paragraphs() {
        return body.stream()
                .filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast)
                .toList();
    }
}
