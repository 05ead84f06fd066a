package vn.baocao.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.FigureExtractor;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/**
 * The words the checks read ({@code figure-checks.tsv}) and what units are the same ({@code unit-nouns.tsv},
 * columns 3 and 4). Phrases are kept folded (no diacritics, lower case) and matched as whole words.
 */
final class CheckRules {

    static final String FILE = "figure-checks.tsv";

    /** A unit as compared: the unit it is counted in and how many of that one of it is. */
    record Measure(String base, double factor) {

        /** Whether two figures count the same thing (a figure without a unit fits any). */
        static boolean compatible(Measure a, Measure b) {
            return a == null
                    || b == null
                    || a.base.equals(b.base)
                    || a.base.startsWith(b.base + " ")
                    || b.base.startsWith(a.base + " ");
        }
    }

    final List<String> total = new ArrayList<>();
    final List<String> partsAll = new ArrayList<>();
    final List<String> partsSome = new ArrayList<>();
    final List<String> ratioCue = new ArrayList<>();
    final List<String> notRatio = new ArrayList<>();
    final List<String> ofTotal = new ArrayList<>();
    final List<String> cumulative = new ArrayList<>();
    final List<String> yearStart = new ArrayList<>();
    /** In the sentence of a ratio: its whole is the same set as last period's ("không thay đổi", "giữ nguyên"). */
    final List<String> sameSet = new ArrayList<>();

    final List<String> explained = new ArrayList<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Set<String> fillers = new HashSet<>();
    /** Listed unit nouns (folded), longest first, with their measure. */
    private final List<Map.Entry<String, Measure>> units = new ArrayList<>();

    CheckRules(RuleSet rules) {
        for (RuleLine r : rules.lines(FILE)) {
            String phrase = words(r.field(1));
            switch (r.field(0)) {
                case "total" -> total.add(phrase);
                case "parts-all" -> partsAll.add(phrase);
                case "parts-some" -> partsSome.add(phrase);
                case "ratio-cue" -> ratioCue.add(phrase);
                case "not-ratio" -> notRatio.add(phrase);
                case "of-total" -> ofTotal.add(phrase);
                case "cumulative" -> cumulative.add(phrase);
                case "year-start" -> yearStart.add(phrase);
                case "same-set" -> sameSet.add(phrase);
                case "explained" -> explained.add(phrase);
                case "abbreviation" -> abbreviations.put(phrase, words(r.field(2)));
                case "filler" -> fillers.addAll(Arrays.asList(phrase.split(" ")));
                default ->
                    throw r.error("loại «" + r.field(0) + "» không hợp lệ (total, parts-all, parts-some, ratio-cue, "
                            + "not-ratio, of-total, cumulative, year-start, explained, abbreviation hoặc filler)");
            }
        }
        for (RuleLine r : rules.lines(FigureExtractor.UNITS_FILE)) {
            String noun = words(r.field(0));
            String base = r.field(2, null);
            double factor = 1;
            if (base != null && r.field(3, null) != null) {
                try {
                    factor = Double.parseDouble(r.field(3));
                } catch (NumberFormatException e) {
                    throw r.error("hệ số «" + r.field(3) + "» không phải là số");
                }
            }
            units.add(Map.entry(noun, new Measure(base == null ? noun : words(base), factor)));
        }
        units.sort(Comparator.comparingInt(
                        (Map.Entry<String, Measure> e) -> e.getKey().length())
                .reversed());
    }

    /** Folded words separated by single spaces: "Tổng số: 1.334 hồ sơ" → "tong so 1 334 ho so". */
    static String words(String s) {
        if (s == null) {
            return "";
        }
        String f = VietnameseText.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip();
    }

    /** Whether the text holds one of the phrases as whole words. */
    static boolean has(String text, List<String> phrases) {
        return find(text, phrases) != null;
    }

    /** The first of the phrases the text holds as whole words, or null. */
    static String find(String text, List<String> phrases) {
        String w = " " + words(text) + " ";
        for (String p : phrases) {
            if (!p.isEmpty() && w.contains(" " + p + " ")) {
                return p;
            }
        }
        return null;
    }

    /** Whether the text starts with one of the phrases. */
    static boolean startsWith(String text, List<String> phrases) {
        String w = words(text) + " ";
        for (String p : phrases) {
            if (w.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The unit a figure is compared in, or null for none. */
    Measure measure(String unit) {
        if (unit == null || unit.isBlank() || unit.contains("=")) {
            return null;
        }
        String w = words(unit);
        if (w.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Measure> e : units) {
            if (w.equals(e.getKey()) || w.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        String[] syllables = w.split(" ");
        // an unlisted unit is compared by its noun: its first two syllables ("chứng thư số" as "chứng thư")
        return new Measure(String.join(" ", Arrays.copyOf(syllables, Math.min(2, syllables.length))), 1);
    }

    /** The content words of a text: folded syllables, abbreviations spelled out, fillers left out. */
    Set<String> content(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text).split(" ")) {
            String full = abbreviations.get(w);
            for (String s : (full == null ? w : full).split(" ")) {
                if (!s.isEmpty() && !fillers.contains(s) && !s.chars().allMatch(Character::isDigit)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
