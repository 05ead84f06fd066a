package vn.baocao.fulltext;

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
import vn.baocao.read.Paragraph;
import vn.baocao.structure.Section;

/**
 * One search-index document, whatever the engine: a report's text outside numbered sections (ordinal 0,
 * kind {@code report}) or one section (ordinal 1…, kind {@code section}). The field values of
 * {@link ReportIndex}; the Lucene and Solr indexes are both made from these.
 *
 * @param issuer  the issuer as written (indexed folded)
 * @param level   the issuer level, folded
 * @param period  the period key ({@code quarter3/2023}), or null
 * @param symbols  canonical document symbols cited
 * @param keys     their type–number keys ({@link DocumentSymbols})
 * @param subjects the type–number keys of the documents the whole report is about: named in its title or its
 *                 opening "Thực hiện …" (the same on every document of the report)
 * @param frequent the keys the whole report mentions {@value #FREQUENT} times or more
 */
record IndexDocument(
        long reportId,
        int ordinal,
        String kind,
        String sectionPath,
        String issuer,
        String level,
        String period,
        String year,
        String title,
        Set<String> symbols,
        Set<String> keys,
        Set<String> subjects,
        Set<String> frequent,
        String text) {

    /** Mentions of one document that make it a frequent one of the report. */
    public static final int FREQUENT = 3;

    /** The documents of one report; {@code symbolRules}: the symbols and type names of the import's rules. */
    public static List<IndexDocument> of(long reportId, Extraction x, DocumentSymbols symbolRules) {
        ReportMetadata m = x.metadata();
        Map<String, StringBuilder> notes = new LinkedHashMap<>();
        for (Footnote f : x.document().footnotes()) {
            notes.computeIfAbsent(ReportExtractor.sectionOfMarker(x.tree(), f.marker()), k -> new StringBuilder())
                    .append('\n')
                    .append(f.text());
        }
        Map<String, List<Reference>> refs = new LinkedHashMap<>();
        for (Reference r : x.references()) {
            refs.computeIfAbsent(r.section() == null ? "" : r.section(), k -> new ArrayList<>())
                    .add(r);
        }
        // the text outside numbered sections: opening, unattached notes and the closing sentences; the signature
        // block (Nơi nhận, authority, signer) is metadata, not text a reader searches
        StringBuilder outside = new StringBuilder();
        appendBlocks(outside, x.tree().preamble());
        outside.append(notes.getOrDefault("", new StringBuilder())).append('\n');
        for (Block b : x.tree().closingText()) {
            outside.append(b.text()).append('\n');
        }
        List<String> texts = new ArrayList<>();
        texts.add(outside.toString());
        for (Section s : x.tree().sections()) {
            texts.add(s.title() + "\n" + s.bodyText() + notes.getOrDefault(s.path(), new StringBuilder()));
        }
        List<DocumentSymbols.Mentions> mentions = new ArrayList<>(texts.size());
        for (String t : texts) {
            mentions.add(symbolRules.mentions(t)); // once per text, for the report's keys and the document's
        }
        About about = about(x, mentions, symbolRules);
        List<IndexDocument> docs = new ArrayList<>();
        docs.add(document(
                reportId,
                0,
                "report",
                m,
                "",
                m.title() == null ? "" : m.title(),
                texts.get(0),
                mentions.get(0),
                refs.getOrDefault("", List.of()),
                about));
        int ordinal = 1;
        for (Section s : x.tree().sections()) {
            docs.add(document(
                    reportId,
                    ordinal,
                    "section",
                    m,
                    s.path(),
                    s.number() + ". " + s.title(),
                    texts.get(ordinal),
                    mentions.get(ordinal),
                    refs.getOrDefault(s.path(), List.of()),
                    about));
            ordinal++;
        }
        return docs;
    }

    /** What a whole report is about: {@link #subjects()} and {@link #frequent()} of its documents. */
    private record About(Set<String> subjects, Set<String> frequent) {}

    private static About about(Extraction x, List<DocumentSymbols.Mentions> texts, DocumentSymbols symbolRules) {
        Set<String> subjects = new java.util.LinkedHashSet<>();
        if (x.metadata().title() != null) {
            subjects.addAll(symbolRules.keysIn(x.metadata().title()));
        }
        for (Block b : x.tree().preamble()) {
            if (b instanceof Paragraph p
                    && OPENING.matcher(VietnameseText.fold(p.text().strip())).lookingAt()) {
                subjects.addAll(symbolRules.keysIn(p.text()));
                break; // the first "Thực hiện …" is the opening; later ones are not
            }
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (DocumentSymbols.Mentions t : texts) {
            t.counts().forEach((k, n) -> counts.merge(k, n, Integer::sum));
        }
        Set<String> frequent = new java.util.TreeSet<>();
        counts.forEach((k, n) -> {
            if (n >= FREQUENT) {
                frequent.add(k);
            }
        });
        return new About(subjects, frequent);
    }

    /** The opening paragraph of a report says which document it carries out: "Thực hiện …", "Căn cứ …". */
    private static final java.util.regex.Pattern OPENING =
            java.util.regex.Pattern.compile("(thuc hien|can cu|trien khai)\\b");

    private static void appendBlocks(StringBuilder out, List<Block> blocks) {
        for (Block b : blocks) {
            out.append(b.text()).append('\n');
        }
    }

    private static IndexDocument document(
            long reportId,
            int ordinal,
            String kind,
            ReportMetadata m,
            String sectionPath,
            String title,
            String text,
            DocumentSymbols.Mentions mentions,
            List<Reference> refs,
            About about) {
        String period = null, year = null;
        if (m.period() != null) {
            period = m.period().kind().json()
                    + (m.period().number() == null ? "" : m.period().number())
                    + (m.period().year() == null ? "" : "/" + m.period().year());
            year = m.period().year() == null ? null : m.period().year().toString();
        }
        Set<String> symbols = mentions.symbolSet();
        Set<String> keys = mentions.keys();
        for (Reference r : refs) {
            if (r.canonical() != null) {
                symbols.add(r.canonical());
                String k = mentions.rules().keyOf(r.canonical());
                if (k != null) {
                    keys.add(k);
                }
            }
            if (r.type() != null && r.number() != null) {
                keys.add(DocumentSymbols.key(r.type(), r.number()));
            }
        }
        return new IndexDocument(
                reportId,
                ordinal,
                kind,
                sectionPath,
                m.issuer(),
                m.issuerLevel() == null ? null : VietnameseText.fold(m.issuerLevel()),
                period,
                year,
                title,
                symbols,
                keys,
                about.subjects(),
                about.frequent(),
                text);
    }
}
