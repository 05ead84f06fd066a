package vn.baocao.draft;

import java.util.List;
import vn.baocao.extract.Period;

/**
 * The draft of the next report, built from a base report: its skeleton and text carried forward with the
 * period rolled, every figure marked for update, the base's commitments as a checklist, the plans it cited,
 * its statistics tables with a "Kỳ trước" and an empty "Kỳ này" column, and the source of every carried item.
 *
 * @param base        the base report's file (for the user's console, never written into the draft), its period and
 *                    the target period
 * @param baseLabel   the base report as the draft names it ({@link Source#reportLabel}: type, number, unit, period)
 * @param header      what goes into the official header and title block
 * @param preamble    the opening paragraphs ("Thực hiện …, UBND … báo cáo … như sau:")
 * @param sections    every section of the base in document order (a flat list; {@link Section#level()} gives the depth)
 * @param closing     the closing paragraphs ("Trên đây là báo cáo …")
 * @param plans       the plans the base cites, for reuse
 * @param seasonal    sections of the same period a year before that the base does not have (seasonal items), or empty
 */
public record ReportDraft(
        String base,
        String baseLabel,
        Period basePeriod,
        Period target,
        Header header,
        List<Paragraph> preamble,
        List<Section> sections,
        List<Paragraph> closing,
        List<PlanReference> plans,
        List<Section> seasonal) {

    public ReportDraft {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        plans = List.copyOf(plans);
        seasonal = List.copyOf(seasonal);
    }

    /**
     * What a writer does at each part of a draft, in the order {@link #accept} walks it — the one traversal the DOCX and
     * Markdown writers share (the header and title block, which each format places its own way, are not part of it).
     */
    public interface Visitor {

        /** A carried paragraph: of the preamble, of a section's body, or of the closing. */
        void paragraph(Paragraph p);

        /** A section starts: its heading; its body, checklist and tasks due follow, then {@link #endSection}. */
        void heading(Section s);

        /** A section's statistics table. */
        void table(StatisticsTable t);

        /** The base's commitments that belong to the section just started (not empty). */
        void checklist(List<Commitment> commitments);

        /** The plan's tasks due in the new period that belong to the section just started (not empty). */
        void due(List<PlanTask> tasks);

        /** The section started last has ended. */
        default void endSection(Section s) {}

        /** After the closing, before the appendices: where the recipients and the signature go. */
        default void signature() {}

        /** The drafting notes start (only when there are plans or seasonal sections): the plans the base cites, maybe none. */
        void draftingNotes(List<PlanReference> plans);

        /** The seasonal sections follow (only when there are some). */
        void seasonal();
    }

    /**
     * Walks the draft in document order: the preamble, the sections that are not appendices, the closing, the
     * {@linkplain Visitor#signature() signature}, the appendices, then the drafting notes (the plans, the seasonal
     * sections) when there are any.
     */
    public void accept(Visitor v) {
        preamble.forEach(v::paragraph);
        sections.stream().filter(s -> !s.appendix()).forEach(s -> s.accept(v));
        closing.forEach(v::paragraph);
        v.signature();
        sections.stream().filter(Section::appendix).forEach(s -> s.accept(v));
        if (!plans.isEmpty() || !seasonal.isEmpty()) {
            v.draftingNotes(plans);
            if (!seasonal.isEmpty()) {
                v.seasonal();
                seasonal.forEach(s -> s.accept(v));
            }
        }
    }

    /** True when the draft's period is in a later year than the base's. */
    public boolean crossesYear() {
        return basePeriod.year() != null && target.year() != null && target.year() > basePeriod.year();
    }

    /**
     * Where a carried item comes from: the report by what it is (never by a file path), its section, and its line.
     *
     * @param report       the source report as a reader names it ({@link #reportLabel}: type, number, unit, period)
     * @param section      the section path ("II.2.c"), "" for the preamble and closing
     * @param sectionTitle the section's title, "" for the preamble and closing
     * @param line         the line (or block ordinal) in the source (kept in the sidecar, not shown in comments)
     */
    public record Source(String report, String section, String sectionTitle, int line) {

        /** "Báo cáo số 12/BC-UBND của UBND phường Hòa Thuận, Quý I năm 2025, mục II.2.c «Kết quả …»" */
        public String describe() {
            return report
                    + (section.isEmpty() ? ", phần mở đầu/kết thúc" : ", mục " + section + " «" + sectionTitle + "»");
        }

        /**
         * A report as a reader names it: "Báo cáo số 329/BC-UBND của UBND tỉnh Lâm Đồng, năm 2025"; a report not yet
         * numbered "Báo cáo (số …/BC-UBND, chưa có số) …"; without metadata "báo cáo kỳ trước".
         */
        public static String reportLabel(vn.baocao.extract.ReportMetadata md) {
            if (md == null) {
                return "Báo cáo kỳ trước";
            }
            StringBuilder sb = new StringBuilder("KH".equals(md.docType()) ? "Kế hoạch" : "Báo cáo");
            String symbol = md.symbol();
            if (symbol != null && !symbol.isBlank() && Character.isDigit(symbol.charAt(0))) {
                sb.append(" số ").append(symbol);
            }
            if (md.issuer() != null && !md.issuer().isBlank()) {
                sb.append(" của ").append(md.issuer());
            }
            if (md.period() != null) {
                sb.append(", ").append(md.period().label());
            }
            if (symbol == null || symbol.isBlank() || !Character.isDigit(symbol.charAt(0))) {
                sb.append(" (chưa có số").append(md.draft() ? ", dự thảo" : "").append(')');
            }
            return sb.toString();
        }
    }

    /**
     * How a carried paragraph stands in the draft (README, "Carried text"): the convention staff follow when they
     * revise last period's report.
     */
    public enum Carry {
        /** Formula and frame text (opening, closing, lead-ins of lists): the period words rolled to the new period. */
        ROLLED(null),
        /** Last period's narrative, to rewrite: kept as written, period words unchanged, marked "Kỳ trước:". */
        PREVIOUS("Kỳ trước:"),
        /** Text still in force (legal basis, the directions of a year the new period lies in): kept, marked "Giữ nguyên:". */
        STANDING("Giữ nguyên:");

        private final String label;

        Carry(String label) {
            this.label = label;
        }

        /** The mark printed before the paragraph, or null. */
        public String label() {
            return label;
        }
    }

    /**
     * The header and title block of the draft.
     *
     * @param parentBody   the upper line of the issuing body ("ỦY BAN NHÂN DÂN"), upper case
     * @param body         the issuing body ("PHƯỜNG HÒA THUẬN"), upper case
     * @param symbol       the symbol without its number ("BC-UBND")
     * @param place        the place of the date line
     * @param subject      the trích yếu with the new period, its lines as the base broke them ("\n")
     * @param signerMark   "TM. ỦY BAN NHÂN DÂN", or null
     * @param signerTitle  "CHỦ TỊCH", or null
     * @param signer       the signer of the base, or null
     * @param recipients   the base's Nơi nhận items
     */
    public record Header(
            String parentBody,
            String body,
            String symbol,
            String place,
            String subject,
            String signerMark,
            String signerTitle,
            String signer,
            List<String> recipients) {

        public Header {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * A section of the draft.
     *
     * @param number    its number as written ("II", "1", "a", "PHỤ LỤC")
     * @param heading   the heading as it is printed ("II. KẾT QUẢ …", "a) Kết quả …"), period rolled
     * @param level     depth, 1 for top-level parts
     * @param body      carried paragraphs and tables
     * @param checklist the base's commitments that belong here ("Kết quả thực hiện nhiệm vụ đã đề ra kỳ trước")
     * @param due       the tasks of the unit's plan due in the new period that belong here, to report on
     * @param appendix  part of an appendix (PHỤ LỤC, Biểu mẫu): printed after the signature block
     * @param source    where the heading comes from
     */
    public record Section(
            String number,
            String heading,
            int level,
            List<Item> body,
            List<Commitment> checklist,
            List<PlanTask> due,
            boolean appendix,
            Source source) {

        public Section {
            body = List.copyOf(body);
            checklist = List.copyOf(checklist);
            due = List.copyOf(due);
        }

        /** Walks the section: its heading, its body in order, its checklist and its tasks due (when not empty). */
        public void accept(Visitor v) {
            v.heading(this);
            for (Item item : body) {
                switch (item) {
                    case Paragraph p -> v.paragraph(p);
                    case StatisticsTable t -> v.table(t);
                }
            }
            if (!checklist.isEmpty()) {
                v.checklist(checklist);
            }
            if (!due.isEmpty()) {
                v.due(due);
            }
            v.endSection(this);
        }
    }

    /**
     * A task of the unit's plan due in the new period ({@link PlanTasks}), to report on.
     *
     * @param text   the task as the plan writes it
     * @param when   its time as the plan writes it ("Quý II", "Trước 30/6")
     * @param source the plan and its section
     */
    public record PlanTask(String text, String when, Source source) {}

    /** A block of a section body. */
    public sealed interface Item permits Paragraph, StatisticsTable {
        Source source();
    }

    /**
     * A carried paragraph: text pieces and figures to update, in order.
     *
     * @param pieces   the paragraph's content
     * @param footnote a footnote body carried after the paragraph that cites it
     * @param carry    rolled, last period's text to rewrite, or standing text
     * @param source   where it comes from
     */
    public record Paragraph(List<Piece> pieces, boolean footnote, Carry carry, Source source) implements Item {

        public Paragraph {
            pieces = List.copyOf(pieces);
        }

        /** The paragraph's text as printed (figures as their last value, reset cumulative figures as "…"). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                sb.append(p instanceof Text t ? t.text() : ((FigureMark) p).shown());
            }
            return sb.toString();
        }

        public List<FigureMark> figures() {
            return pieces.stream()
                    .filter(FigureMark.class::isInstance)
                    .map(FigureMark.class::cast)
                    .toList();
        }
    }

    /** Part of a paragraph. */
    public sealed interface Piece permits Text, FigureMark {}

    /** Carried text, period rolled. */
    public record Text(String text) implements Piece {}

    /**
     * A figure of the base, to be updated by the drafter.
     *
     * @param lastValue  the figure as the base wrote it ("228 hồ sơ")
     * @param kind       count, ratio, percent, money or other
     * @param cumulative counted from the start of the year ("từ đầu năm đến nay", "lũy kế")
     * @param reset      a cumulative figure blanked because the draft starts a new year
     * @param source     where it comes from
     */
    public record FigureMark(String lastValue, String kind, boolean cumulative, boolean reset, Source source)
            implements Piece {

        /** Blank placeholder of a reset figure. */
        public static final String BLANK = "……";

        /** What the draft shows in place of the figure: its last value, or a blank when reset. */
        public String shown() {
            return reset ? BLANK : lastValue;
        }

        /** The note printed after it: "[lũy kế; kỳ trước: 12 tin bài]", "[kỳ trước: …]" or null. */
        public String note() {
            if (reset) {
                return "[lũy kế từ đầu năm — năm mới, nhập lại; kỳ trước: " + lastValue + "]";
            }
            return cumulative ? "[lũy kế]" : null;
        }
    }

    /**
     * A statistics table carried with the base's values in a "Kỳ trước" column and an empty "Kỳ này" column.
     *
     * @param rows          the rows, header rows first, the new columns included
     * @param headerRows    how many leading rows are header rows
     * @param lastColumn    the index of the "Kỳ trước" column ("Kỳ này" follows it), or -1 when no value column was found
     * @param source        where it comes from
     */
    public record StatisticsTable(List<List<String>> rows, int headerRows, int lastColumn, Source source)
            implements Item {

        public StatisticsTable {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A commitment of the base (a phương hướng / nhiệm vụ item or a cam kết), to report on in the new period.
     *
     * @param text   the commitment as the base wrote it
     * @param source where it comes from
     */
    public record Commitment(String text, Source source) {}

    /**
     * A plan the base cites, for reuse.
     *
     * @param citation      the citation as written ("Kế hoạch số 75/KH-UBND ngày 24/01/2025 …")
     * @param symbol        its canonical symbol
     * @param previousYear  an annual plan of the base's year while the draft is in a new year: to replace
     * @param source        where it is cited first
     */
    public record PlanReference(String citation, String symbol, boolean previousYear, Source source) {}
}
