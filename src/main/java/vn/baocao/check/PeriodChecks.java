package vn.baocao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.baocao.check.CheckRules.Measure;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;

/**
 * Period ↔ period: a report's figures against the same figures of the unit's previous report. A cumulative
 * figure ("lũy kế", "từ đầu năm", "đến nay"; a table row so labelled) that falls is a finding (one counted from
 * the start of the year only within one year); so is a table value that grows or shrinks by more than a factor.
 * Figures of the text are matched by unit and the words around them, table values by Biểu mẫu, indicator code and
 * label.
 */
public final class PeriodChecks {

    /** The default factor beyond which a change of a table value is a finding. */
    public static final double DEFAULT_FACTOR = 10;

    private final FigureChecks checks;
    private final CheckRules rules;

    public PeriodChecks(FigureChecks checks) {
        this.checks = checks;
        this.rules = checks.rules;
    }

    /** The findings of {@code current} against {@code previous} (the unit's report of the period before). */
    public List<Finding> check(Extraction current, Extraction previous, double factor) {
        List<Finding> out = new ArrayList<>();
        boolean newYear = !Objects.equals(year(current), year(previous));
        String label = previous.metadata().period() == null
                ? "kỳ trước"
                : previous.metadata().period().label();
        tables(current, previous, factor, newYear, label, out);
        texts(current, previous, newYear, label, out);
        return out;
    }

    private static Integer year(Extraction x) {
        Period p = x.metadata().period();
        return p == null ? null : p.year();
    }

    private void tables(
            Extraction current, Extraction previous, double factor, boolean newYear, String label, List<Finding> out) {
        List<Figure> before = previous.figures().stream()
                .filter(f -> f.indicator() != null && f.start() < 0)
                .toList();
        for (Figure now : current.figures()) {
            if (now.indicator() == null || now.start() >= 0 || !FigureChecks.isAmount(now)) {
                continue;
            }
            Figure then = null;
            for (Figure b : before) {
                if (b.indicator().equals(now.indicator())
                        && b.section().equals(now.section())
                        && CheckRules.words(FigureChecks.withoutRemarks(b.subject()))
                                .equals(CheckRules.words(FigureChecks.withoutRemarks(now.subject())))) {
                    if (then != null) {
                        then = null; // several columns: not one value
                        break;
                    }
                    then = b;
                }
            }
            if (then == null) {
                continue;
            }
            String cue = CheckRules.find(now.subject(), rules.cumulative);
            if (cue != null && falls(now, then, newYear && CheckRules.has(now.subject(), rules.yearStart))) {
                out.add(fell(now, then, label));
            } else if (then.value() > 0
                    && now.value() > 0
                    && Math.max(now.value(), then.value()) / Math.min(now.value(), then.value()) > factor) {
                out.add(new Finding(
                        Finding.Kind.PERIOD,
                        List.of(Place.of(now), Place.of(then)),
                        then.text(),
                        now.text(),
                        "Chỉ tiêu " + now.indicator() + " thay đổi hơn " + FigureChecks.number(factor, "")
                                + " lần so với " + label + " (" + then.text() + " → " + now.text() + ")."));
            }
        }
    }

    private boolean falls(Figure now, Figure then, boolean restarts) {
        return !restarts && checks.base(now) + checks.half(now) + checks.half(then) < checks.base(then) - 1e-9;
    }

    private Finding fell(Figure now, Figure then, String label) {
        return new Finding(
                Finding.Kind.PERIOD,
                List.of(Place.of(now), Place.of(then)),
                "≥ " + then.text(),
                now.text(),
                "Số lũy kế giảm so với " + label + " (" + then.text() + " → " + now.text() + ").");
    }

