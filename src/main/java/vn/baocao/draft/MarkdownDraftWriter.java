package vn.baocao.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Piece;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.draft.ReportDraft.StatisticsTable;
import vn.baocao.draft.ReportDraft.Text;

/**
 * Writes a {@link ReportDraft} as Markdown: the same content as the DOCX, figures to update as
 * {@code <mark>…</mark>}, the source of each carried block as an HTML comment after it.
 */
public final class MarkdownDraftWriter {

    public void write(ReportDraft draft, Path file) throws IOException {
        Files.writeString(file, render(draft), StandardCharsets.UTF_8);
    }

    public String render(ReportDraft d) {
        StringBuilder md = new StringBuilder();
        ReportDraft.Header h = d.header();
        if (!h.parentBody().isEmpty()) {
            md.append(h.parentBody()).append("  \n");
        }
        md.append("**").append(h.body()).append("**  \n");
        md.append("Số:        /").append(h.symbol()).append("\n\n");
        md.append("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n");
        md.append("*")
                .append(h.place())
                .append(", ngày …… tháng …… năm ")
                .append(d.target().year() == null ? "……" : d.target().year())
                .append("*\n\n");
        md.append("# BÁO CÁO\n\n**").append(h.subject().replace("\n", "  \n")).append("**\n\n");
        d.accept(new Body(md, d));
        return md.toString();
    }

    /** The body after the title block, the signature block and the drafting notes, as {@link ReportDraft#accept} walks them. */
    private record Body(StringBuilder md, ReportDraft d) implements ReportDraft.Visitor {

        @Override
        public void paragraph(ReportDraft.Paragraph p) {
            MarkdownDraftWriter.paragraph(md, p);
        }

        @Override
        public void heading(ReportDraft.Section s) {
            md.append("#".repeat(Math.min(6, s.level() + 1)))
                    .append(' ')
                    .append(s.heading())
                    .append(" <!-- ")
                    .append(source(s.source()))
                    .append(" -->\n\n");
        }

        @Override
        public void table(StatisticsTable t) {
            MarkdownDraftWriter.table(md, t);
        }

        @Override
        public void checklist(List<Commitment> commitments) {
            md.append("***").append(DraftBuilder.CHECKLIST_TITLE).append(":***\n\n");
            for (Commitment c : commitments) {
                md.append("- [ ] ")
                        .append(c.text())
                        .append(" <!-- ")
                        .append(source(c.source()))
                        .append(" -->\n");
            }
            md.append('\n');
        }

        @Override
        public void due(List<ReportDraft.PlanTask> tasks) {
            md.append("***").append(DraftBuilder.DUE_TITLE).append(":***\n\n");
            for (ReportDraft.PlanTask t : tasks) {
                md.append("- [ ] ")
                        .append(t.text())
                        .append(" *(thời gian: ")
                        .append(t.when())
                        .append(")* <!-- ")
                        .append(source(t.source()))
                        .append(" -->\n");
            }
            md.append('\n');
        }

        @Override
        public void signature() {
            ReportDraft.Header h = d.header();
            md.append("***Nơi nhận:***\n\n");
            List<String> to = h.recipients();
            for (int i = 0; i < to.size(); i++) {
                md.append("- ")
                        .append(to.get(i).replaceAll("[;.,]+$", ""))
                        .append(i == to.size() - 1 ? "." : ";")
                        .append('\n');
            }
            md.append("\n**")
                    .append(h.signerMark() == null ? "TM. ỦY BAN NHÂN DÂN" : h.signerMark())
                    .append("  \n")
                    .append(h.signerTitle() == null ? "CHỦ TỊCH" : h.signerTitle())
                    .append("**\n\n");
            if (h.signer() != null) {
                md.append("**").append(h.signer()).append("**\n\n");
            }
        }

        @Override
        public void draftingNotes(List<PlanReference> plans) {
            md.append("---\n\n## GHI CHÚ SOẠN THẢO (xóa trước khi ban hành)\n\n");
            if (plans.isEmpty()) {
                return;
            }
            md.append("**Kế hoạch đã viện dẫn kỳ trước (dùng lại khi phù hợp):**\n\n");
            for (PlanReference p : plans) {
                md.append("- ").append(p.citation());
                if (p.previousYear()) {
                    md.append(" <mark>[kế hoạch năm ")
                            .append(d.basePeriod().year())
                            .append(": thay bằng kế hoạch năm ")
                            .append(d.target().year())
                            .append("]</mark>");
                }
                md.append(" <!-- ").append(source(p.source())).append(" -->\n");
            }
            md.append('\n');
        }

        @Override
        public void seasonal() {
            md.append("**Nội dung cùng kỳ năm trước chưa có trong báo cáo gốc (tham khảo):**\n\n");
        }
    }

    private static void paragraph(StringBuilder md, ReportDraft.Paragraph p) {
        StringBuilder line = new StringBuilder();
        if (p.carry().label() != null && !p.footnote()) {
            line.append("***").append(p.carry().label()).append("*** "); // README, "Carried text"
        }
        for (Piece piece : p.pieces()) {
            if (piece instanceof Text t) {
                line.append(t.text());
            } else if (piece instanceof FigureMark f) {
                line.append("<mark>").append(f.shown()).append("</mark>");
                if (f.note() != null) {
                    line.append(" *")
                            .append(f.note().replace("[", "\\[").replace("]", "\\]"))
                            .append('*');
                }
            }
        }
        String text = line.toString().replace("\n", "  \n");
        md.append(p.footnote() ? "> " + text.replace("  \n", "  \n> ") : text)
                .append(" <!-- ")
                .append(source(p.source()))
                .append(" -->\n\n");
    }

    /** A pipe table: the header rows joined into one header line ("Kết quả thống kê / Kỳ trước (…)"). */
    private static void table(StringBuilder md, StatisticsTable t) {
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
        int header = Math.max(1, Math.min(t.headerRows(), t.rows().size()));
        md.append('|');
        for (int c = 0; c < columns; c++) {
            List<String> parts = new java.util.ArrayList<>();
            for (int r = 0; r < header; r++) {
                String v = cell(t.rows().get(r), c);
                if (!v.isBlank()) {
                    parts.add(v);
                }
            }
            md.append(' ').append(String.join(" / ", parts)).append(" |");
        }
        md.append('\n').append('|').append(" --- |".repeat(columns)).append('\n');
        for (int r = header; r < t.rows().size(); r++) {
            md.append('|');
            for (int c = 0; c < columns; c++) {
                String v = cell(t.rows().get(r), c);
                md.append(' ')
                        .append(c == t.lastColumn() && !v.isBlank() ? "<mark>" + v + "</mark>" : v)
                        .append(" |");
            }
            md.append('\n');
        }
        md.append("\n*(Bảng kỳ trước: số liệu cũ ở cột «Kỳ trước», điền cột «Kỳ này».)* <!-- ")
                .append(source(t.source()))
                .append(" -->\n\n");
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c).replace("\n", " ").replace("|", "\\|") : "";
    }

    private static String source(Source s) {
        return "Nguồn: " + s.describe().replace("--", "—");
    }
}
