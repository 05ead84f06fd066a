package vn.baocao.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Footnote;
import vn.baocao.structure.Section;

/**
 * One search-index document, whatever the engine: a report's text outside numbered sections (ordinal 0,
 * kind {@code report}) or one section (ordinal 1…, kind {@code section}). The field values of
 * {@link ReportIndex}; the Lucene and Solr indexes are both made from these.
 *
 * @param unit    the issuer as written (indexed folded)
 * @param level   the issuer level, folded
 * @param period  the period key ({@code quarter3/2023}), or null
 * @param symbols canonical document symbols cited
 * @param keys    their type–number keys ({@link DocumentSymbols})
 */
public record IndexDocument(long reportId, int ordinal, String kind, String sectionPath, String unit, String level,
                            String period, String year, String title, Set<String> symbols, Set<String> keys,
                            String text) {

    /** The documents of one report. */
    public static List<IndexDocument> of(long reportId, Extraction x) {
        ReportMetadata m = x.metadata();
        Map<String, StringBuilder> notes = new LinkedHashMap<>();
        for (Footnote f : x.document().footnotes()) {
            notes.computeIfAbsent(ReportExtractor.sectionOfMarker(x.tree(), f.marker()), k -> new StringBuilder())
                    .append('\n').append(f.text());
        }
        Map<String, List<Reference>> refs = new LinkedHashMap<>();
        for (Reference r : x.references()) {
            refs.computeIfAbsent(r.section() == null ? "" : r.section(), k -> new ArrayList<>()).add(r);
        }
        List<IndexDocument> docs = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        appendBlocks(outside, x.tree().preamble());
        appendBlocks(outside, x.tree().closing());
        outside.append(notes.getOrDefault("", new StringBuilder()));
        docs.add(document(reportId, 0, "report", m, "", m.title() == null ? "" : m.title(), outside.toString(),
                refs.getOrDefault("", List.of())));
        int ordinal = 1;
        for (Section s : x.tree().sections()) {
            String text = s.bodyText() + notes.getOrDefault(s.path(), new StringBuilder());
            docs.add(document(reportId, ordinal++, "section", m, s.path(), s.number() + ". " + s.title(),
                    s.title() + "\n" + text, refs.getOrDefault(s.path(), List.of())));
        }
        return docs;
    }

    private static void appendBlocks(StringBuilder out, List<Block> blocks) {
        for (Block b : blocks) {
            out.append(b.text()).append('\n');
        }
    }

    private static IndexDocument document(long reportId, int ordinal, String kind, ReportMetadata m, String sectionPath,
                                          String title, String text, List<Reference> refs) {
        String period = null, year = null;
        if (m.period() != null) {
            period = m.period().kind().json() + (m.period().number() == null ? "" : m.period().number())
                    + (m.period().year() == null ? "" : "/" + m.period().year());
            year = m.period().year() == null ? null : m.period().year().toString();
        }
        Set<String> symbols = DocumentSymbols.symbolsIn(text);
        Set<String> keys = DocumentSymbols.keysIn(text, symbols);
        for (Reference r : refs) {
            if (r.canonical() != null) {
                symbols.add(r.canonical());
                String k = DocumentSymbols.keyOf(r.canonical());
                if (k != null) {
                    keys.add(k);
                }
            }
            if (r.type() != null && r.number() != null) {
                keys.add(DocumentSymbols.key(r.type(), r.number()));
            }
        }
        return new IndexDocument(reportId, ordinal, kind, sectionPath, m.issuer(),
                m.issuerLevel() == null ? null : VietnameseText.fold(m.issuerLevel()), period, year, title, symbols, keys,
                text);
    }
}
