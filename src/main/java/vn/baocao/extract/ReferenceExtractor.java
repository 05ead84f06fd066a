package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.rules.RuleSet;

/** Finds mentions of other documents. (Being implemented.) */
public final class ReferenceExtractor {

    public ReferenceExtractor(RuleSet rules) {
    }

    public List<Reference> extract(TextUnit unit) {
        return List.of();
    }
}
