package vn.baocao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.check.CheckRules.Measure;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.VietnameseNumbers;
import vn.baocao.rules.RuleSet;

/**
 * The checks of one report's figures against each other: ratio ↔ percentage, parts ↔ total, body ↔ appendix
 * (see the package description); {@link PeriodChecks} compares two reports. Thread-safe; reuse one instance.
 */
final class FigureChecks {

    /** A sentence ends: a full stop before a space or the end, or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?:\\s|$)|\\n");
    /** Subjects match when the words of a table row's label are this much found around the figure of the text. */
    static final double MATCH = 0.8;

    final CheckRules rules;

    public FigureChecks(RuleSet rules) {
        this.rules = new CheckRules(rules);
    }

    /** Every finding of one report, in document order of the first figure involved. */
    public List<Finding> check(Extraction x) {
        ReportTexts texts = new ReportTexts(x);
        List<Finding> out = new ArrayList<>();
        Map<Figure, Figure> totalOf = new HashMap<>();
        for (ReportTexts.Unit u : texts.units()) {
            partsAndTotals(u, texts, totalOf, out);
        }
        for (ReportTexts.Unit u : texts.units()) {
            ratiosAndPercents(u, texts, totalOf, out);
        }
        Tables tables = new Tables(x.figures());
        tables.check(texts, out);
        bodyAndAppendix(texts, tables, out);
        return out;
    }

    // ---------------------------------------------------------------- parts ↔ total in the text

    private void partsAndTotals(ReportTexts.Unit u, ReportTexts texts, Map<Figure, Figure> totalOf, List<Finding> out) {
        String t = u.unit().text();
        List<Figure> fs = u.figures();
        for (int i = 0; i + 1 < fs.size(); i++) {
            Figure total = fs.get(i);
            if (!isAmount(total)) {
                continue;
            }
            String gap = gap(t, total.end(), fs.get(i + 1).start());
            if (gap.length() > 80 || SENTENCE_END.matcher(gap).find()) {
                continue;
            }
            int paren = openParen(gap);
            String cue = CheckRules.find(gap, rules.partsAll);
            boolean all = cue != null;
            if (cue == null) {
                cue = CheckRules.find(gap, rules.partsSome);
            }
            if (paren < 0 && cue == null
                    || CheckRules.has(gap, rules.notRatio)
                    || CheckRules.has(gap, rules.cumulative)) {
                continue;
            }
            int from = total.end() + (paren >= 0 ? paren + 1 : 0);
            int to = paren >= 0 ? closing(t, from) : clauseEnd(t, fs.get(i + 1).start(), gap.contains(":"));
            List<Figure> parts = new ArrayList<>();
            boolean usable = true;
            for (int k = i + 1; k < fs.size() && fs.get(k).end() <= to; k++) {
                Figure f = fs.get(k);
                if (depth(t, from, f.start()) != 0 || f.kind() == Figure.Kind.PERCENT) {
                    continue;
                }
                if (!isAmount(f) || !Measure.compatible(rules.measure(total.unit()), rules.measure(f.unit()))) {
                    usable = false;
                    break;
                }
                parts.add(f);
            }
            if (!usable
                    || parts.size() < (cue == null ? 2 : 1)
                    || total.unit() == null && parts.stream().anyMatch(p -> p.unit() == null)) {
                // values after labels of other attributes ("Nữ: 43 (Trong đó: Đảng viên: 94; Thạc sĩ: 9 …)")
                continue;
            }
            parts.forEach(p -> totalOf.put(p, total));
            String group = gap(t, total.start(), Math.min(to, t.length()));
            if (explained(group + "\n" + texts.footnotesIn(group))) {
                continue;
            }
            double whole = base(total);
            double sum = 0;
            double tol = half(total);
            for (Figure p : parts) {
                sum += base(p);
                tol += half(p);
            }
            boolean wrong = all ? Math.abs(sum - whole) > tol + 1e-9 : sum > whole + tol + 1e-9;
            if (wrong) {
                List<Place> places = new ArrayList<>();
                places.add(Place.of(total));
                parts.forEach(p -> places.add(Place.of(p)));
                double shown = sum / factor(total);
                out.add(new Finding(
                        Finding.Kind.PARTS_TOTAL,
                        places,
                        number(shown, total.text()),
                        total.text(),
                        "Các thành phần cộng lại được " + number(shown, total.text()) + " nhưng tổng ghi "
                                + total.text() + (all ? "" : " (thành phần không thể lớn hơn tổng)") + "."));
            }
        }
    }

