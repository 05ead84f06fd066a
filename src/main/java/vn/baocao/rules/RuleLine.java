package vn.baocao.rules;

import java.util.List;

/**
 * One rule: the fields of a non-comment line of a rule file, with where it came from (for error
 * messages).
 *
 * @param file   the rule file's name
 * @param line   1-based line number
 * @param fields the TAB-separated fields, each stripped
 */
public record RuleLine(String file, int line, List<String> fields) {

    public RuleLine {
        fields = List.copyOf(fields);
    }

    /** Field {@code i}, or a {@link RuleException} naming file and line when it is missing. */
    public String field(int i) {
        if (i >= fields.size() || fields.get(i).isEmpty()) {
            throw new RuleException(file, line, "thiếu cột thứ " + (i + 1) + " (các cột cách nhau bằng dấu TAB)");
        }
        return fields.get(i);
    }

    /** Field {@code i}, or {@code fallback} when absent or empty. */
    public String field(int i, String fallback) {
        return i < fields.size() && !fields.get(i).isEmpty() ? fields.get(i) : fallback;
    }

    /** The {@code |}-separated words of field {@code i} ("Ủy ban nhân dân|UBND"), stripped, blanks left out. */
    public List<String> words(int i) {
        return java.util.Arrays.stream(field(i).split("\\|"))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    public RuleException error(String message) {
        return new RuleException(file, line, message);
    }
}
