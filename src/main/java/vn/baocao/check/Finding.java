package vn.baocao.check;

import java.util.List;

/**
 * A contradiction between figures of a report (or of two reports of one unit).
 *
 * @param kind        which check found it
 * @param places      the figures involved, in the order the explanation names them
 * @param expected    the value the other figures imply, as a Vietnamese number ("36,84", "453/453")
 * @param printed     the value printed, as written
 * @param explanation one line in Vietnamese
 */
public record Finding(Kind kind, List<Place> places, String expected, String printed, String explanation) {

    public Finding {
        places = List.copyOf(places);
    }

    /** The checks, with their names in JSON and in Vietnamese. */
    public enum Kind {
        RATIO_PERCENT("ratio_percent", "Tỷ số ↔ tỷ lệ %"),
        PARTS_TOTAL("parts_total", "Thành phần ↔ tổng"),
        BODY_APPENDIX("body_appendix", "Nội dung ↔ biểu mẫu"),
        PERIOD("period", "Kỳ trước ↔ kỳ này");

        private final String json;
        private final String label;

        Kind(String json, String label) {
            this.json = json;
            this.label = label;
        }

        public String json() {
            return json;
        }

        public String label() {
            return label;
        }
    }

    /** One line: the kind, the explanation and the places. */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.label()).append(": ").append(explanation);
        sb.append(" [");
        for (int i = 0; i < places.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(places.get(i).describe());
        }
        return sb.append(']').toString();
    }
}
