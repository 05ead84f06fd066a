package vn.baocao.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words by which the parts of a document's layout are recognised ({@value #FILE}: the header's motto, the
 * title, the body's opening and closing, the signature block, the recipients, a signing stamp), as regular
 * expression alternations for the readers, the section parser and the metadata extractor. One instance per
 * {@link RuleSet} ({@link RuleSet#layoutCues()}), so that a user's {@code --rules DIR} extends the cues of every
 * stage that holds them.
 */
public final class LayoutCues {

    /** The rule file. */
    public static final String FILE = "layout-cues.tsv";

    private final List<RuleLine> lines;

    LayoutCues(RuleSet rules) {
        this.lines = rules.lines(FILE);
    }

    /**
     * The alternatives of a cue as one non-capturing group, {@code (?:a|b|…)}, in file order; each alternative
     * is checked as a regular expression (a bad one is reported with its file and line).
     *
     * @throws RuleException when the file has no row of that cue
     */
    public String of(String cue) {
        java.util.StringJoiner out = new java.util.StringJoiner("|", "(?:", ")");
        boolean found = false;
        for (RuleLine r : lines) {
            if (r.field(0).equals(cue)) {
                out.add(RuleSet.regex(r, 1, 0).pattern());
                found = true;
            }
        }
        if (!found) {
            throw new RuleException(FILE, 0, "thiếu quy tắc loại «" + cue + "»");
        }
        return out.toString();
    }

    /** {@link #of} compiled with the given flags. */
    public Pattern pattern(String before, String cue, String after, int flags) {
        return Pattern.compile(before + of(cue) + after, flags);
    }
}
