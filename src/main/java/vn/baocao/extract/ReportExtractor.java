package vn.baocao.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportDocument;
import vn.baocao.read.ReportReader;
import vn.baocao.read.Table;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.Section;
import vn.baocao.structure.SectionParser;
import vn.baocao.structure.SectionTree;

/**
 * The extraction pipeline for one file: read → structure → extract (metadata, references, figures).
 * Thread-safe; reuse one instance.
 */
public final class ReportExtractor {

    private final RuleSet rules;
    private final ReportReader reader;
    private final SectionParser sections;
    private final MetadataExtractor metadata;
    private final ReferenceExtractor references;
    private final FigureExtractor figures;
    private final StatisticsTables statisticsTables;
    private final CommitmentExtractor commitments;
    private final MeasureTables measures;

    /** Every stage with the given rules ({@link RuleSet#defaults()} at an entry point without {@code --rules}). */
    public ReportExtractor(RuleSet rules) {
        this(rules, new ReportReader(rules));
    }

    /** With a reader of chosen limits and progress reporting, made with the same rules. */
    public ReportExtractor(RuleSet rules, ReportReader reader) {
        this.rules = rules;
        this.reader = reader;
        this.sections = new SectionParser(rules);
        this.metadata = new MetadataExtractor(rules);
        this.references = new ReferenceExtractor(rules);
        this.figures = new FigureExtractor(rules);
        this.statisticsTables = new StatisticsTables(figures::kindOf);
        this.commitments = new CommitmentExtractor(rules);
        this.measures = new MeasureTables(rules);
    }

    /** The rules every stage of this extractor works with (for the checks and pages that go with it). */
    public RuleSet rules() {
        return rules;
    }

    public Extraction extract(Path file) throws ReadException {
        return extract(reader.read(file));
    }

    public Extraction extract(ReportDocument doc) {
        SectionTree tree = sections.parse(doc);
        ReportMetadata md = metadata.extract(doc, tree);
        List<Reference> refs = new ArrayList<>();
        List<Figure> figs = new ArrayList<>();
        visit(tree.preamble(), "", Span.Part.PREAMBLE, refs, figs);
        for (Section s : tree.sections()) {
            read(new Passage(s.title(), s.line(), s.path(), new Span(s.path(), Span.Part.TITLE, 0, 0, 0)), refs, figs);
            visit(s.blocks(), s.path(), Span.Part.BODY, refs, figs);
        }
        visit(tree.closing(), "", Span.Part.CLOSING, refs, figs);
        for (int i = 0; i < doc.footnotes().size(); i++) {
            Footnote f = doc.footnotes().get(i);
            String section = sectionOfMarker(tree, f.marker());
            read(new Passage(f.text(), f.line(), section, new Span(section, Span.Part.FOOTNOTE, i, 0, 0)), refs, figs);
        }
        dropOwnSymbol(md, refs);
        return new Extraction(doc, tree, md, refs, figs, commitments.extract(tree));
    }

    /** The units of a part's blocks, each with its place: block index and offset in the part's text. */
    private void visit(List<Block> blocks, String section, Span.Part part, List<Reference> refs, List<Figure> figs) {
        int offset = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Span origin = new Span(section, part, i, offset, offset);
            offset += b.text().length() + 1;
            if (b instanceof Paragraph p) {
                read(new Passage(p.text(), p.line(), section, origin), refs, figs);
            } else if (b instanceof Table t) {
                boolean statistics = statisticsTables.isStatisticsTable(t);
                MeasureTables.Columns columns = statistics ? null : measures.columns(t);
                for (int r = 0; r < t.rows().size(); r++) {
                    List<Cell> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c).isEmpty()) {
                            continue;
                        }
                        Passage cell =
                                new Passage(row.get(c).text(), t.line(), section, origin.at(t.cellOffset(r, c), 0));
                        String key = ReferenceExtractor.key(cell.text());
                        List<Reference> found = references.extract(cell, key);
                        refs.addAll(found);
                        if (!statistics) {
                            List<Figure> inCell = figures.extract(cell, key, found);
                            figs.addAll(columns == null ? inCell : columns.cell(t, r, c, inCell, cell));
                        }
                    }
                }
                figs.addAll(statisticsTables.extract(t, origin));
            }
        }
    }

    /** References of one piece of text, then its figures (numbers inside references are not figures). */
    private void read(Passage unit, List<Reference> refs, List<Figure> figs) {
        String key = ReferenceExtractor.key(unit.text()); // one match key per text, for references and figures
        List<Reference> found = references.extract(unit, key);
        refs.addAll(found);
        figs.addAll(figures.extract(unit, key, found));
    }

    /**
     * A report naming its own số, ký hiệu ("Kèm theo Báo cáo số 329/BC-UBND …" above its appendix) does not
     * cite another document.
     */
    private static void dropOwnSymbol(ReportMetadata md, List<Reference> refs) {
        if (md.symbol() == null || !Character.isDigit(md.symbol().charAt(0))) {
            return;
        }
        String own = Symbols.canonical(md.symbol());
        refs.removeIf(r -> own.equals(r.canonical()));
    }

    /** The path of the section whose text carries the footnote marker, or "". */
    public static String sectionOfMarker(SectionTree tree, String marker) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<!" + vn.baocao.read.Footnote.MARKER_DIGIT + ")"
                + marker + "(?!" + vn.baocao.read.Footnote.MARKER_DIGIT + ")");
        for (Section s : tree.sections()) {
            for (Block b : s.blocks()) {
                if (p.matcher(b.text()).find()) {
                    return s.path();
                }
            }
        }
        return "";
    }
}
