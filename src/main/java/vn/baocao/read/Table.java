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
                .map(r -> r.stream().map(Cell::text).map(t -> t.replace('\n', ' ')).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    public int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
