package vn.baocao.structure;

import java.util.List;
import vn.baocao.read.Block;

/**
 * The section tree of a report.
 *
 * @param preamble blocks before the first numbered heading (header, title block, opening paragraph)
 * @param roots    top-level sections in order
 * @param closing  the closing of the report body, kept out of the last section: "Trên đây là …",
 *                 "Nơi nhận", the signature block (appendices after it are sections again)
 */
public record SectionTree(List<Block> preamble, List<Section> roots, List<Block> closing) {

    public SectionTree {
        preamble = List.copyOf(preamble);
        roots = List.copyOf(roots);
        closing = List.copyOf(closing);
    }

    /** Every section in document order. */
    public List<Section> sections() {
        return roots.stream().flatMap(s -> s.flatten().stream()).toList();
    }
}
