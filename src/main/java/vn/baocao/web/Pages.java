package vn.baocao.web;

import java.util.List;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.FigureSeries;

/** The models the templates ({@code src/main/jte}) render; every string in them is escaped there. */
public final class Pages {

    private Pages() {}

    /** What every page needs: its title, the menu entry to mark, and the CSRF token for its forms. */
    public record Frame(String title, String active, String csrf) {}

    /** A link with a label. */
    public record Link(String label, String href) {}

    public record FacetValue(String label, int count, String href, boolean selected) {}

    public record FacetGroup(String label, List<FacetValue> values) {}

    /**
     * One search hit, the hits of the other versions of its report and of the same section folded into it:
     * {@code title}, {@code symbol} and {@code date} (Vietnamese form) of the report, {@code versions} links to
     * the same section in its other versions (the issued one first).
     */
    public record HitView(
            String href,
            String issuer,
            String period,
            String title,
            String symbol,
            String date,
            String sectionPath,
            String section,
            List<Markup.Run> snippet,
            List<Link> versions) {}

    public record Search(
            Frame frame,
            String q,
            List<HitView> hits,
            int total,
            int from,
            int to,
            String prev,
            String next,
            List<FacetGroup> facets,
            List<Link> active,
            String error,
            List<Listed> reports,
            boolean empty,
            Listing listing) {}

    /** A report in the home list: its id, unit, type's name, period, date (as shown) and title (null: none). */
    public record Listed(long id, String issuer, String type, String period, String date, String title) {}

    /**
     * The figure checks of a report: its findings, and the previous report they were compared with (null: none).
     * Null on the page when the report's copy cannot be read again.
     */
    public record Checks(List<vn.baocao.check.Finding> findings, String previous) {}

    /**
     * The home list's filters (the values of the imported reports, the chosen ones or "") and its column
     * headers, each a link sorting by that column ({@code sorted} the column now sorted by).
     */
    public record Listing(
            List<String> issuers,
            List<String> periods,
            List<String> types,
            String issuer,
            String period,
            String type,
            List<Column> columns,
            String sorted) {}

    /** A column header of a sortable list: a link sorting by it; {@code arrow} "▲"/"▼" when sorted by it, else "". */
    public record Column(String label, String href, String arrow) {}

    public record Section(String anchor, String label, int level, List<Markup.Block> blocks, List<Note> notes) {}

    /** A reference listed under its section (cited in its title or a footnote): the symbol, its document's page, the text. */
    public record Note(String symbol, String href, String text) {}

    /**
     * One document the report cites, all its mentions together: {@code count} mentions, in {@code sections}
     * (their paths, "" for the text outside numbered sections).
     */
    public record CitedDoc(
            String symbol, String href, String typeName, String date, String subject, int count, List<Link> sections) {}

    /** What a report page says about the report: its title (null: none), unit, level, number, place and signer. */
    public record ReportHeader(
            String title,
            String issuer,
            String issuerLevel,
            String symbol,
            String place,
            String signer,
            String signerTitle) {}

    /**
     * A report page; {@code query} the search that opened it (its words marked in the text), else null;
     * {@code versions} the report's other versions.
     */
    public record Report(
            Frame frame,
            ReportHeader report,
            String period,
            String date,
            List<Section> sections,
            List<CitedDoc> references,
            int mentions,
            String source,
            String sourceName,
            String query,
            String withoutQuery,
            List<Link> versions,
            Checks checks) {}

    /**
     * One report citing a document (its versions together): its unit, period, number and date (Vietnamese
     * form), the sections citing it (links), how many times, and the first citing text.
     */
    public record Citing(
            String href,
            String issuer,
            String period,
            String symbol,
            String date,
            String title,
            List<Link> sections,
            int count,
            String text,
            int versions) {}

    public record Document(
            Frame frame,
            String symbol,
            String type,
            String number,
            String date,
            String issuer,
            String subject,
            List<Citing> citations) {}

    public record IssuerChoice(String name, boolean selected) {}

    /**
     * The figures page: the series of one measure of a subject; {@code measures} the distinct measures the
     * subject matched (links to each), {@code measure} the one shown with its unit.
     */
    public record Figures(
            Frame frame,
            String subject,
            List<String> suggestions,
            List<IssuerChoice> issuers,
            List<Link> measures,
            String measure,
            Chart chart,
            List<FigureSeries.Point> points,
            String csv,
            String error) {}

    public record Commitments(
            Frame frame,
            String issuer,
            String period,
            List<String> issuers,
            List<CommitmentTracker.FollowUp> items,
            String error) {}

    /**
     * The draft page: the unit and period asked for, the reports of the unit it may start from ({@code bases},
     * {@code from} the one chosen, "" for the latest earlier one), the base chosen, the downloads and a preview.
     */
    public record Draft(
            Frame frame,
            String issuer,
            String period,
            List<String> issuers,
            List<Choice> bases,
            String from,
            Link base,
            Link sameLastYear,
            String docx,
            String markdown,
            List<PreviewSection> preview,
            String error) {}

    /** An option of a select: its value and label. */
    public record Choice(String value, String label) {}

    /** A section of a draft's preview: its heading and its items, the commitments to report on under it. */
    public record PreviewSection(String heading, int level, List<PreviewItem> items, List<String> checklist) {}

    /** A paragraph of a draft's preview (figures to update marked), or a table (rows of cells). */
    public record PreviewItem(List<Markup.Run> runs, List<List<String>> rows) {}

    /** One uploaded file's outcome. */
    public record FileResult(String name, String outcome, String reason, boolean failed) {}

    public record Import(Frame frame, long limitMb, List<FileResult> results, String summary, String error) {}

    /** A message page; {@code status} the HTTP status (200 for a plain notice). */
    public record Message(Frame frame, int status, String message) {}
}
