package vn.baocao.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.Block;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.structure.Section;

/** The corpus reports used by the draft tests, and figures/references built on their real sentences. */
final class CorpusDrafts {

    static final Path HOA_THUAN_Q1_2025 = Path.of("corpus", "000_442b549b8d9bf7bd.txt");
    static final Path TIEN_DONG_Q3_2023 = Path.of("corpus", "003_bf6a6dcb66bb9229.txt");
    static final Path PHUONG4_2024 = Path.of("corpus", "002_4b8e4a4480cf88e8.txt");

    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private CorpusDrafts() {
    }

    static Extraction extract(Path file) {
        try {
            return EXTRACTOR.extract(file);
        } catch (vn.baocao.read.ReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text unit of the report: a section paragraph or a footnote, with its line and section. */
    record Unit(String text, int line, String section) {
    }

    static Unit unitContaining(Extraction x, String needle) {
        for (Section s : x.tree().sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p && p.text().contains(needle)) {
                    return new Unit(p.text(), p.line(), s.path());
                }
            }
        }
        for (Footnote f : x.document().footnotes()) {
            if (f.text().contains(needle)) {
                return new Unit(f.text(), f.line(), "");
            }
        }
        throw new IllegalArgumentException("not in the report: " + needle);
    }

    /** A count figure on the first occurrence of {@code text} in the unit containing {@code needle}. */
    static Figure figure(Extraction x, String needle, String text, double value) {
        Unit u = unitContaining(x, needle);
        int start = u.text().indexOf(needle) + needle.indexOf(text);
        return new Figure(Figure.Kind.COUNT, value, null, null, null, text, null, null, start, start + text.length(),
                u.line(), u.section());
    }

    /** A plan reference on the first occurrence of {@code text}. */
    static Reference plan(Extraction x, String text, String symbol, String subject) {
        Unit u = unitContaining(x, text);
        int start = u.text().indexOf(text);
        return new Reference("KH", "Kế hoạch", symbol.substring(0, symbol.indexOf('/')), null, symbol, symbol, null,
                null, subject, text, start, start + text.length(), u.line(), u.section());
    }

    static Extraction with(Extraction x, List<Reference> refs, List<Figure> figs) {
        List<Reference> r = new ArrayList<>(x.references());
        r.addAll(refs);
        List<Figure> f = new ArrayList<>(x.figures());
        f.addAll(figs);
        return new Extraction(x.document(), x.tree(), x.metadata(), r, f);
    }
}
