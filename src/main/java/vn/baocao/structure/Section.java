package vn.baocao.structure;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.read.Block;

/**
 * A numbered section of a report.
 *
 * @param number   the number as written, without trailing punctuation: "II", "1", "7.1", "a", "PHỤ LỤC",
 *                 "Biểu mẫu 1"
 * @param title    the heading text without number and markup; when the heading runs into body text
 *                 after a colon, the part before the colon
 * @param kind     how it is numbered
 * @param level    depth in the tree, 1 for top-level parts
 * @param path     the numbers from the root joined by dots: "II.1.a", "PHỤ LỤC.Biểu mẫu 1"
 * @param line     where the heading starts in the source (see {@link Block#line()})
 * @param blocks   the body blocks between this heading and the next heading (run-in body text after
 *                 the title included as a paragraph)
 * @param children sub-sections in order
 */
public record Section(
        String number,
        String title,
        NumberingKind kind,
        int level,
        String path,
        int line,
        List<Block> blocks,
        List<Section> children) {

    public Section {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** This section and all its descendants in document order. */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        for (Section c : s.children) {
            collect(c, out);
        }
    }

    /** The body text of this section alone (not its children), blocks separated by new lines. */
    public String bodyText() {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }
}
