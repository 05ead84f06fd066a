package vn.baocao.extract;

import java.util.List;
import vn.baocao.read.ReportDocument;
import vn.baocao.structure.SectionTree;

/**
 * Everything extracted from one report.
 *
 * @param document    the block model it was read into
 * @param tree        its section tree
 * @param metadata    its own metadata
 * @param references  every mention of another document, in document order
 * @param figures     every figure, in document order
 * @param commitments what it promises for the next period, in document order
 */
public record Extraction(
        ReportDocument document,
        SectionTree tree,
        ReportMetadata metadata,
        List<Reference> references,
        List<Figure> figures,
        List<Commitment> commitments) {

    public Extraction {
        references = List.copyOf(references);
        figures = List.copyOf(figures);
        commitments = List.copyOf(commitments);
    }
}
