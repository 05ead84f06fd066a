package vn.baocao.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.query.CommitmentMatcher;
import vn.baocao.structure.NumberingKind;
import vn.baocao.structure.Section;

/**
 * Where the draft lists what the unit must report on: the base's commitments (checklists) and the plans' tasks due
 * (under the result section whose heading shares their topic words), which sections state directions still in
 * force, which are appendices. Sections are keyed by {@link #key}.
 */
final class DraftTasks {

    private final DraftCues cues;

    /** @param cues the rules' cues of result headings and the stop syllables of topics */
    DraftTasks(DraftCues cues) {
        this.cues = cues;
    }

    /**
     * The sections of directions (those holding the base's PHƯƠNG HƯỚNG / NHIỆM VỤ tasks, and under them) whose
     * period the new period lies in: an annual report's "phương hướng, nhiệm vụ năm 2026" still holds in quý I/2026.
     */
    static Set<String> directionsInForce(Extraction x, List<Section> sections, Period from, Period target) {
        Period next = target.next();
        Set<String> out = new HashSet<>();
        // an annual report's directions are those of the next year
        if (from.kind() != Period.Kind.YEAR
                || from.year() == null
                || target.kind() == Period.Kind.YEAR
                || next == null
                || !Integer.valueOf(from.year() + 1).equals(next.year())) {
            return out;
        }
        Set<String> taskPaths = new HashSet<>();
        x.commitments().stream().filter(c -> "task".equals(c.kind())).forEach(c -> taskPaths.add(c.section()));
        for (Section s : sections) {
            if (taskPaths.contains(s.path())) {
                s.flatten().forEach(d -> out.add(key(d)));
            }
        }
        return out;
    }

    /** A section's key: its path and line (two sections may share a path). */
    static String key(Section s) {
        return s.path() + "@" + s.line();
    }

    /** Keys of the appendix sections (PHỤ LỤC, Biểu mẫu) and everything under them. */
    static Set<String> appendixKeys(List<Section> sections) {
        Set<String> out = new HashSet<>();
        for (Section s : sections) {
            if (s.kind() == NumberingKind.APPENDIX || s.kind() == NumberingKind.FORM) {
                s.flatten().forEach(d -> out.add(key(d)));
            }
        }
        return out;
    }

    /**
     * The base's commitments ({@link Extraction#commitments()}), keyed by the result section they belong to: a
     * task of a PHƯƠNG HƯỚNG / NHIỆM VỤ part goes under the result section whose heading shares its topic words,
     * a cam kết sentence stays under the section that says it. The sections holding tasks, those under them,
     * and those that only group them are not result sections.
     */
    Map<String, List<Commitment>> commitments(Extraction x, List<Section> sections) {
        return commitments(x, sections, new ArrayList<>());
    }

    /**
     * The tasks of the plans due in the target period, keyed by the result section of the base they belong to (the
     * one whose heading shares the most topic words with the plan's section title and the task), in plan order.
     */
    Map<String, List<ReportDraft.PlanTask>> planTasks(
            Extraction base, List<Section> sections, List<Extraction> plans, Period target) {
        Map<String, List<ReportDraft.PlanTask>> out = new LinkedHashMap<>();
        if (plans.isEmpty()) {
            return out;
        }
        List<Section> results = new ArrayList<>();
        commitments(base, sections, results);
        if (results.isEmpty()) {
            return out;
        }
        CommitmentMatcher topics = topics(results);
        for (Extraction plan : plans) {
            String label = Source.reportLabel(plan.metadata());
            for (PlanTasks.Task t : new PlanTasks(cues).due(plan, target)) {
                Section home = bestSection(t.topic() + ". " + t.text(), results, topics);
                out.computeIfAbsent(key(home), k -> new ArrayList<>())
                        .add(new ReportDraft.PlanTask(
                                t.text(), t.when(), new Source(label, t.section(), t.topic(), t.line())));
            }
        }
        return out;
    }

    /** {@link #commitments(Extraction, List)}, the result sections added to {@code resultsOut}. */
    private Map<String, List<Commitment>> commitments(Extraction x, List<Section> sections, List<Section> resultsOut) {
        Set<String> taskPaths = new HashSet<>();
        x.commitments().stream().filter(c -> "task".equals(c.kind())).forEach(c -> taskPaths.add(c.section()));
        Set<String> directions = new HashSet<>();
        for (Section s : sections) {
            if (taskPaths.contains(s.path())) {
                s.flatten().forEach(d -> directions.add(key(d)));
            }
        }
        for (int i = sections.size() - 1; i >= 0; i--) { // parents after their children
            Section s = sections.get(i);
            if (s.blocks().isEmpty()
                    && !s.children().isEmpty()
                    && s.children().stream().allMatch(ch -> directions.contains(key(ch)))) {
                directions.add(key(s));
            }
        }
        Set<String> appendix = appendixKeys(sections);
        List<Section> results = sections.stream()
                .filter(s -> !directions.contains(key(s)) && !appendix.contains(key(s)))
                .toList();
        resultsOut.addAll(results);
        Map<String, List<Commitment>> out = new LinkedHashMap<>();
        if (results.isEmpty()) {
            return out;
        }
        Map<String, Section> byPath = new HashMap<>();
        sections.forEach(s -> byPath.putIfAbsent(s.path(), s));
        CommitmentMatcher topics = topics(results);
        String report = Source.reportLabel(x.metadata());
        for (vn.baocao.extract.Commitment c : x.commitments()) {
            Section from = byPath.get(c.section());
            if (from == null) {
                continue;
            }
            Section home = "task".equals(c.kind()) ? bestSection(c.text(), results, topics) : from;
            out.computeIfAbsent(key(home), k -> new ArrayList<>())
                    .add(new Commitment(
                            DraftBuilder.SUPERSCRIPTS
                                    .matcher(c.text())
                                    .replaceAll(""), // its footnotes stay with the text
                            new Source(report, from.path(), from.title(), c.line())));
        }
        return out;
    }

    /** The result sections matched by their headings' topic words. */
    private CommitmentMatcher topics(List<Section> results) {
        return CommitmentMatcher.topics(results.stream().map(Section::title).toList(), cues.stopSyllables);
    }

    /**
     * The result section whose title shares the most topic words with the item ({@link CommitmentMatcher#place}); the
     * first "kết quả" part when none matches.
     */
    private Section bestSection(String item, List<Section> results, CommitmentMatcher topics) {
        int best = topics.place(item);
        if (best >= 0) {
            return results.get(best);
        }
        return results.stream()
                .filter(s -> cues.resultsHeading
                        .matcher(VietnameseText.matchKey(s.title()))
                        .find())
                .findFirst()
                .orElse(results.get(0));
    }
}
