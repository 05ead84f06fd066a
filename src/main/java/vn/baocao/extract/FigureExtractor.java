package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.rules.RuleSet;
import vn.baocao.read.Table;

/** Finds figures. (Being implemented.) */
public final class FigureExtractor {

    public FigureExtractor(RuleSet rules) {
    }

    public List<Figure> extract(TextUnit unit) {
        return List.of();
    }

    public List<Figure> extractTable(Table table, String section) {
        return List.of();
    }
}
