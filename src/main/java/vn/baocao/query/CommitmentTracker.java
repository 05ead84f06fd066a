package vn.baocao.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.extract.SectionRoles;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.store.ReportStore;
import vn.baocao.store.Store;

/**
 * What units promised and where they reported on it. Each commitment of the selected reports is followed
 * into the same unit's next report (the first with a later period): matched ({@link CommitmentMatcher})
 * against the sections of that report's <em>results</em> part only — never against its own forward-looking
 * part, whose copy of the same task is a commitment carried forward, shown as such — by the roles of
 * {@link SectionRoles}. Each commitment gets a status: {@code reported} (with the section, a score and its
 * evidence), {@code carried} (only found again among the next period's tasks) or {@code not_mentioned}. A
 * user's verdict ({@link #confirm}, {@link #reject}) is stored and wins: a confirmed section is the answer, a
 * rejected one is never proposed again.
 */
public final class CommitmentTracker {

    /** Matches scoring below this (share of the commitment's weight the section covers) are not follow-ups. */
    static final double MIN_SCORE = 0.08;
    /** A task of the next report's forward part this close to the commitment is the same task, carried forward. */
    static final double CARRIED_SCORE = 0.6;

    /** Status of a commitment in the next report. */
    public static final String REPORTED = "reported";

    public static final String CARRIED = "carried";
    public static final String NOT_MENTIONED = "not_mentioned";

    /**
     * A commitment and its follow-up.
     *
     * @param ordinal        the commitment's place in its report (its id is {@code reportId.ordinal})
     * @param nextReportId   the same unit's next report, or null when none is imported
     * @param nextSection    the path of the section of the next report that reports on it, or null
     * @param score          the score of that match (0–1, higher is closer), or null (or for a confirmed section
     *                       that shares no words)
     * @param status         {@link #REPORTED}, {@link #CARRIED}, {@link #NOT_MENTIONED}, or null without a next report
     * @param carriedSection the section of the next report's forward part that repeats it, or null
     * @param evidence       why the section matches (shared words, figures, documents), or null
     * @param review         {@code confirmed} when the user confirmed the section, {@code rejected} when the user
     *                       rejected a section (another may be proposed), or null
     */
    public record FollowUp(
            long reportId,
            @JsonProperty("unit") String issuer,
            String period,
            String section,
            String kind,
            String text,
            Long nextReportId,
            String nextPeriod,
            String nextSection,
            String nextSectionTitle,
            String nextSnippet,
            Double score,
            int ordinal,
            String status,
            String carriedSection,
            CommitmentMatcher.Evidence evidence,
            String review) {

        /** The commitment's id for {@code baocao commitments --confirm/--reject}: "report.ordinal". */
        public String id() {
            return reportId + "." + ordinal;
        }
    }

    private final Archive archive;
    private final SectionRoles roles;
    private final DocumentSymbols symbols;

    /**
     * The commitments of an archive as the rules it was imported with find them.
     *
     * @param roles   the section roles (which parts are results, which promise)
     * @param symbols the document symbols, cited alike by a commitment and the section reporting on it
     */
    public CommitmentTracker(Archive archive, SectionRoles roles, DocumentSymbols symbols) {
        this.archive = archive;
        this.roles = roles;
        this.symbols = symbols;
    }

    /** The commitments of the reports passing the filter, oldest report first. */
    public List<FollowUp> commitments(ReportFilter filter) throws SQLException {
        Map<String, List<Store.ReportRow>> byUnit = byUnit();
        List<FollowUp> out = new ArrayList<>();
        for (Store.ReportRow r : archive.reports(filter)) {
            out.addAll(followUps(r, nextReport(r, byUnit.get(unitKey(r)))));
        }
        return out;
    }

    /** One commitment's follow-up by its id ("report.ordinal"), or empty. */
    public Optional<FollowUp> commitment(String id) throws SQLException {
        long[] key = parseId(id);
        Optional<Store.ReportRow> r = archive.report(key[0]);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        return followUps(r.get(), nextReport(r.get(), byUnit().get(unitKey(r.get())))).stream()
                .filter(f -> f.ordinal() == key[1])
                .findFirst();
    }

    /**
     * Confirms a commitment's follow-up: the given section of the next report (or, when null, the one proposed
     * now) is where its result is reported. Returns the follow-up as it now reads.
     */
    public FollowUp confirm(String id, String section) throws SQLException {
        FollowUp f = commitment(id).orElseThrow(() -> new QueryException("Không có cam kết mã " + id + "."));
        if (f.nextReportId() == null) {
            throw new QueryException("Cam kết " + id + " chưa có báo cáo kỳ sau để xác nhận.");
        }
        String path = section != null ? section : f.nextSection();
        if (path == null) {
            throw new QueryException("Cam kết " + id + " chưa được ghép với mục nào; hãy chỉ rõ mục bằng --section.");
        }
        String known = findPath(f.nextReportId(), path);
        if (known == null) {
            throw new QueryException("Báo cáo kỳ sau (mã " + f.nextReportId() + ") không có mục " + path + ".");
        }
        archive.store()
                .reviewCommitment(new ReportStore.ReviewRow(
                        f.reportId(), f.ordinal(), f.nextReportId(), known, "confirmed", null));
        return commitment(id).orElseThrow();
    }

