package vn.baocao.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.Archive;
import vn.baocao.query.CommitmentTracker;
import vn.baocao.query.ReportFilter;
import vn.baocao.store.DataFolder;

/**
 * {@code GET /cam-ket}: the commitments of a {@code unit} and/or {@code period} with what the next report says of
 * each; {@code POST /cam-ket/danh-gia}: the user's verdict on a match.
 *
 * @param data    the data folder read (and written by a verdict)
 * @param out     how the page answers
 * @param roles   the section roles of the server's rules, by which commitments are found in the next report
 * @param symbols the document symbols of the server's rules (cited alike: evidence of a match)
 */
record CommitmentsPage(DataFolder data, Responses out, SectionRoles roles, DocumentSymbols symbols) {

    void show(Context ctx) throws Exception {
        String unit = Params.text(ctx, "unit");
        String period = Params.text(ctx, "period");
        try (Archive archive = Archive.open(data)) {
            List<CommitmentTracker.FollowUp> items = unit == null && period == null
                    ? List.of()
                    : new CommitmentTracker(archive, roles, symbols)
                            .commitments(ReportFilter.of(unit, null, null, period));
            out.render(
                    ctx,
                    "commitments.jte",
                    new Pages.Commitments(
                            Responses.frame(ctx, "Cam kết, nhiệm vụ", "cam-ket"),
                            unit == null ? "" : unit,
                            period == null ? "" : period,
                            Reports.units(archive),
                            items,
                            (unit != null || period != null) && items.isEmpty()
                                    ? "Không có cam kết, nhiệm vụ nào."
                                    : null));
        }
    }

    /**
     * The user's verdict on a commitment's match ({@code verdict} confirmed or rejected, {@code id} report.ordinal,
     * {@code section} optional): stored (as {@code baocao commitments --confirm/--reject}), then back to the list.
     */
    void review(Context ctx) throws Exception {
        String id = Params.blankToNull(ctx.formParam("id"));
        String verdict = Params.blankToNull(ctx.formParam("verdict"));
        String section = Params.blankToNull(ctx.formParam("section"));
        if (id == null || !id.matches("\\d{1,18}\\.\\d{1,9}")) {
            throw new IllegalArgumentException("Mã cam kết không hợp lệ.");
        }
        try (Archive archive = Archive.open(data)) {
            CommitmentTracker tracker = new CommitmentTracker(archive, roles, symbols);
            if ("confirmed".equals(verdict)) {
                tracker.confirm(id, section);
            } else if ("rejected".equals(verdict)) {
                tracker.reject(id, section);
            } else {
                throw new IllegalArgumentException("Chỉ có thể xác nhận hoặc bác bỏ.");
            }
        }
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("unit", Params.blankToNull(ctx.formParam("unit")));
        back.put("period", Params.blankToNull(ctx.formParam("period")));
        ctx.redirect(Links.withQuery("/cam-ket", back) + "#cam-ket-" + id.replace('.', '-'), HttpStatus.SEE_OTHER);
    }
}
