package vn.baocao.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.extract.Symbols;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.fulltext.IndexHit;
import vn.baocao.fulltext.ReportIndex;
import vn.baocao.store.Store;

/**
 * Who cites a document: every report and section whose text names it (any spelling of its symbol), with
 * the date, issuer and subject ("về …") the reference extractor found there, earliest report first.
 */
public final class Citations {

    /**
     * One citing place.
     *
     * @param symbol  the symbol as the report writes it
     * @param date    the cited document's date as stated there (ISO), or null
     * @param issuer  its issuer as stated there, or null
     * @param subject its subject after "về …", or null
     * @param text    the citing text (the reference's surface, else the sentence around the symbol)
     */
    public record Citation(
            long reportId,
            @JsonProperty("unit") String reportIssuer,
            String period,
            String reportDate,
            String section,
            String sectionTitle,
            String symbol,
            String date,
            String issuer,
            String subject,
            String text,
            String source) {}

    private final Archive archive;
    private final DocumentSymbols symbols;

    /** @param symbols the document symbols and type names of the rules the archive was imported with */
    public Citations(Archive archive, DocumentSymbols symbols) {
        this.archive = archive;
        this.symbols = symbols;
    }

    /** The places citing the document named by {@code symbol} ("75/KH-UBND", "KH 75", "ke hoach so 75"). */
    public List<Citation> of(String symbol) throws IOException, SQLException {
        List<DocumentSymbols.Mention> mentions = symbols.mentionsInQuery(symbol);
        if (mentions.isEmpty()) {
            throw new QueryException("«" + symbol + "» không phải số, ký hiệu văn bản. Ví dụ: 75/KH-UBND, KH 75, "
                    + "\"Kế hoạch số 75\".");
        }
        DocumentSymbols.Mention m = mentions.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (m.canonical() != null) {
            b.add(new TermQuery(new Term(ReportIndex.SYMBOL, m.canonical())), Occur.SHOULD);
        } else {
            b.add(new TermQuery(new Term(ReportIndex.SYMBOL_KEY, m.key())), Occur.SHOULD);
        }
        Query q = b.build();
        List<Citation> out = new ArrayList<>();
        for (IndexHit d : archive.index().all(q)) {
            long id = d.reportId();
            Store.ReportRow r = archive.report(id).orElse(null);
            if (r == null) {
                continue;
            }
            String path = d.sectionPath();
            Set<String> canonicals = new LinkedHashSet<>();
            for (String s : d.symbols()) {
                if (s.equals(m.canonical()) || (m.canonical() == null && m.key().equals(symbols.keyOf(s)))) {
                    canonicals.add(s);
                }
            }
            List<Store.ReferenceRow> refs = new ArrayList<>();
            for (String c : canonicals) {
                for (Store.ReferenceRow ref : archive.store().referencesTo(c)) {
                    if (ref.reportId() == id && path.equals(ref.section() == null ? "" : ref.section())) {
                        refs.add(ref);
                    }
                }
            }
            String title = d.title();
            if (!refs.isEmpty()) {
                for (Store.ReferenceRow ref : refs) {
                    out.add(new Citation(
                            id,
                            r.issuer(),
                            Archive.periodLabel(r),
                            r.date(),
                            path,
                            title,
                            ref.symbol(),
                            ref.date(),
                            ref.issuer(),
                            ref.subject(),
                            ref.text(),
                            r.sourcePath()));
                }
            } else {
                String text = d.text();
                for (String written : writtenIn(text, canonicals)) {
                    out.add(new Citation(
                            id,
                            r.issuer(),
                            Archive.periodLabel(r),
                            r.date(),
                            path,
                            title,
                            written,
                            null,
                            null,
                            null,
                            sentenceAround(text, written),
                            r.sourcePath()));
                }
            }
        }
        out.sort(Comparator.comparing(
                        (Citation c) -> archive.report(c.reportId())
                                .map(Store.ReportRow::periodKey)
                                .orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Citation::reportDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Citation::reportId));
        return out;
    }

    /**
     * What the citing reports say about a document: its canonical symbol, type, number, date, issuer and
     * subject (each the first value stated by any reference to it; null when none states it).
     */
    public record CitedDocument(
            String symbol, String type, String number, String date, String issuer, String subject) {}

    /** The document named by {@code symbol} (any spelling) as its references describe it. */
    public CitedDocument document(String symbol) throws SQLException {
        List<DocumentSymbols.Mention> mentions = symbols.mentionsInQuery(symbol);
        String canonical = mentions.isEmpty() || mentions.get(0).canonical() == null
                ? symbol.strip()
                : mentions.get(0).canonical();
        String type = null, number = null, date = null, issuer = null, subject = null;
        for (Store.ReferenceRow r : archive.store().referencesTo(canonical)) {
            type = type != null ? type : r.typeName();
            number = number != null ? number : r.number();
            date = date != null ? date : r.date();
            issuer = issuer != null ? issuer : r.issuer();
            subject = subject != null ? subject : r.subject();
        }
        return new CitedDocument(canonical, type, number, date, issuer, subject);
    }

    /** How the text writes the symbols (first spelling of each). */
    private List<String> writtenIn(String text, Set<String> canonicals) {
        List<String> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String w : symbols.written(text)) {
            String c = Symbols.canonical(w);
            if (canonicals.contains(c) && done.add(c)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The sentence (or line) of the text in which {@code written} first occurs, at most 300 characters. */
    static String sentenceAround(String text, String written) {
        int at = text.indexOf(written);
        if (at < 0) {
            return written;
        }
        int start =
                Math.max(Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at)), text.lastIndexOf("; ", at))
                        + 1;
        int end = text.length();
        for (String stop : new String[] {"\n", ". ", "; "}) {
            int e = text.indexOf(stop, at + written.length());
            if (e >= 0 && e < end) {
                end = e + 1;
            }
        }
        String s = text.substring(start, end).strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