    /** The position of a "(" the gap opens and does not close, or -1. */
    private static int openParen(String gap) {
        int depth = 0;
        int at = -1;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    at = i;
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? at : -1;
    }

    /** Whether the gap closes a parenthesis it did not open. */
    private static boolean closesParen(String gap) {
        int depth = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the parenthesis opened just before {@code from} closes (the end of the text when it never does). */
    private static int closing(String t, int from) {
        int depth = 1;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return t.length();
    }

    /** The end of the clause of a list of parts: the sentence's end, or a ";" unless the list opened with ":". */
    private static int clauseEnd(String t, int from, boolean colon) {
        var m = SENTENCE_END.matcher(t);
        int end = m.find(from) ? m.start() : t.length();
        if (!colon) {
            int semi = t.indexOf(';', from);
            if (semi >= 0 && semi < end) {
                end = semi;
            }
        }
        return end;
    }

    /** Parentheses open between two positions (those closed again not counted). */
    private static int depth(String t, int from, int to) {
        int d = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
        }
        return d;
    }

    // ---------------------------------------------------------------- ratio ↔ percentage in the text

    private void ratiosAndPercents(
            ReportTexts.Unit u, ReportTexts texts, Map<Figure, Figure> totalOf, List<Finding> out) {
        String t = u.unit().text();
        List<Figure> fs = u.figures();
        Set<Figure> paired = new HashSet<>();
        for (int k = 1; k < fs.size(); k++) {
            Figure pct = fs.get(k);
            Figure p = fs.get(k - 1);
            if (pct.kind() != Figure.Kind.PERCENT || paired.contains(pct) || paired.contains(p)) {
                continue;
            }
            String gap = gap(t, p.end(), pct.start());
            if (SENTENCE_END.matcher(gap).find() || gap.indexOf(';') >= 0 || CheckRules.has(gap, rules.notRatio)) {
                continue;
            }
            int words = wordCount(gap);
            boolean cue = CheckRules.has(gap, rules.ratioCue);
            if (p.kind() == Figure.Kind.RATIO
                    && p.total() != null
                    && (cue ? words <= 15 : words <= 3)
                    && !closesParen(
                            gap)) { // "đạt 93,76% (1051/1121 văn bản), … đạt 96,96%": the ratio is the earlier one's
                paired.add(pct);
                paired.add(p);
                ratioPercent(t, p, null, pct, texts, out);
            } else if (cue && words <= 6 && totalOf.containsKey(p)) {
                ratioPercent(t, p, totalOf.get(p), pct, texts, out);
            } else if (cue && words <= 6 && k > 1 && isAmount(p)) {
                // "10.029 hồ sơ … trên tổng số 13.633 hồ sơ …, đạt tỷ lệ 73,56%"
                Figure a = fs.get(k - 2);
                String between = gap(t, a.end(), p.start());
                if (isAmount(a)
                        && CheckRules.has(between, rules.ofTotal)
                        && !SENTENCE_END.matcher(between).find()
                        && Measure.compatible(rules.measure(a.unit()), rules.measure(p.unit()))) {
                    ratioPercent(t, a, p, pct, texts, out);
                }
            }
        }
        // a percentage, then its ratio in parentheses: "đạt 75,2% (số tiền đã nộp đạt 654,935/871,321 triệu đồng)"
        for (int k = 1; k < fs.size(); k++) {
            Figure pct = fs.get(k - 1);
            Figure r = fs.get(k);
            String gap = gap(t, pct.end(), r.start());
            if (!paired.contains(pct)
                    && !paired.contains(r)
                    && pct.kind() == Figure.Kind.PERCENT
                    && r.kind() == Figure.Kind.RATIO
                    && r.total() != null
                    && openParen(gap) >= 0
                    && wordCount(gap) <= 12
                    && !CheckRules.has(gap, rules.notRatio)) {
                paired.add(pct);
                paired.add(r);
                ratioPercent(t, r, null, pct, texts, out);
            }
        }
    }