    private void texts(Extraction current, Extraction previous, boolean newYear, String label, List<Finding> out) {
        List<Around> before = around(new ReportTexts(previous));
        for (Around now : around(new ReportTexts(current))) {
            String cue = CheckRules.find(now.clause, rules.cumulative);
            if (now.figure.kind() == Figure.Kind.RATIO && CheckRules.has(now.sentence, rules.sameSet)) {
                sameSet(now, before, label, out);
                continue;
            }
            if (cue == null
                    || newYear && CheckRules.has(now.clause, rules.yearStart)
                    || now.figure.kind() == Figure.Kind.PERCENT) {
                continue;
            }
            Around best = null;
            double bestScore = 0;
            double second = 0;
            for (Around b : before) {
                if (b.figure.kind() != now.figure.kind()
                        || !Measure.compatible(now.measure, b.measure)
                        || (now.measure == null) != (b.measure == null)
                        || !CheckRules.has(b.clause, rules.cumulative)) {
                    continue;
                }
                double s = Math.min(overlap(now.words, b.words), overlap(b.words, now.words));
                if (s > bestScore) {
                    second = bestScore;
                    bestScore = s;
                    best = b;
                } else if (s > second) {
                    second = s;
                }
            }
            if (best == null || bestScore < FigureChecks.MATCH || second >= bestScore) {
                continue;
            }
            Figure n = now.figure;
            Figure t = best.figure;
            boolean fell = n.kind() == Figure.Kind.RATIO
                    ? n.value() < t.value() && Objects.equals(n.total(), t.total())
                    : FigureChecks.isAmount(n) && falls(n, t, false);
            if (fell && !checks.explained(now.clause)) {
                out.add(fell(n, t, label));
            }
        }
    }

    /**
     * A ratio a/b whose sentence says its whole is the same set as last period's ("… không thay đổi"), and whose b
     * differs from the b of the same measure last period.
     */
    private void sameSet(Around now, List<Around> before, String label, List<Finding> out) {
        // what the ratio counts, by its subject alone: the sentence around it also says the set is unchanged
        Set<String> subject = rules.content(Objects.toString(now.figure.subject(), ""));
        Around best = null;
        double bestScore = 0;
        for (Around b : before) {
            if (b.figure.kind() != Figure.Kind.RATIO || !Measure.compatible(now.measure, b.measure)) {
                continue;
            }
            Set<String> other = rules.content(Objects.toString(b.figure.subject(), ""));
            double s = Math.min(overlap(subject, other), overlap(other, subject));
            if (s > bestScore) {
                bestScore = s;
                best = b;
            }
        }
        if (best == null
                || bestScore < FigureChecks.MATCH
                || now.figure.total() == null
                || best.figure.total() == null
                || Math.abs(now.figure.total() - best.figure.total()) < 1e-9
                || checks.explained(now.sentence)) {
            return;
        }
        out.add(new Finding(
                Finding.Kind.PERIOD,
                List.of(Place.of(now.figure), Place.of(best.figure)),
                "…/" + FigureChecks.number(best.figure.total(), ""),
                now.figure.text(),
                "Văn bản nói tổng số không đổi so với " + label + " nhưng mẫu số khác (" + best.figure.text() + " → "
                        + now.figure.text() + ")."));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.size() < 2) {
            return 0;
        }
        return (double) a.stream().filter(b::contains).count() / a.size();
    }

    /** A figure of the text with the words of its clause (up to the figures beside it). */
    private record Around(Figure figure, String clause, String sentence, Set<String> words, Measure measure) {}

    private List<Around> around(ReportTexts texts) {
        List<Around> out = new ArrayList<>();
        for (ReportTexts.Unit u : texts.units()) {
            String t = u.unit().text();
            List<Figure> fs = u.figures();
            for (int i = 0; i < fs.size(); i++) {
                Figure f = fs.get(i);
                int sentence = sentenceStart(t, f.start());
                int from = Math.max(sentence, i == 0 ? 0 : fs.get(i - 1).end());
                int to = i + 1 < fs.size() ? fs.get(i + 1).start() : t.length();
                String own = t.substring(from, Math.max(from, Math.min(to, t.length())));
                // the cue may open the sentence ("Đến nay, đã cấp …"): read from the sentence start to the figure
                String clause = t.substring(sentence, Math.max(sentence, f.end()));
                if (CheckRules.has(FigureChecks.gap(t, from, f.start()), rules.notRatio)) {
                    continue; // a change ("tăng 70 cơ sở so với tháng trước"), not a level
                }
                int end = t.indexOf(". ", f.end());
                String sentenceText = t.substring(sentence, end < 0 ? t.length() : end);
                out.add(new Around(
                        f,
                        clause,
                        sentenceText,
                        rules.content(own + " " + Objects.toString(f.subject(), "")),
                        rules.measure(f.unit())));
            }
        }
        return out;
    }

    private static int sentenceStart(String t, int at) {
        int s = 0;
        for (int i = 0; i + 1 < at; i++) {
            if (t.charAt(i) == '.' && Character.isWhitespace(t.charAt(i + 1)) || t.charAt(i) == '\n') {
                s = i + 1;
            }
        }
        return s;
    }
}
