package vn.baocao.check;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.draft.DraftException;
import vn.baocao.draft.NextDraft;
import vn.baocao.draft.ReportHistory;
import vn.baocao.draft.StoredReportRef;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.rules.RuleSet;

/**
 * All checks of one report, for {@code baocao kiemtra}, the web report page and drafts: its own figures, and,
 * when a history of the unit's reports is at hand, against the unit's previous report. Thread-safe.
 */
public final class ReportCheck {

    /**
     * What was checked and found.
     *
     * @param previous the report compared with for period ↔ period, or null when there was none
     * @param findings every finding
     */
    public record Result(StoredReportRef previous, List<Finding> findings) {}

    private final FigureChecks figures;
    private final PeriodChecks periods;

    public ReportCheck(RuleSet rules) {
        this.figures = new FigureChecks(rules);
        this.periods = new PeriodChecks(figures);
    }

    /** The checks of one report alone. */
    public List<Finding> check(Extraction x) {
        return figures.check(x);
    }

    /** The checks of one report against another (the previous one of its unit), with a change factor. */
    public List<Finding> check(Extraction x, Extraction previous, double factor) {
        List<Finding> out = new ArrayList<>(figures.check(x));
        if (previous != null) {
            out.addAll(periods.check(x, previous, factor));
        }
        return out;
    }

    /**
     * The checks of one report, and against the previous report of its unit in {@code history} (null: none).
     * A report without a unit or period is checked alone.
     */
    public Result check(Extraction x, ReportHistory history, double factor) {
        StoredReportRef previous = history == null ? null : previous(history, x.metadata());
        Extraction before = previous == null ? null : history.load(previous);
        return new Result(previous, check(x, before, factor));
    }

    /** The latest report of the same unit ending before this one's period, or null. */
    public static StoredReportRef previous(ReportHistory history, ReportMetadata m) {
        if (m.issuer() == null || m.period() == null || m.period().endKey() == null) {
            return null;
        }
        try {
            return NextDraft.choose(history, m.issuer(), m.period(), null).base();
        } catch (DraftException e) {
            return null; // no earlier report of the unit
        }
    }
}