    private static int wordCount(String s) {
        String w = CheckRules.words(s);
        return w.isEmpty() ? 0 : w.split(" ").length;
    }

    /** A percentage against its ratio (a/b, or a part and its whole). */
    private void ratioPercent(String t, Figure part, Figure whole, Figure pct, ReportTexts texts, List<Finding> out) {
        double num = whole == null ? part.value() : base(part);
        double den = whole == null ? part.total() : base(whole);
        if (den == 0) {
            return;
        }
        double exact = 100 * num / den;
        int decimals = VietnameseNumbers.decimals(pct.text());
        if (consistent(exact, pct.value(), decimals)) {
            return;
        }
        String sentence = clause(t, Math.min(part.start(), pct.start()), Math.max(part.end(), pct.end()));
        if (explained(sentence + "\n" + texts.footnotesIn(sentence))) {
            return;
        }
        List<Place> places = new ArrayList<>(List.of(Place.of(part)));
        if (whole != null) {
            places.add(Place.of(whole));
        }
        places.add(Place.of(pct));
        String ratio = whole == null ? part.text() : part.text() + " / " + whole.text();
        out.add(new Finding(
                Finding.Kind.RATIO_PERCENT,
                places,
                percent(exact, decimals),
                pct.text(),
                ratio + " là " + percent(exact, Math.max(decimals, 2)) + " nhưng tỷ lệ ghi " + pct.text() + "."));
    }

    /** Whether a printed percentage is the exact one rounded or cut to the printed decimals. */
    static boolean consistent(double exact, double printed, int decimals) {
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(exact * scale) / scale;
        double cut = Math.floor(exact * scale + 1e-9) / scale;
        double eps = 1e-9 + 1e-6 / scale;
        return Math.abs(printed - rounded) < eps || Math.abs(printed - cut) < eps;
    }

    // ---------------------------------------------------------------- body ↔ appendix

    private void bodyAndAppendix(ReportTexts texts, Tables tables, List<Finding> out) {
        if (tables.rows.isEmpty()) {
            return;
        }
        for (ReportTexts.Unit u : texts.units()) {
            String t = u.unit().text();
            List<Figure> fs = u.figures();
            boolean[] inSum = new boolean[fs.size()];
            // amounts of different kinds of one thing in one sentence ("36 Nghị quyết …, 137 Quyết định …") are
            // compared as their sum
            for (int i = 0; i < fs.size(); i++) {
                int j = i;
                while (j + 1 < fs.size() && sameThingOtherKind(t, fs, i, j + 1)) {
                    j++;
                }
                if (j > i) {
                    List<Figure> run = fs.subList(i, j + 1);
                    for (int k = i; k <= j; k++) {
                        inSum[k] = true;
                    }
                    String context = clause(t, fs.get(i).start(), fs.get(j).end());
                    double sum = run.stream().mapToDouble(this::base).sum();
                    compare(run, sum, null, context, texts, tables, out);
                    i = j;
                }
            }
            for (int i = 0; i < fs.size(); i++) {
                Figure f = fs.get(i);
                if (inSum[i] || f.indicator() != null) {
                    continue;
                }
                int from = Math.max(i == 0 ? 0 : fs.get(i - 1).end(), clauseStart(t, f.start()));
                from = Math.max(from, t.lastIndexOf(',', f.start() - 1) + 1); // the words of its own part of the clause
                int to = Math.min(i + 1 < fs.size() ? fs.get(i + 1).start() : t.length(), clauseStop(t, f.end()));
                String context = t.substring(from, Math.max(from, to)) + " " + (f.subject() == null ? "" : f.subject());
                if (f.kind() == Figure.Kind.RATIO && f.total() != null) {
                    compare(List.of(f), f.value() * factor(f), f.total() * factor(f), context, texts, tables, out);
                } else if (isAmount(f) || f.kind() == Figure.Kind.PERCENT) {
                    compare(List.of(f), base(f), null, context, texts, tables, out);
                }
            }
        }
    }

