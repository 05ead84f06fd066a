package vn.baocao.draft;

import vn.baocao.rules.LayoutCues;
import vn.baocao.rules.RuleSet;

/**
 * The layout cues the draft reads a base report by (its closing, its own title, result headings, plan tables,
 * cumulative figures …): those of the built-in rules. The draft does not yet take a user's {@code --rules} for its
 * own reading (the extraction of the base does); one place to change when it does.
 */
final class DraftCues {

    static final LayoutCues CUES = RuleSet.defaults().layoutCues();

    private DraftCues() {}
}
