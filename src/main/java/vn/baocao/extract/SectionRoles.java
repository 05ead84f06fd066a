package vn.baocao.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;
import vn.baocao.structure.SectionTree;

/**
 * The role of each part of a report's outline (rules of {@code extraction-rules/section-roles.tsv}): the
 * results it reports, the directions and tasks of the next period, the proposals to others, the appendix.
 * A heading gets the role of the first rule matching its opening; a heading without one takes the role of
 * the nearest heading above it that has one (so "6. Về mô hình, sáng kiến, giải pháp mới" under "I. CÔNG TÁC
 * CHỈ ĐẠO" reports results, and "1. Công an tỉnh" under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ" is a forward part); at
 * the top, a section reports results. The same rules also tell the items of a forward part that promise
 * nothing ({@code not-task}: "Đã …", "Trong tháng, …"). Thread-safe.
 */
public final class SectionRoles {

    /** The rule file. */
    public static final String FILE = "section-roles.tsv";

    /** What a part of a report does. */
    public enum Role {
        /** Reports what was done (and the assessment of it). */
        RESULTS,
        /** Directions and tasks for the next period. */
        FORWARD,
        /** Proposals and requests to others (KIẾN NGHỊ, ĐỀ XUẤT). */
        PROPOSAL,
        /** Appendices and statistics forms. */
        APPENDIX;

        /** Whether the items of a part of this role are commitments. */
        public boolean promises() {
            return this == FORWARD || this == PROPOSAL;
        }
    }

    /** One heading of an outline, in document order. */
    public record Heading(String path, String title, int level, boolean appendix) {}

    private record Rule(Role role, Pattern heading) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Rule> rules = new ArrayList<>();
    private final List<Pattern> notTask = new ArrayList<>();

    public SectionRoles(RuleSet rules) {
        for (RuleLine r : rules.lines(FILE)) {
            String kind = r.field(0);
            Pattern p =
                    Pattern.compile(RuleSet.regex(r, 1, FLAGS).pattern().transform(VietnameseText::canonical), FLAGS);
            switch (kind) {
                case "forward" -> this.rules.add(new Rule(Role.FORWARD, p));
                case "proposal" -> this.rules.add(new Rule(Role.PROPOSAL, p));
                case "results" -> this.rules.add(new Rule(Role.RESULTS, p));
                case "not-task" -> notTask.add(p);
                default -> throw r.error("loại không hợp lệ «" + kind + "» (forward, proposal, results, not-task)");
            }
        }
    }

    /** The role a heading's own words give it, or null when they give none. */
    public Role ownRole(String title) {
        String t = VietnameseText.canonical(VietnameseText.collapseSpaces(title == null ? "" : title))
                .strip();
        for (Rule r : rules) {
            if (r.heading().matcher(t).find()) {
                return r.role();
            }
        }
        return null;
    }

    /** The role of every section of a tree, by path. */
    public Map<String, Role> roles(SectionTree tree) {
        List<Heading> headings = new ArrayList<>();
        for (Section s : tree.sections()) {
            headings.add(new Heading(
                    s.path(),
                    s.title(),
                    s.level(),
                    s.kind() == NumberingKind.APPENDIX || s.kind() == NumberingKind.FORM));
        }
        return roles(headings);
    }

    /** The role of every heading of an outline given in document order (a heading's parent is the nearest one above of a lower level), by path. */
    public Map<String, Role> roles(List<Heading> outline) {
        Map<String, Role> out = new LinkedHashMap<>();
        Deque<Map.Entry<Integer, Role>> above = new ArrayDeque<>(); // level → role, innermost first
        for (Heading h : outline) {
            while (!above.isEmpty() && above.peek().getKey() >= h.level()) {
                above.pop();
            }
            Role inherited = above.isEmpty() ? Role.RESULTS : above.peek().getValue();
            Role own = h.appendix() ? Role.APPENDIX : ownRole(h.title());
            Role role = own != null && inherited != Role.APPENDIX ? own : inherited;
            above.push(Map.entry(h.level(), role));
            out.putIfAbsent(h.path(), role);
        }
        return out;
    }

    /** Whether an item of a forward or proposal part promises something (not "Đã …", "Trong tháng, …"). */
    public boolean promises(String item) {
        String t = VietnameseText.canonical(item).strip();
        return notTask.stream().noneMatch(p -> p.matcher(t).find());
    }
}
