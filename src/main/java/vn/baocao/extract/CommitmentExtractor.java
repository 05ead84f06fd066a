package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.extract.rules.RuleSet;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Paragraph;
import vn.baocao.structure.Section;
import vn.baocao.structure.SectionTree;

/**
 * Finds a report's {@link Commitment}s: the items (sub-section titles without body, list items,
 * paragraphs) under the sections whose title announces directions and tasks for the coming period —
 * PHƯƠNG HƯỚNG, NHIỆM VỤ … (THỜI GIAN) TỚI / TIẾP THEO / QUÝ …, GIẢI PHÁP — and elsewhere the sentences in
 * which the unit "cam kết" (pledges) to do something. Pledges are found by the CoreNLP TokensRegex rules
 * of {@code extraction-rules/commitment-phrases.tsv}: a {@code pledge} rule's match counts unless a rule
 * whose name starts with {@code not-} matches over it ("Bản cam kết số …", "thực hiện cam kết …").
 * Thread-safe.
 */
public final class CommitmentExtractor {

    /** The rule file of pledge phrases. */
    public static final String FILE = "commitment-phrases.tsv";

    /** Section titles (folded) that announce the next period's tasks. */
    private static final Pattern TASK_TITLE = Pattern.compile(
            "phuong huong|giai phap|nhiem vu[^.]*(toi|tiep theo|quy|nam \\d{4}|trong tam)|ke hoach[^.]*(toi|tiep theo)");
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-–•+*]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})");

    private final TokenRules pledges;

    public CommitmentExtractor(RuleSet rules) {
        this.pledges = new TokenRules(rules, FILE, "$pledge");
    }

    /** The commitments of a report, in document order. */
    public List<Commitment> extract(SectionTree tree) {
        List<Commitment> out = new ArrayList<>();
        for (Section root : tree.roots()) {
            collect(root, false, out);
        }
        return List.copyOf(out);
    }

    /** Whether a sentence pledges something: a pledge match that no not- match covers. */
    boolean isPledge(String sentence) {
        if (!pledges.mayMatch(sentence)) {
            return false; // no rule's guard is in the sentence: no need to tokenise
        }
        for (List<edu.stanford.nlp.ling.CoreLabel> tokens : TokenRules.sentences(sentence)) {
            List<TokenRules.Match> matches = pledges.matches(tokens, sentence);
            for (TokenRules.Match m : matches) {
                if (!m.rule().startsWith("not-") && matches.stream().noneMatch(
                        v -> v.rule().startsWith("not-") && v.start() < m.end() && m.start() < v.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void collect(Section s, boolean underTasks, List<Commitment> out) {
        boolean tasks = underTasks || TASK_TITLE.matcher(VietnameseText.fold(s.title())).find();
        if (tasks) {
            if (underTasks && s.blocks().isEmpty() && s.children().isEmpty()) {
                add(out, "task", s.title(), s.path(), s.line());
            }
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    for (String item : p.text().split("\n")) {
                        add(out, "task", item, s.path(), p.line());
                    }
                }
            }
        } else {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    for (String sentence : SENTENCE_END.split(p.text().replace('\n', ' '))) {
                        if (isPledge(sentence)) {
                            add(out, "pledge", sentence, s.path(), p.line());
                        }
                    }
                }
            }
        }
        for (Section c : s.children()) {
            collect(c, tasks, out);
        }
    }

    private static void add(List<Commitment> out, String kind, String raw, String section, int line) {
        String text = VietnameseText.collapseSpaces(ITEM_MARKER.matcher(raw).replaceFirst(""));
        // introductions ("… như sau:") and fragments are not commitments
        if (text.length() < 20 || text.endsWith(":")) {
            return;
        }
        out.add(new Commitment(kind, text, section, line));
    }
}