    private boolean sameThingOtherKind(String t, List<Figure> fs, int first, int next) {
        Figure a = fs.get(next - 1);
        Figure b = fs.get(next);
        if (a.kind() != Figure.Kind.COUNT || b.kind() != Figure.Kind.COUNT || a.unit() == null || b.unit() == null) {
            return false;
        }
        String gap = gap(t, a.end(), b.start());
        Measure ma = rules.measure(fs.get(first).unit());
        Measure mb = rules.measure(b.unit());
        if (ma == null
                || mb == null
                || !ma.base().equals(mb.base())
                || gap.indexOf(';') >= 0
                || gap.indexOf('(') >= 0
                || SENTENCE_END.matcher(gap).find()
                || CheckRules.words(gap).split(" ").length > 10) {
            return false;
        }
        for (int k = first; k < next; k++) {
            if (CheckRules.words(fs.get(k).unit()).equals(CheckRules.words(b.unit()))) {
                return false; // the same kind again: parts by another attribute ("05 TTHC cấp tỉnh, 04 TTHC cấp xã")
            }
        }
        return !CheckRules.words(ma.base()).equals(CheckRules.words(a.unit()))
                && !CheckRules.words(mb.base()).equals(CheckRules.words(b.unit()));
    }

    /**
     * Compares an amount of the text (or a ratio: value and total) with the table row whose label its context
     * matches best; a finding when they differ as a slip of the pen does (a digit, a few percent, a power of ten).
     */
    private void compare(
            List<Figure> figs,
            double value,
            Double total,
            String context,
            ReportTexts texts,
            Tables tables,
            List<Finding> out) {
        Figure f = figs.get(0);
        Measure m = f.kind() == Figure.Kind.PERCENT ? new Measure("%", 1) : rules.measure(f.unit());
        if (m == null) {
            return;
        }
        Set<String> words = rules.content(context + " " + m.base() + " " + (figs.size() > 1 ? "" : f.unit()));
        Tables.Row best = null;
        double bestScore = 0;
        double second = 0;
        for (Tables.Row r : tables.rows) {
            if (!r.comparableTo(f, total != null, m, rules)) {
                continue;
            }
            double s = r.labels().stream()
                    .mapToDouble(l -> coverage(l, words))
                    .max()
                    .orElse(0);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = r;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || bestScore < MATCH || second >= bestScore) {
            return;
        }
        double tableValue = best.value(rules);
        Double tableTotal = total == null ? null : best.total(rules);
        double tol = figs.stream().mapToDouble(this::half).sum() + best.half(rules);
        boolean same = Math.abs(tableValue - value) <= tol + 1e-9
                && (total == null || Math.abs(tableTotal - total) <= tol + 1e-9);
        boolean loose = f.kind() != Figure.Kind.PERCENT; // percentages near each other are often different ones
        boolean slip = slip(value, tableValue, loose) || total != null && slip(total, tableTotal, loose);
        if (same || !slip) {
            return;
        }
        String body = String.join(" + ", figs.stream().map(Figure::text).toList());
        String row = best.rowText(texts);
        if (explained(clause(texts, f) + "\n" + row)) {
            return;
        }
        List<Place> places = new ArrayList<>();
        figs.forEach(x -> places.add(Place.of(x)));
        best.figures().forEach(x -> places.add(Place.of(x)));
        String printed = figs.size() > 1 ? body + " = " + number(value / factor(f), f.text()) : f.text();
        String expected = best.shown();
        for (int i = 0; i < out.size(); i++) {
            Finding o = out.get(i);
            if (o.kind() == Finding.Kind.BODY_APPENDIX
                    && o.expected().equals(expected)
                    && o.printed().equals(printed)
                    && o.places().containsAll(places.subList(figs.size(), places.size()))) {
                // the same contradiction stated again elsewhere in the text: one finding, every place
                List<Place> more = new ArrayList<>(o.places());
                more.addAll(o.places().size() - (places.size() - figs.size()), places.subList(0, figs.size()));
                out.set(i, new Finding(o.kind(), more, o.expected(), o.printed(), o.explanation()));
                return;
            }
        }
        out.add(new Finding(
                Finding.Kind.BODY_APPENDIX,
                places,
                expected,
                printed,
                "Nội dung báo cáo ghi " + printed + " nhưng "
                        + places.get(figs.size()).describe() + " ghi " + expected + "."));
    }

