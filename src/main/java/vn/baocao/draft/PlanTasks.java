package vn.baocao.draft;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.PeriodGrammar;
import vn.baocao.normalize.VietnameseText;
import vn.baocao.read.Block;
import vn.baocao.read.Cell;
import vn.baocao.read.Paragraph;
import vn.baocao.read.Table;
import vn.baocao.structure.Section;

/**
 * The tasks of a unit's plan (a Kế hoạch CCHC năm …) with a time to be done, and those due in a period. A plan
 * writes its tasks as the rows of a table with a time column ("Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến
 * độ") or as items of its sections ending in their time ("…; thời gian: Quý II", "…, hoàn thành trước 30/6"). The
 * time phrase is read by the one period grammar ({@link PeriodGrammar#due}).
 */
public final class PlanTasks {

    /**
     * A task of a plan.
     *
     * @param text    what is to be done
     * @param when    the time as the plan writes it ("Quý II", "Trước 30/6")
     * @param due     the period it names
     * @param section the plan's section path ("II.1"), "" outside sections
     * @param topic   the title of that section ("Cải cách thủ tục hành chính"), for placing the task in the draft
     * @param line    the block the task is in
     */
    public record Task(String text, String when, Period due, String section, String topic, int line) {}

    private final DraftCues cues;

    /** @param cues the rules' cues of plan tables and task items */
    PlanTasks(DraftCues cues) {
        this.cues = cues;
    }

    /** Every task of the plan with a time phrase the period grammar reads. */
    List<Task> of(Extraction plan) {
        Integer year =
                plan.metadata().period() != null ? plan.metadata().period().year() : null;
        List<Task> out = new ArrayList<>();
        for (Section s : plan.tree().sections()) {
            // a lettered item ("b) …; thời gian: tháng 4.") is read as a section: title, then its time as its text
            boolean joined = !s.blocks().isEmpty()
                    && s.blocks().get(0) instanceof Paragraph first
                    && cues.titleEndsWithTime.matcher(s.title()).find();
            if (joined) {
                item(s.title() + ": " + s.blocks().get(0).text(), s, year, s.line(), out);
            }
            for (Block b : joined ? s.blocks().subList(1, s.blocks().size()) : s.blocks()) {
                if (b instanceof Table t) {
                    table(t, s, year, out);
                } else if (b instanceof Paragraph p) {
                    item(p.text(), s, year, p.line(), out);
                }
            }
        }
        return out;
    }

    /** The tasks of the plan due in a period (their time within it, or a deadline in one of its months). */
    List<Task> due(Extraction plan, Period period) {
        return of(plan).stream().filter(t -> t.due().overlaps(period)).toList();
    }

    private void table(Table t, Section s, Integer year, List<Task> out) {
        int timeCol = -1;
        int taskCol = -1;
        int header = -1;
        for (int r = 0; r < Math.min(3, t.rows().size()) && timeCol < 0; r++) {
            List<Cell> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String h = row.get(c).text();
                if (timeCol < 0 && cues.timeHeader.matcher(h).find()) {
                    timeCol = c;
                } else if (taskCol < 0 && cues.taskHeader.matcher(h).find()) {
                    taskCol = c;
                }
            }
            header = r;
        }
        if (timeCol < 0) {
            return;
        }
        for (int r = header + 1; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            if (row.size() <= timeCol) {
                continue;
            }
            String text =
                    taskCol >= 0 && taskCol < row.size() ? row.get(taskCol).text() : widest(row, timeCol);
            String when = VietnameseText.collapseSpaces(row.get(timeCol).text());
            Period due = PeriodGrammar.due(when, year);
            if (due != null && !text.isBlank()) {
                out.add(new Task(VietnameseText.collapseSpaces(text), when, due, s.path(), s.title(), t.line()));
            }
        }
    }

    /** The longest cell of a row other than the time column: the task, when no header names it. */
    private static String widest(List<Cell> row, int timeCol) {
        String best = "";
        for (int c = 0; c < row.size(); c++) {
            if (c != timeCol && row.get(c).text().length() > best.length()) {
                best = row.get(c).text();
            }
        }
        return best;
    }

    private void item(String item, Section s, Integer year, int line, List<Task> out) {
        String text = VietnameseText.collapseSpaces(item);
        java.util.regex.Matcher m = cues.itemTime.matcher(text);
        if (!m.find()) {
            return;
        }
        String when = m.group(1).strip().replaceAll("[.;]+$", "");
        Period due = PeriodGrammar.due(when, year);
        String task = text.substring(0, m.start()).strip();
        if (due != null && !task.isEmpty()) {
            out.add(new Task(task, when, due, s.path(), s.title(), line));
        }
    }
}
