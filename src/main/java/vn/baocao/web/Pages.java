package vn.baocao.web;

import java.util.List;
import vn.baocao.query.Citations;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.FigureSeries;
import vn.baocao.store.Store;

/** The models the templates ({@code src/main/jte}) render; every string in them is escaped there. */
public final class Pages {

    private Pages() {
    }

    /** What every page needs: its title, the menu entry to mark, and the CSRF token for its forms. */
    public record Frame(String title, String active, String csrf) {
    }

    /** A link with a label. */
    public record Link(String label, String href) {
    }

    public record FacetValue(String label, int count, String href, boolean selected) {
    }

    public record FacetGroup(String label, List<FacetValue> values) {
    }

    public record HitView(String href, String unit, String period, String sectionPath, String section, List<Markup.Run> snippet) {
    }

    public record Search(Frame frame, String q, List<HitView> hits, int total, int from, int to, String prev,
                         String next, List<FacetGroup> facets, List<Link> active, String error,
                         List<Store.ReportRow> reports, boolean empty) {
    }

    public record Section(String anchor, String label, int level, List<Markup.Run> runs, List<Store.ReferenceRow> notes) {
    }

    public record Report(Frame frame, Store.ReportRow report, String period, List<Section> sections,
                         List<Store.ReferenceRow> references, List<Store.CommitmentRow> commitments,
                         String source, String sourceName, Checks checks) {
    }

    /**
     * The figure checks of a report: its findings, and the previous report they were compared with (null: none).
     * Null on the page when the report's copy cannot be read again.
     */
    public record Checks(List<vn.baocao.check.Finding> findings, String previous) {
    }

    public record Citing(Citations.Citation citation, String href) {
    }

    public record Plan(Frame frame, String symbol, String type, String number, String date, String issuer,
                       String subject, List<Citing> citations) {
    }

    public record UnitChoice(String name, boolean selected) {
    }

    /**
     * The figures page: the series of one measure of a subject; {@code measures} the distinct measures the
     * subject matched (links to each), {@code measure} the one shown with its unit.
     */
    public record Figures(Frame frame, String subject, List<String> suggestions, List<UnitChoice> units,
                          List<Link> measures, String measure, Chart chart, List<FigureSeries.Point> points, String csv,
                          String error) {
    }

    public record Commitments(Frame frame, String unit, String period, List<String> units,
                              List<CommitmentTracker.FollowUp> items, String error) {
    }

    public record Draft(Frame frame, String unit, String period, List<String> units, Link base, Link sameLastYear,
                        String docx, String markdown, String error) {
    }

    /** One uploaded file's outcome. */
    public record FileResult(String name, String outcome, String reason, boolean failed) {
    }

    public record Import(Frame frame, long limitMb, List<FileResult> results, String summary, String error) {
    }

    public record Message(Frame frame, String message) {
    }
}