    private String clause(ReportTexts texts, Figure f) {
        for (ReportTexts.Unit u : texts.units()) {
            if (u.figures().contains(f)) {
                String t = u.unit().text();
                String c = clause(t, f.start(), f.end());
                return c + "\n" + texts.footnotesIn(c);
            }
        }
        return "";
    }

    private static String clause(String t, int start, int end) {
        return t.substring(clauseStart(t, start), Math.max(clauseStart(t, start), clauseStop(t, end)));
    }

    private static int clauseStart(String t, int at) {
        int s = 0;
        var m = SENTENCE_END.matcher(t);
        while (m.find() && m.end() <= at) {
            s = m.end();
        }
        int semi = t.lastIndexOf(';', at - 1);
        return Math.max(s, semi + 1);
    }

    private static int clauseStop(String t, int at) {
        var m = SENTENCE_END.matcher(t);
        int e = m.find(at) ? m.start() : t.length();
        int semi = t.indexOf(';', at);
        return semi >= 0 && semi < e ? semi : e;
    }

    /** The share of a label's words found among the words around a figure (0 for a label of fewer than two). */
    double coverage(String label, Set<String> words) {
        Set<String> l = rules.content(withoutRemarks(label));
        if (l.size() < 2) {
            return 0;
        }
        long found = l.stream().filter(words::contains).count();
        return (double) found / l.size();
    }

    /** A label without its remarks in parentheses ("Tổng số TTHC … (tất cả các TTHC có phát sinh phí, …)"). */
    static String withoutRemarks(String label) {
        return label == null ? "" : label.replaceAll("\\([^()]*\\)?", " ");
    }

    /**
     * Whether two different values look like one misprinted: one digit apart, a power of ten (a unit slip), or
     * ({@code loose}) within a tenth. Values that differ more are not taken for the same indicator.
     */
    static boolean slip(double a, double b, boolean loose) {
        if (a == b) {
            return false;
        }
        double hi = Math.max(Math.abs(a), Math.abs(b));
        double lo = Math.min(Math.abs(a), Math.abs(b));
        if (lo > 0) {
            double r = Math.log10(hi / lo);
            if (Math.abs(r - Math.rint(r)) < 1e-9 && r >= 1) {
                return true;
            }
        }
        if (loose && hi > 0 && (hi - lo) / hi <= 0.1) {
            return true;
        }
        String x = VietnameseNumbers.format(a, 0);
        String y = VietnameseNumbers.format(b, 0);
        if (x.length() != y.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < x.length(); i++) {
            diff += x.charAt(i) == y.charAt(i) ? 0 : 1;
        }
        return diff == 1;
    }

    // ---------------------------------------------------------------- helpers

    /** The text between two positions ("" when figures overlap). */
    static String gap(String t, int from, int to) {
        return from >= to ? "" : t.substring(from, Math.min(to, t.length()));
    }

    boolean explained(String text) {
        return CheckRules.has(text, rules.explained);
    }

    static boolean isAmount(Figure f) {
        return f.kind() == Figure.Kind.COUNT || f.kind() == Figure.Kind.MONEY;
    }

    /** A figure's value in its unit's base ("9.037 tỷ đồng" in đồng). */
    double base(Figure f) {
        return f.value() * factor(f);
    }

    double factor(Figure f) {
        Measure m = rules.measure(f.unit());
        return m == null ? 1 : m.factor();
    }

