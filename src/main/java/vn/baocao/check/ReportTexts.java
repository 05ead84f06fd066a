package vn.baocao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Passage;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.Table;
import vn.baocao.structure.Section;

/**
 * The texts a report's figures were found in, walked as the extractor walks them: each paragraph, heading,
 * table cell and footnote with its line and section; footnotes by marker; table rows by indicator code.
 */
final class ReportTexts {

    private static final String SUPERSCRIPTS = Footnote.MARKER_DIGITS;

    /** A text with the figures found in it, in order. */
    record Unit(Passage unit, List<Figure> figures) {}

    private final Map<String, List<Passage>> byLine = new HashMap<>();
    private final Map<String, String> footnotes = new HashMap<>();
    private final Map<String, List<Table>> tables = new HashMap<>();
    private final List<Unit> units = new ArrayList<>();

    ReportTexts(Extraction x) {
        List<Passage> all = new ArrayList<>();
        visit(x.tree().preamble(), "", all);
        for (Section s : x.tree().sections()) {
            all.add(new Passage(s.title(), s.line(), s.path()));
            visit(s.blocks(), s.path(), all);
        }
        visit(x.tree().closing(), "", all);
        for (Footnote f : x.document().footnotes()) {
            footnotes.put(f.marker(), f.text());
            all.add(new Passage(f.text(), f.line(), ReportExtractor.sectionOfMarker(x.tree(), f.marker())));
        }
        for (Passage u : all) {
            byLine.computeIfAbsent(u.section() + "#" + u.line(), k -> new ArrayList<>())
                    .add(u);
        }
        Map<Passage, List<Figure>> found = new java.util.LinkedHashMap<>();
        for (Figure f : x.figures()) {
            Passage u = f.start() < 0 ? null : unitOf(f);
            if (u != null) {
                found.computeIfAbsent(u, k -> new ArrayList<>()).add(f);
            }
        }
        found.forEach((u, fs) -> {
            fs.sort(java.util.Comparator.comparingInt(Figure::start));
            units.add(new Unit(u, fs));
        });
    }

    private void visit(List<Block> blocks, String section, List<Passage> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(new Passage(p.text(), p.line(), section));
            } else if (b instanceof Table t) {
                tables.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        if (!c.isEmpty()) {
                            out.add(new Passage(c.text(), t.line(), section));
                        }
                    }
                }
            }
        }
    }

    /** The text a figure of running text was found in, or null. */
    private Passage unitOf(Figure f) {
        for (Passage u : byLine.getOrDefault(f.section() + "#" + f.line(), List.of())) {
            String t = u.text();
            if (f.end() <= t.length() && t.startsWith(f.text(), f.start())) {
                return u;
            }
        }
        return null;
    }

    /** Every text holding figures, with its figures in order. */
    List<Unit> units() {
        return units;
    }

    /** The texts of the footnotes whose markers stand in a piece of text. */
    String footnotesIn(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (SUPERSCRIPTS.indexOf(text.charAt(i)) >= 0) {
                int j = i;
                while (j < text.length() && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                String note = footnotes.get(text.substring(i, j));
                if (note != null) {
                    sb.append(note).append('\n');
                }
                i = j - 1;
            }
        }
        return sb.toString();
    }

    /** The cells of the table row of an indicator in a section, joined (its label, unit, values and note), or "". */
    String row(String section, int line, String indicator) {
        for (Table t : tables.getOrDefault(section, List.of())) {
            if (t.line() != line) {
                continue;
            }
            for (List<Cell> row : t.rows()) {
                if (!row.isEmpty()
                        && row.get(0).text().strip().replaceAll("[.)]$", "").equals(indicator)) {
                    return String.join(" | ", row.stream().map(Cell::text).toList());
                }
            }
        }
        return "";
    }
}
