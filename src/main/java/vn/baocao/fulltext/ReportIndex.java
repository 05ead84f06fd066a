package vn.baocao.fulltext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.normalize.VietnameseText;

/**
 * The Lucene index of the data folder: one document per section and one per report (title, metadata,
 * and the text outside numbered sections: opening, closing, unattached footnotes). Every document
 * carries its report id, so the index can be reconciled with the store. Fields:
 * <ul>
 *   <li>{@value #REPORT_ID}, {@value #KIND} ({@code report} | {@code section}), {@value #UNIT},
 *       {@value #LEVEL}, {@value #PERIOD}, {@value #YEAR}, {@value #SECTION_PATH} — exact, stored;</li>
 *   <li>{@value #TITLE} — the section or report title, stored, analysed like {@value #TEXT};</li>
 *   <li>{@value #SYMBOL} — canonical document symbols cited (exact), {@value #SYMBOL_KEY} — their
 *       type–number keys (see {@link DocumentSymbols});</li>
 *   <li>{@value #SUBJECT_KEY} — on every document of a report, the keys of the documents the report is about
 *       (named in its title or opening "Thực hiện …"), {@value #FREQUENT_KEY} — the keys it mentions
 *       {@value IndexDocument#FREQUENT} times or more;</li>
 *   <li>{@value #TEXT} — the text with diacritics in one tone placement (stored), {@value #TEXT_FOLDED} —
 *       the same text without diacritics;</li>
 *   <li>{@value #TEXT_PAIRS}, {@value #TEXT_FOLDED_PAIRS} — the same two texts as pairs of adjacent syllables
 *       ({@link VietnameseAnalyzer}, {@link #pairs}), so that a phrase query is a query on rare terms instead
 *       of position checks over every section holding its common syllables.</li>
 * </ul>
 */
public final class ReportIndex implements SearchIndex {