    /**
     * Half of the last printed digit of a rounded figure, in its unit's base: money in a unit of a thousand or
     * more and numbers printed with decimals are rounded; counts are exact.
     */
    double half(Figure f) {
        int decimals = VietnameseNumbers.decimals(f.text());
        double factor = factor(f);
        if (decimals == 0 && factor == 1) {
            return 0;
        }
        return 0.5 * Math.pow(10, -decimals) * factor;
    }

    /** A value written like a figure's number (its decimals). */
    static String number(double v, String like) {
        return VietnameseNumbers.format(v, VietnameseNumbers.decimals(like));
    }

    static String percent(double v, int decimals) {
        return VietnameseNumbers.format(v, decimals) + "%";
    }

    /** The figures of the statistics tables, by section and indicator code. */
    final class Tables {

        /** One row of a statistics table with a single value; with its two child rows when it is a "Tỷ lệ". */
        record Row(List<Figure> figures, boolean ratio) {

            Figure main() {
                return figures.get(0);
            }

            List<String> labels() {
                return figures.stream().map(Figure::subject).toList();
            }

            boolean comparableTo(Figure f, boolean isRatio, Measure m, CheckRules rules) {
                if (isRatio != ratio) {
                    return false;
                }
                Figure v = ratio ? figures.get(1) : main();
                if (f.kind() == Figure.Kind.PERCENT) {
                    return !ratio && v.kind() == Figure.Kind.PERCENT;
                }
                Measure tm = rules.measure(v.unit());
                return isAmount(v) && tm != null && Measure.compatible(m, tm);
            }

            double value(CheckRules rules) {
                Figure v = ratio ? figures.get(2) : main();
                return v.value() * factorOf(v, rules);
            }

            Double total(CheckRules rules) {
                Figure v = figures.get(1);
                return v.value() * factorOf(v, rules);
            }

            double half(CheckRules rules) {
                Figure v = ratio ? figures.get(1) : main();
                int decimals = VietnameseNumbers.decimals(v.text());
                double factor = factorOf(v, rules);
                return decimals == 0 && factor == 1 ? 0 : 0.5 * Math.pow(10, -decimals) * factor;
            }

            String shown() {
                return ratio
                        ? figures.get(2).text() + "/" + figures.get(1).text() + " "
                                + figures.get(1).unit()
                        : main().text() + (main().unit() == null ? "" : " " + main().unit());
            }

            String rowText(ReportTexts texts) {
                StringBuilder sb = new StringBuilder();
                figures.forEach(f -> sb.append(texts.row(f.section(), f.line(), f.indicator()))
                        .append('\n'));
                return sb.toString();
            }

            private static double factorOf(Figure f, CheckRules rules) {
                Measure m = rules.measure(f.unit());
                return m == null ? 1 : m.factor();
            }
        }

        /** Section → indicator → the row's values (one per value column). */
        final Map<String, Map<String, List<Figure>>> bySection = new LinkedHashMap<>();

        final List<Row> rows = new ArrayList<>();

