package vn.baocao.read;

/**
 * A table cell; paragraphs inside a cell are separated by {@code '\n'}.
 *
 * @param text   the cell text, NFC, markup removed
 * @param bold   every letter of the cell is bold
 * @param italic every letter of the cell is italic
 */
public record Cell(String text, boolean bold, boolean italic) {

    public Cell {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
