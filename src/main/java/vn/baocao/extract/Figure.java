package vn.baocao.extract;

/**
 * A quantitative statement: a count ("28 nhiệm vụ"), a ratio ("07/28"), a percentage ("25%"), money
 * ("7.159.635.648 đồng"), or a value of an appendix statistics table.
 *
 * @param kind      count, ratio, percent, money or other
 * @param value     the decoded value (Vietnamese format: "1.334" → 1334, "36,84" → 36.84)
 * @param total     for a ratio a/b: b; else null
 * @param unit      the measure unit: the noun after the number ("hồ sơ", "%", "đồng", "triệu đồng"), or null
 * @param subject   a short description of what is counted, from context
 * @param text      the surface text (number plus unit)
 * @param indicator the STT code of a statistics-table row ("3.3.1"), else null
 * @param note      remarks such as "typo in source", else null
 * @param start     start offset in the unit text (for table values: -1)
 * @param end       end offset (exclusive; for table values: -1)
 * @param line      the unit's line
 * @param section   the unit's section path
 * @param span      where the figure is in the report (for a table value: its cell)
 */
public record Figure(
        Kind kind,
        double value,
        Double total,
        String unit,
        String subject,
        String text,
        String indicator,
        String note,
        int start,
        int end,
        int line,
        String section,
        Span span) {

    /** Kinds of figure, with the spelling used in JSON. */
    public enum Kind {
        COUNT("count"),
        RATIO("ratio"),
        PERCENT("percent"),
        MONEY("money"),
        OTHER("other");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }
}