        Tables(List<Figure> figures) {
            for (Figure f : figures) {
                if (f.indicator() != null && f.start() < 0) {
                    bySection
                            .computeIfAbsent(f.section(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(f.indicator(), k -> new ArrayList<>())
                            .add(f);
                }
            }
            bySection.forEach((section, byCode) -> byCode.forEach((code, values) -> {
                if (values.size() != 1) {
                    return;
                }
                rows.add(new Row(List.of(values.get(0)), false));
                List<Figure> kids = children(byCode, code);
                if (values.get(0).kind() == Figure.Kind.PERCENT && kids != null) {
                    List<Figure> amounts =
                            kids.stream().filter(FigureChecks::isAmount).toList();
                    if (amounts.size() == 2) {
                        rows.add(new Row(List.of(values.get(0), amounts.get(0), amounts.get(1)), true));
                    }
                }
            }));
        }

        /** The single values of a row's child rows (codes one level down), or null when one has several. */
        private static List<Figure> children(Map<String, List<Figure>> byCode, String code) {
            List<Figure> out = new ArrayList<>();
            for (Map.Entry<String, List<Figure>> e : byCode.entrySet()) {
                String c = e.getKey();
                if (c.startsWith(code + ".") && c.indexOf('.', code.length() + 1) < 0) {
                    if (e.getValue().size() != 1) {
                        return null;
                    }
                    out.add(e.getValue().get(0));
                }
            }
            return out;
        }

        /** Group rows against their children: "Tỷ lệ" rows against their two child rows, totals against parts. */
        void check(ReportTexts texts, List<Finding> out) {
            bySection.forEach((section, byCode) -> byCode.forEach((code, values) -> {
                List<Figure> kids = children(byCode, code);
                if (values.size() != 1 || kids == null || kids.isEmpty()) {
                    return;
                }
                Figure parent = values.get(0);
                StringBuilder rowsText = new StringBuilder(texts.row(section, parent.line(), code));
                kids.forEach(k -> rowsText.append('\n').append(texts.row(section, k.line(), k.indicator())));
                if (explained(rowsText.toString())) {
                    return;
                }
                List<Figure> amounts =
                        kids.stream().filter(FigureChecks::isAmount).toList();
                if (parent.kind() == Figure.Kind.PERCENT) {
                    if (amounts.size() == 2
                            && amounts.get(0).value() != 0
                            && Measure.compatible(
                                    rules.measure(amounts.get(0).unit()),
                                    rules.measure(amounts.get(1).unit()))) {
                        double exact = 100 * base(amounts.get(1)) / base(amounts.get(0));
                        int decimals = VietnameseNumbers.decimals(parent.text());
                        if (!consistent(exact, parent.value(), decimals)) {
                            out.add(new Finding(
                                    Finding.Kind.RATIO_PERCENT,
                                    List.of(Place.of(amounts.get(1)), Place.of(amounts.get(0)), Place.of(parent)),
                                    percent(exact, decimals),
                                    parent.text(),
                                    "Chỉ tiêu " + amounts.get(1).indicator() + " / "
                                            + amounts.get(0).indicator() + " = "
                                            + amounts.get(1).text() + "/"
                                            + amounts.get(0).text() + " là "
                                            + percent(exact, Math.max(decimals, 2)) + " nhưng chỉ tiêu " + code
                                            + " ghi "
                                            + parent.text() + "%."));
                        }
                    }
                    return;
                }
                if (!isAmount(parent) || parent.unit() == null || amounts.size() != kids.size()) {
                    return;
                }
                List<Figure> totals = amounts.stream()
                        .filter(k -> CheckRules.startsWith(k.subject(), rules.total))
                        .toList();
                Figure whole;
                List<Figure> parts;
                boolean all;
                if (totals.isEmpty()) {
                    whole = parent;
                    parts = amounts;
                    all = true;
                } else if (totals.size() == 1) {
                    whole = totals.get(0);
                    parts = amounts.subList(amounts.indexOf(whole) + 1, amounts.size());
                    all = false;
                } else {
                    return;
                }
                if (parts.size() < 2
                        || parts.stream()
                                .anyMatch(p -> p.unit() != null
                                        && !Measure.compatible(rules.measure(whole.unit()), rules.measure(p.unit())))) {
                    return;
                }
                double sum = parts.stream().mapToDouble(FigureChecks.this::base).sum();
                double tol = half(whole)
                        + parts.stream().mapToDouble(FigureChecks.this::half).sum();
                boolean wrong = all ? Math.abs(sum - base(whole)) > tol + 1e-9 : sum > base(whole) + tol + 1e-9;
                if (wrong) {
                    List<Place> places = new ArrayList<>(List.of(Place.of(whole)));
                    parts.forEach(p -> places.add(Place.of(p)));
                    String shown = number(sum / factor(whole), whole.text());
                    String codes = parts.get(0).indicator() + " … "
                            + parts.get(parts.size() - 1).indicator();
                    out.add(new Finding(
                            Finding.Kind.PARTS_TOTAL,
                            places,
                            shown,
                            whole.text(),
                            "Các chỉ tiêu " + codes + " cộng lại được " + shown + " nhưng chỉ tiêu " + whole.indicator()
                                    + " ghi " + whole.text() + "."));
                }
            }));
        }
    }
}
