package vn.baocao.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.draft.ReportDraft.Commitment;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.draft.ReportDraft.Item;
import vn.baocao.draft.ReportDraft.PlanReference;
import vn.baocao.draft.ReportDraft.Source;
import vn.baocao.draft.ReportDraft.StatisticsTable;

/**
 * The provenance sidecar of a draft: a JSON file beside it ({@code du-thao.docx} → {@code du-thao.nguon.json})
 * listing every carried item — heading, paragraph, figure, table, commitment, plan — with its source report,
 * section and line.
 */
public final class ProvenanceSidecar {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceSidecar() {}

    /** The sidecar path of a draft file. */
    public static Path pathFor(Path draftFile) {
        String name = draftFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return draftFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".nguon.json");
    }

    public static void write(ReportDraft d, Path sidecar) throws IOException {
        MAPPER.writeValue(sidecar.toFile(), toJson(d));
    }

    public static Map<String, Object> toJson(ReportDraft d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", d.baseLabel());
        root.put("basePeriod", d.basePeriod().label());
        root.put("target", d.target().label());
        List<Map<String, Object>> items = new ArrayList<>();
        d.preamble().forEach(p -> paragraph(items, "", p));
        for (ReportDraft.Section s : d.sections()) {
            section(items, s);
        }
        d.closing().forEach(p -> paragraph(items, "", p));
        for (PlanReference p : d.plans()) {
            Map<String, Object> m = item(items, "plan", "", p.citation(), p.source());
            m.put("symbol", p.symbol());
            m.put("previousYearPlan", p.previousYear());
        }
        d.seasonal().forEach(s -> section(items, s));
        root.put("items", items);
        return root;
    }

    private static void section(List<Map<String, Object>> items, ReportDraft.Section s) {
        item(items, "heading", s.heading(), s.heading(), s.source());
        for (Item i : s.body()) {
            if (i instanceof ReportDraft.Paragraph p) {
                paragraph(items, s.heading(), p);
            } else if (i instanceof StatisticsTable t) {
                Map<String, Object> m = item(
                        items,
                        "table",
                        s.heading(),
                        t.rows().isEmpty() ? "" : String.join(" | ", t.rows().get(0)),
                        t.source());
                m.put("rows", t.rows().size());
            }
        }
        for (Commitment c : s.checklist()) {
            item(items, "commitment", s.heading(), c.text(), c.source());
        }
        for (ReportDraft.PlanTask t : s.due()) {
            item(items, "planTask", s.heading(), t.text(), t.source()).put("when", t.when());
        }
    }

    private static void paragraph(List<Map<String, Object>> items, String in, ReportDraft.Paragraph p) {
        Map<String, Object> para = item(items, p.footnote() ? "footnote" : "paragraph", in, p.text(), p.source());
        para.put("carry", p.carry().name().toLowerCase(java.util.Locale.ROOT));
        for (FigureMark f : p.figures()) {
            Map<String, Object> m = item(items, "figure", in, f.shown(), f.source());
            m.put("lastValue", f.lastValue());
            m.put("figureKind", f.kind());
            m.put("cumulative", f.cumulative());
            m.put("reset", f.reset());
        }
    }

    private static Map<String, Object> item(
            List<Map<String, Object>> items, String kind, String in, String text, Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", items.size() + 1);
        m.put("kind", kind);
        m.put("draftSection", in);
        m.put("text", text);
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("report", s.report());
        src.put("section", s.section());
        src.put("sectionTitle", s.sectionTitle());
        src.put("line", s.line());
        m.put("source", src);
        items.add(m);
        return m;
    }
}