    /** Lucene warns on start-up that the (incubating) vector API is not enabled; we use no vectors. */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    }

    public static final String REPORT_ID = "report_id";
    public static final String KIND = "kind";
    public static final String UNIT = "unit";
    public static final String LEVEL = "level";
    public static final String PERIOD = "period";
    public static final String YEAR = "year";
    public static final String SECTION_PATH = "section_path";
    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String SYMBOL = "symbol";
    public static final String SYMBOL_KEY = "symbol_key";
    public static final String SUBJECT_KEY = "subject_key";
    public static final String FREQUENT_KEY = "frequent_key";
    public static final String TEXT = "text";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String TEXT_PAIRS = "text_pairs";
    public static final String TEXT_FOLDED_PAIRS = "text_folded_pairs";

    /** The analyser of every analysed field: accented fields with diacritics kept, folded fields without. */
    public static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(
            new VietnameseAnalyzer(false),
            Map.of(
                    TEXT_FOLDED,
                    new VietnameseAnalyzer(true),
                    TITLE_FOLDED,
                    new VietnameseAnalyzer(true),
                    TEXT_PAIRS,
                    new VietnameseAnalyzer(false, true),
                    TEXT_FOLDED_PAIRS,
                    new VietnameseAnalyzer(true, true)));

    /** The pair field of an analysed text field ({@value #TEXT} or {@value #TEXT_FOLDED}), or null when it has none. */
    public static String pairField(String field) {
        return switch (field) {
            case TEXT -> TEXT_PAIRS;
            case TEXT_FOLDED -> TEXT_FOLDED_PAIRS;
            default -> null;
        };
    }

    /** The pair terms of a phrase's terms, as the pair fields hold them ("cải", "cách", "hành" → "cải_cách", "cách_hành"). */
    public static List<String> pairs(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            out.add(terms.get(i) + VietnameseAnalyzer.PAIR_SEPARATOR + terms.get(i + 1));
        }
        return out;
    }

    /** Whether every segment of the searcher's index holds the pair fields (an index made before them does not). */
    public static boolean hasPairs(IndexSearcher s) {
        for (org.apache.lucene.index.LeafReaderContext c : s.getIndexReader().leaves()) {
            if (c.reader().getFieldInfos().fieldInfo(TEXT_FOLDED_PAIRS) == null
                    || c.reader().getFieldInfos().fieldInfo(TEXT_PAIRS) == null) {
                return false;
            }
        }
        return true;
    }

    /** The terms the index holds for a text in a field (as {@link #ANALYZER} makes them). */
    public static List<String> terms(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = ANALYZER.tokenStream(field, text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute t =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    /** The writer's buffer of added documents (MB) before it writes a segment. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory dir;
    private final IndexWriter writer;
    private final DocumentSymbols symbols;

    private ReportIndex(Directory dir, IndexWriter writer, DocumentSymbols symbols) {
        this.dir = dir;
        this.writer = writer;
        this.symbols = symbols;
    }

    /**
     * Opens the index for writing (creating it as needed), indexing the document symbols of the given rules. One
     * writer at a time per folder.
     */
    public static ReportIndex openForWriting(Path folder, DocumentSymbols symbols) throws IOException {
        Files.createDirectories(folder);
        Directory d = FSDirectory.open(folder);
        // a larger buffer than Lucene's 16 MB: fewer, larger segments between the import's commits, so less merging
        IndexWriterConfig cfg = new IndexWriterConfig(ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        return new ReportIndex(d, new IndexWriter(d, cfg), symbols);
    }

    /** A searcher over the last commit, or null when the folder holds no index yet. */
    public static IndexSearcher openSearcher(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Directory d = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            return null;
        }
        return new IndexSearcher(DirectoryReader.open(d));
    }

    @Override
    public void add(long reportId, Extraction x) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (IndexDocument d : IndexDocument.of(reportId, x, symbols)) {
            docs.add(document(d));
        }
        writer.updateDocuments(new Term(REPORT_ID, Long.toString(reportId)), docs);
    }

    private static Document document(IndexDocument x) {
        Document d = new Document();
        d.add(new StringField(REPORT_ID, Long.toString(x.reportId()), Field.Store.YES));
        d.add(new StringField(KIND, x.kind(), Field.Store.YES));
        d.add(new StringField(SECTION_PATH, x.sectionPath(), Field.Store.YES));
        if (x.issuer() != null) {
            d.add(new StringField(UNIT, VietnameseText.fold(x.issuer()), Field.Store.NO));
            d.add(new StoredField(UNIT, x.issuer()));
        }
        if (x.level() != null) {
            d.add(new StringField(LEVEL, x.level(), Field.Store.YES));
        }
        if (x.period() != null) {
            d.add(new StringField(PERIOD, x.period(), Field.Store.YES));
            if (x.year() != null) {
                d.add(new StringField(YEAR, x.year(), Field.Store.YES));
            }
        }
        // each text analysed once for all its fields (TextTokens), not once per field by ANALYZER
        TextTokens title = TextTokens.of(x.title());
        d.add(analysed(TITLE, x.title(), title.stream(false, false)));
        d.add(new TextField(TITLE_FOLDED, title.stream(true, false)));
        x.symbols().forEach(s -> d.add(new StringField(SYMBOL, s, Field.Store.YES)));
        x.keys().forEach(k -> d.add(new StringField(SYMBOL_KEY, k, Field.Store.NO)));
        x.subjects().forEach(k -> d.add(new StringField(SUBJECT_KEY, k, Field.Store.NO)));
        x.frequent().forEach(k -> d.add(new StringField(FREQUENT_KEY, k, Field.Store.NO)));
        TextTokens text = TextTokens.of(x.text());
        d.add(analysed(TEXT, x.text(), text.stream(false, false)));
        d.add(new TextField(TEXT_FOLDED, text.stream(true, false)));
        d.add(new TextField(TEXT_PAIRS, text.stream(false, true)));
        d.add(new TextField(TEXT_FOLDED_PAIRS, text.stream(true, true)));
        return d;
    }

    /** A stored text field indexed with tokens already made (what {@code new TextField(name, value, Store.YES)} holds). */
    private static Field analysed(String name, String value, org.apache.lucene.analysis.TokenStream tokens) {
        return new Field(name, value, TextField.TYPE_STORED) {
            @Override
            public org.apache.lucene.analysis.TokenStream tokenStream(
                    Analyzer analyzer, org.apache.lucene.analysis.TokenStream reuse) {
                return tokens;
            }
        };
    }

    @Override
    public void delete(long reportId) throws IOException {
        writer.deleteDocuments(new Term(REPORT_ID, Long.toString(reportId)));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /** The ids of the reports the index holds (committed or not). */
    @Override
    public Set<Long> reportIds() throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return reportIds(new IndexSearcher(r));
        }
    }

    /** The ids of the reports a searcher sees. */
    public static Set<Long> reportIds(IndexSearcher s) throws IOException {
        Query q = new TermQuery(new Term(KIND, "report"));
        int n = Math.max(1, s.count(q));
        TopDocs top = s.search(q, n);
        StoredFields stored = s.storedFields();
        Set<Long> ids = new HashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(Long.parseLong(stored.document(sd.doc).get(REPORT_ID)));
        }
        return ids;
    }

    /** A query restricted to the documents of the given reports (null: no restriction). */
    public static Query within(Query q, Set<Long> reportIds) {
        return within(q, reportIds == null ? null : ofReports(reportIds));
    }

    /** A query restricted to the documents a filter ({@link #ofReports}, {@link #ofFacts}) admits; null: none. */
    public static Query within(Query q, Query filter) {
        if (filter == null) {
            return q;
        }
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    /** A filter admitting the documents of the given reports. */
    public static Query ofReports(Set<Long> reportIds) {
        List<BytesRef> ids =
                reportIds.stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new TermInSetQuery(REPORT_ID, ids);
    }

    /**
     * A filter on the report facts the index holds, resolved inside Lucene (cheap at any archive size);
     * null arguments restrict nothing, and so does the result null.
     *
     * @param foldedLevel the issuer level, folded ({@link VietnameseText#fold}, stripped)
     * @param year        the year of the period
     * @param period      a period; without a number ("năm 2023" or a kind alone) any number of its kind matches
     */
    public static Query ofFacts(String foldedLevel, Integer year, Period period) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (foldedLevel != null) {
            b.add(new TermQuery(new Term(LEVEL, foldedLevel)), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (year != null) {
            b.add(new TermQuery(new Term(YEAR, year.toString())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (period != null) {
            String pattern = period.kind().json()
                    + (period.number() == null ? "[0-9]*" : period.number().toString())
                    + (period.year() == null ? "" : "/" + period.year());
            b.add(new RegexpQuery(new Term(PERIOD, pattern)), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? new ConstantScoreQuery(b.build()) : null;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            dir.close();
        }
    }
}
