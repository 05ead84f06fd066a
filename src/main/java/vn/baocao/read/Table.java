package vn.baocao.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as rows of cells. Tables that the source split across pages (repeated header row,
 * continued rows) are already merged back into one.
 */
public record Table(List<List<Cell>> rows, int line) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String text() {
        return rows.stream()
                .map(r -> r.stream()
                        .map(Cell::text)
                        .map(t -> t.replace('\n', ' '))
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    /** Where the text of cell (row, col) starts in {@link #text()}. */
    public int cellOffset(int row, int col) {
        int at = 0;
        for (int r = 0; r < row; r++) {
            List<Cell> cells = rows.get(r);
            for (Cell c : cells) {
                at += c.text().length() + 1;
            }
            if (cells.isEmpty()) {
                at++;
            }
        }
        List<Cell> cells = rows.get(row);
        for (int c = 0; c < col; c++) {
            at += cells.get(c).text().length() + 1;
        }
        return at;
    }

    public int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