    /** Rejects the section proposed now (or the given one) for a commitment; returns the follow-up as it now reads. */
    public FollowUp reject(String id, String section) throws SQLException {
        FollowUp f = commitment(id).orElseThrow(() -> new QueryException("Không có cam kết mã " + id + "."));
        String path =
                section != null ? findPath(f.nextReportId() == null ? -1 : f.nextReportId(), section) : f.nextSection();
        if (f.nextReportId() == null || path == null) {
            throw new QueryException("Cam kết " + id + " không có mục kỳ sau nào để bác bỏ.");
        }
        archive.store()
                .reviewCommitment(
                        new ReportStore.ReviewRow(f.reportId(), f.ordinal(), f.nextReportId(), path, "rejected", null));
        return commitment(id).orElseThrow();
    }

    private String findPath(long reportId, String path) throws SQLException {
        for (ReportStore.SectionRow s : archive.store().sections(reportId)) {
            if (s.path().equalsIgnoreCase(path.strip())) {
                return s.path();
            }
        }
        return null;
    }

    private static long[] parseId(String id) {
        String[] parts = id == null ? new String[0] : id.strip().split("\\.");
        try {
            if (parts.length == 2) {
                return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new QueryException("Mã cam kết không hợp lệ «" + id + "» (dạng MÃ_BÁO_CÁO.THỨ_TỰ, ví dụ 12.3).");
    }

    private Map<String, List<Store.ReportRow>> byUnit() {
        Map<String, List<Store.ReportRow>> byUnit = new HashMap<>();
        for (Store.ReportRow r : archive.reports(ReportFilter.ALL)) { // oldest first
            byUnit.computeIfAbsent(unitKey(r), k -> new ArrayList<>()).add(r);
        }
        return byUnit;
    }

    private static String unitKey(Store.ReportRow r) {
        return IssuerMatcher.key(r.issuer() != null ? r.issuer() : r.place());
    }

    /** The first report of the same unit (listed oldest first) with a later period, or null. */
    private static Store.ReportRow nextReport(Store.ReportRow r, List<Store.ReportRow> sameUnit) {
        if (r.periodKey() == null || sameUnit == null) {
            return null;
        }
        for (Store.ReportRow o : sameUnit) {
            if (o.periodKey() != null && o.periodKey() > r.periodKey()) {
                return o;
            }
        }
        return null;
    }

    /** The follow-ups of one report's commitments in its next report (or without one). */
    private List<FollowUp> followUps(Store.ReportRow r, Store.ReportRow next) throws SQLException {
        List<Store.CommitmentRow> commitments = archive.store().commitments(r.id());
        List<FollowUp> out = new ArrayList<>();
        if (next == null) {
            for (Store.CommitmentRow c : commitments) {
                out.add(new FollowUp(
                        r.id(),
                        r.issuer(),
                        Archive.periodLabel(r),
                        c.section(),
                        c.kind(),
                        c.text(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        c.ordinal(),
                        null,
                        null,
                        null,
                        null));
            }
            return out;
        }
        NextReport n = nextReportParts(next);
        Map<Integer, List<ReportStore.ReviewRow>> reviews = new HashMap<>();
        for (ReportStore.ReviewRow v : archive.store().commitmentReviews(r.id())) {
            if (v.nextReportId() == next.id()) {
                reviews.computeIfAbsent(v.ordinal(), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, String> topics = topics(r.id());
        for (Store.CommitmentRow c : commitments) {
            out.add(followUp(
                    r, c, topics.getOrDefault(c.section(), ""), next, n, reviews.getOrDefault(c.ordinal(), List.of())));
        }
        return out;
    }

    /**
     * The headings that say what a report's commitments are about, by section path: a sub-heading of a forward
     * part that names an actor or a subject ("1. Công an tỉnh", "2. Cải cách thủ tục hành chính"), not one that
     * only announces the part ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ …").
     */
    private Map<String, String> topics(long reportId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (ReportStore.SectionRow s : archive.store().sections(reportId)) {
            if (s.title() != null && roles.ownRole(s.title()) == null) {
                out.putIfAbsent(s.path(), s.title());
            }
        }
        return out;
    }

    /** The next report's results sections and forward-looking tasks, matchers over each. */
    private record NextReport(
            CommitmentMatcher results,
            Map<String, CommitmentMatcher.Candidate> byPath,
            Map<String, String> titles,
            CommitmentMatcher carried) {}

    private NextReport nextReportParts(Store.ReportRow next) throws SQLException {
        List<ReportStore.SectionRow> sections = archive.store().sections(next.id());
        List<SectionRoles.Heading> outline = new ArrayList<>();
        for (ReportStore.SectionRow s : sections) {
            String folded = VietnameseText.fold(s.path());
            outline.add(new SectionRoles.Heading(
                    s.path(), s.title(), s.level(), folded.startsWith("phu luc") || folded.startsWith("bieu mau")));
        }
        Map<String, SectionRoles.Role> role = roles.roles(outline);
        List<CommitmentMatcher.Candidate> results = new ArrayList<>();
        Map<String, CommitmentMatcher.Candidate> byPath = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        List<String> above = new ArrayList<>(); // the headings above, by level
        for (ReportStore.SectionRow s : sections) {
            // a section is about its parents' subject too ("a) Về dịch vụ công trực tuyến" under "1. Nhóm tiện ích …")
            while (above.size() >= Math.max(1, s.level())) {
                above.remove(above.size() - 1);
            }
            String title = s.title() == null ? "" : s.title();
            CommitmentMatcher.Candidate c = new CommitmentMatcher.Candidate(
                    s.path(), String.join("\n", above) + "\n" + title, s.body() == null ? "" : s.body());
            while (above.size() < s.level() - 1) {
                above.add("");
            }
            above.add(title);
            titles.putIfAbsent(s.path(), title);
            byPath.putIfAbsent(s.path(), c);
            if (role.get(s.path()) == SectionRoles.Role.RESULTS) {
                results.add(c);
            }
        }
        List<CommitmentMatcher.Candidate> tasks = new ArrayList<>();
        for (Store.CommitmentRow t : archive.store().commitments(next.id())) {
            if (!"pledge".equals(t.kind())) {
                tasks.add(new CommitmentMatcher.Candidate(t.section(), "", t.text()));
            }
        }
        return new NextReport(
                new CommitmentMatcher(results, symbols), byPath, titles, new CommitmentMatcher(tasks, symbols));
    }

    private FollowUp followUp(
            Store.ReportRow r,
            Store.CommitmentRow c,
            String topic,
            Store.ReportRow next,
            NextReport n,
            List<ReportStore.ReviewRow> reviews) {
        Set<String> rejected = new HashSet<>();
        String confirmed = null;
        for (ReportStore.ReviewRow v : reviews) {
            if (v.verdict().equals("confirmed")) {
                confirmed = v.section();
            } else {
                rejected.add(v.section());
                if (v.section().equals(confirmed)) {
                    confirmed = null;
                }
            }
        }
        CommitmentMatcher.Match match = null;
        String review = null;
        if (confirmed != null && n.byPath().containsKey(confirmed)) {
            CommitmentMatcher.Candidate s = n.byPath().get(confirmed);
            String path = confirmed;
            match = n.results().rank(c.text(), topic).stream()
                    .filter(m -> m.section().path().equals(path))
                    .findFirst()
                    .map(m -> n.results().withEvidence(c.text(), m))
                    .orElse(new CommitmentMatcher.Match(s, Double.NaN, CommitmentMatcher.Evidence.NONE));
            review = "confirmed";
        } else {
            for (CommitmentMatcher.Match m : n.results().rank(c.text(), topic)) {
                if (m.score() < MIN_SCORE) {
                    break;
                }
                if (!rejected.contains(m.section().path())) {
                    match = n.results().withEvidence(c.text(), m);
                    break;
                }
            }
            review = rejected.isEmpty() ? null : "rejected";
        }
        CommitmentMatcher.Match again = n.carried().best(c.text());
        String carried = again != null && again.score() >= CARRIED_SCORE
                ? again.section().path()
                : null;
        String status = match != null ? REPORTED : carried != null ? CARRIED : NOT_MENTIONED;
        String period = Archive.periodLabel(next);
        if (match == null) {
            return new FollowUp(
                    r.id(),
                    r.issuer(),
                    Archive.periodLabel(r),
                    c.section(),
                    c.kind(),
                    c.text(),
                    next.id(),
                    period,
                    null,
                    null,
                    null,
                    null,
                    c.ordinal(),
                    status,
                    carried,
                    null,
                    review);
        }
        String body = match.section().text();
        return new FollowUp(
                r.id(),
                r.issuer(),
                Archive.periodLabel(r),
                c.section(),
                c.kind(),
                c.text(),
                next.id(),
                period,
                match.section().path(),
                match.section().path() + " " + n.titles().get(match.section().path()),
                body.length() > 200 ? body.substring(0, 200) + "…" : body,
                Double.isNaN(match.score()) ? null : Math.round(match.score() * 1000) / 1000.0,
                c.ordinal(),
                status,
                carried,
                match.evidence(),
                review);
    }
}
