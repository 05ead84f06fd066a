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
 * @param signature the index in {@code closing} of the block that starts the signature block ("Nơi nhận", an
 *                  authority mark), or the size of {@code closing} when it has none
 */
public record SectionTree(List<Block> preamble, List<Section> roots, List<Block> closing, int signature) {

    public SectionTree {
        preamble = List.copyOf(preamble);
        roots = List.copyOf(roots);
        closing = List.copyOf(closing);
        if (signature < 0 || signature > closing.size()) {
            throw new IllegalArgumentException("signature " + signature + " outside the closing");
        }
    }

    /** The closing's blocks before the signature block: the closing sentences ("Trên đây là …"). */
    public List<Block> closingText() {
        return closing.subList(0, signature);
    }

    /** Every section in document order. */
    public List<Section> sections() {
        return roots.stream().flatMap(s -> s.flatten().stream()).toList();
    }
}
