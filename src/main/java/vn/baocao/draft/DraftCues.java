package vn.baocao.draft;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.CommitmentMatcher;
import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.RuleSet;

/**
 * What the draft reads a base report by, from the rules it is given ({@code --rules} too): the layout cues of
 * {@code layout-cues.tsv} as the patterns the drafting classes match (over match-key text unless said), and the
 * stop syllables of {@code stop-syllables.tsv}.
 */
final class DraftCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The line naming the report's own type ("BÁO CÁO"): where the title block ends. */
    final Pattern ownTitle;
    /** A heading of the results part ("KẾT QUẢ …"): where a task matching no heading goes. */
    final Pattern resultsHeading;
    /** The closing sentence ("Trên đây là …"): carried, rolled. */
    final Pattern closing;
    /** A header cell of a plan table's time column ("Thời gian thực hiện", "Tiến độ"), over the text as written. */
    final Pattern timeHeader;
    /** A header cell of a plan table's task column, over the text as written. */
    final Pattern taskHeader;
    /** The time at the end of a task item: "thời gian: Quý II", "thời hạn hoàn thành: trước 30/6". */
    final Pattern itemTime;
    /** A section title that ends with the time cue, its time cut off into the section's text. */
    final Pattern titleEndsWithTime;
    /** The words the period roll-forward reads by. */
    final PeriodRollForward.Cues roll;
    /** Words before a figure that make it cumulative ("từ đầu năm", "lũy kế"). */
    final Pattern cumulative;
    /** The opening of standing text (the legal basis: "Căn cứ …"). */
    final Pattern standingOpening;
    /** The header of a statistics table's value column ("Số lượng", "Kết quả"), over the text as written. */
    final Pattern valueHeader;
    /** The header of a column of targets instead, over the text as written. */
    final Pattern notValueHeader;
    /** Syllables too common in report headings to tell topics apart (match keys). */
    final Set<String> stopSyllables;

    /** Made once per rule set (a draft per web request reads the files and compiles the patterns once). */
    private static final Map<RuleSet, DraftCues> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The cues of a rule set. */
    static DraftCues of(RuleSet rules) {
        return MADE.computeIfAbsent(rules, DraftCues::new);
    }

    DraftCues(RuleSet rules) {
        LayoutCues cues = rules.layoutCues();
        ownTitle = cues.pattern("^", "own-title", "", FLAGS);
        resultsHeading = cues.pattern("", "results-heading", "", FLAGS);
        closing = cues.pattern("^", "closing", "", FLAGS);
        timeHeader = cues.pattern("", "time-label", "", FLAGS);
        taskHeader = cues.pattern("", "task-header", "", FLAGS);
        itemTime = cues.pattern("[(;,.]?\\s*", "time-label", "\\s*:\\s*([^;()]{2,60})\\)?\\s*[.;]?\\s*$", FLAGS);
        titleEndsWithTime = cues.pattern("", "time-label", "\\s*$", FLAGS);
        roll = PeriodRollForward.Cues.of(cues);
        cumulative = cues.pattern("", "cumulative-figure", "", FLAGS);
        standingOpening = cues.pattern("^", "standing-opening", "", FLAGS);
        valueHeader = cues.pattern("", "value-header", "", FLAGS);
        notValueHeader = cues.pattern("", "not-value-header", "", FLAGS);
        Set<String> stop = new HashSet<>();
        rules.lines(CommitmentMatcher.STOP_FILE).forEach(r -> stop.add(VietnameseText.matchKey(r.field(0))));
        stopSyllables = Set.copyOf(stop);
    }
}
