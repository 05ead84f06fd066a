package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.baocao.normalize.ListMarkers;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Paragraph;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.Section;
import vn.baocao.structure.SectionTree;

/**
 * Finds a report's {@link Commitment}s: the items (sub-section titles without body, list items,
 * paragraphs) of the parts of the outline whose role ({@link SectionRoles}, {@code section-roles.tsv}) is to
 * say what comes next — PHƯƠNG HƯỚNG, NHIỆM VỤ … TỚI / QUÝ … / THÁNG … (kind {@code task}), KIẾN NGHỊ, ĐỀ XUẤT
 * (kind {@code proposal}) — except items in the mood of a result ("Đã …", "Trong tháng, …"), and elsewhere
 * the sentences in which the unit "cam kết" (pledges) to do something. Pledges are found by the CoreNLP TokensRegex rules
 * of {@code extraction-rules/commitment-phrases.tsv}: a {@code pledge} rule's match counts unless a rule
 * whose name starts with {@code not-} matches over it ("Bản cam kết số …", "thực hiện cam kết …").
 * Thread-safe.
 */
public final class CommitmentExtractor {

    /** The rule file of pledge phrases. */
    public static final String FILE = "commitment-phrases.tsv";

    private static final Pattern ITEM_MARKER =
            Pattern.compile("^\\s*(?:[-–•+*]|\\d+(?:\\.\\d+)*[.)]|" + ListMarkers.LETTER + "[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})");

    private final TokenRules pledges;
    private final SectionRoles roles;

    public CommitmentExtractor(RuleSet rules) {
        this.pledges = new TokenRules(rules, FILE, "$pledge");
        this.roles = new SectionRoles(rules);
    }

    /** The commitments of a report, in document order. */
    public List<Commitment> extract(SectionTree tree) {
        List<Commitment> out = new ArrayList<>();
        Map<String, SectionRoles.Role> role = roles.roles(tree);
        for (Section root : tree.roots()) {
            collect(root, null, role, out);
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
                if (!m.rule().startsWith("not-")
                        && matches.stream()
                                .noneMatch(v ->
                                        v.rule().startsWith("not-") && v.start() < m.end() && m.start() < v.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void collect(
            Section s, SectionRoles.Role parent, Map<String, SectionRoles.Role> role, List<Commitment> out) {
        SectionRoles.Role own = role.getOrDefault(s.path(), SectionRoles.Role.RESULTS);
        if (own.promises()) {
            String kind = own == SectionRoles.Role.PROPOSAL ? "proposal" : "task";
            if (parent == own && s.blocks().isEmpty() && s.children().isEmpty()) {
                add(
                        out,
                        kind,
                        s.title(),
                        s.path(),
                        s.line(),
                        new Span(s.path(), Span.Part.TITLE, 0, 0, s.title().length()));
            }
            int offset = 0;
            for (int i = 0; i < s.blocks().size(); i++) {
                Block b = s.blocks().get(i);
                if (b instanceof Paragraph p) {
                    int at = 0;
                    for (String item : p.text().split("\n")) {
                        at = p.text().indexOf(item, at);
                        add(
                                out,
                                kind,
                                item,
                                s.path(),
                                p.line(),
                                new Span(s.path(), Span.Part.BODY, i, offset + at, offset + at + item.length()));
                        at += item.length();
                    }
                }
                offset += b.text().length() + 1;
            }
        } else if (own != SectionRoles.Role.APPENDIX) {
            int offset = 0;
            for (int i = 0; i < s.blocks().size(); i++) {
                Block b = s.blocks().get(i);
                if (b instanceof Paragraph p) {
                    String flat = p.text().replace('\n', ' ');
                    int at = 0;
                    for (String sentence : SENTENCE_END.split(flat)) {
                        at = Math.max(0, flat.indexOf(sentence, at));
                        if (isPledge(sentence)) {
                            add(
                                    out,
                                    "pledge",
                                    sentence,
                                    s.path(),
                                    p.line(),
                                    new Span(
                                            s.path(), Span.Part.BODY, i, offset + at, offset + at + sentence.length()));
                        }
                        at += sentence.length();
                    }
                }
                offset += b.text().length() + 1;
            }
        }
        for (Section c : s.children()) {
            collect(c, own, role, out);
        }
    }

    private void add(List<Commitment> out, String kind, String raw, String section, int line, Span span) {
        String text = VietnameseText.collapseSpaces(ITEM_MARKER.matcher(raw).replaceFirst(""));
        // introductions ("… như sau:") and fragments are not commitments, nor a result told among them
        if (text.length() < 20 || text.endsWith(":") || !kind.equals("pledge") && !roles.promises(text)) {
            return;
        }
        out.add(new Commitment(kind, text, section, line, span));
    }
}
