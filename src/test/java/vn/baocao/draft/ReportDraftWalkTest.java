package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Period;

/**
 * {@link ReportDraft#accept} is the one walk of a draft: the Markdown and the DOCX writer both print what it visits,
 * in its order — the sections that are not appendices, the signature, then the appendices (Biểu mẫu) after it.
 */
class ReportDraftWalkTest {

    /** Records the headings and where the signature comes. */
    private static final class Headings implements ReportDraft.Visitor {
        final List<String> seen = new ArrayList<>();

        @Override
        public void paragraph(ReportDraft.Paragraph p) {}

        @Override
        public void heading(ReportDraft.Section s) {
            seen.add(s.heading());
        }

        @Override
        public void table(ReportDraft.StatisticsTable t) {}

        @Override
        public void checklist(List<ReportDraft.Commitment> commitments) {}

        @Override
        public void due(List<ReportDraft.PlanTask> tasks) {}

        @Override
        public void signature() {
            seen.add("<signature>");
        }

        @Override
        public void draftingNotes(List<ReportDraft.PlanReference> plans) {
            seen.add("<notes>");
        }

        @Override
        public void seasonal() {
            seen.add("<seasonal>");
        }
    }

    @Test
    void bothWritersPrintTheSectionsInTheOrderOfTheWalk(@TempDir Path dir) throws Exception {
        ReportDraft d = new DraftBuilder(vn.baocao.rules.RuleSet.defaults())
                .build(CorpusDrafts.extract(CorpusDrafts.TIEN_DONG_Q3_2023), null, Period.quarter(4, 2023));
        Headings walk = new Headings();
        d.accept(walk);
        int signature = walk.seen.indexOf("<signature>");
        List<String> before = walk.seen.subList(0, signature);
        List<String> after = walk.seen.subList(signature + 1, walk.seen.size()).stream()
                .filter(h -> !h.startsWith("<"))
                .toList();
        assertTrue(
                after.stream().anyMatch(h -> h.startsWith("Biểu mẫu")),
                "the appendices come after the signature: " + after);
        assertTrue(before.stream().noneMatch(h -> h.startsWith("Biểu mẫu")), "no appendix before it: " + before);
        List<String> headings =
                walk.seen.stream().filter(h -> !h.startsWith("<")).toList();
        assertEquals(d.sections().size() + d.seasonal().size(), headings.size(), "every section visited once");

        String md = new MarkdownDraftWriter().render(d);
        assertInOrder(headings, md, "Markdown");
        assertTrue(
                md.indexOf("Nơi nhận") < md.indexOf(after.get(0)),
                "the Markdown signature block before the appendices");

        Path docx = dir.resolve("d.docx");
        new DocxDraftWriter(null).write(d, docx);
        StringBuilder text = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            for (XWPFParagraph p : DocxDraftWriter.paragraphs(doc)) {
                text.append(p.getText()).append('\n');
            }
        }
        assertInOrder(headings, text.toString(), "DOCX");
    }

    private static void assertInOrder(List<String> headings, String text, String what) {
        int at = 0;
        for (String h : headings) {
            int i = text.indexOf(h, at);
            assertTrue(i >= 0, what + ": heading «" + h + "» missing or out of the walk's order");
            at = i + h.length();
        }
    }
}
