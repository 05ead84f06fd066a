package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;
import vn.baocao.draft.ReportDraft.FigureMark;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.structure.Section;

/** The draft model built from the Q1/2025 report of phường Hòa Thuận and the Q3/2023 report of xã Tiên Động. */
class DraftBuilderTest {

    private static final Extraction HOA_THUAN = CorpusDrafts.extract(CorpusDrafts.HOA_THUAN_Q1_2025);

    private static List<FigureMark> figures(ReportDraft d) {
        return d.sections().stream()
                .flatMap(s -> s.body().stream())
                .filter(ReportDraft.Paragraph.class::isInstance)
                .map(ReportDraft.Paragraph.class::cast)
                .flatMap(p -> p.figures().stream())
                .toList();
    }

    private static FigureMark figure(ReportDraft d, String lastValue) {
        return figures(d).stream()
                .filter(f -> f.lastValue().equals(lastValue))
                .findFirst()
                .orElseThrow();
    }

    private static ReportDraft.PlanReference plan(ReportDraft d, String symbol) {
        return d.plans().stream()
                .filter(p -> p.symbol().equals(symbol))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everySectionInOrderWithItsSource() {
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(HOA_THUAN, null, Period.quarter(2, 2025));
        List<Section> base = HOA_THUAN.tree().sections();
        assertEquals(base.size(), d.sections().size());
        for (int i = 0; i < base.size(); i++) {
            assertEquals(base.get(i).path(), d.sections().get(i).source().section());
            assertEquals(base.get(i).line(), d.sections().get(i).source().line());
        }
        assertEquals("Cải cách hành chính Quý 2 năm 2025", d.header().subject());
        assertEquals("PHƯỜNG HÒA THUẬN", d.header().body());
        assertEquals("BC-UBND", d.header().symbol());
        assertEquals(1, d.preamble().size());
        assertTrue(
                d.preamble().get(0).text().contains("(CCHC) Quý 2 năm 2025 như sau:"),
                d.preamble().get(0).text());
        assertTrue(d.closing()
                .get(0)
                .text()
                .startsWith("Trên đây là báo cáo công tác cải cách hành chính Quý 2 năm 2025"));
    }

    @Test
    void figuresKeepTheirLastValueAndCumulativeOnesAreLabelled() {
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(HOA_THUAN, null, Period.quarter(2, 2025));
        FigureMark news = figure(d, "12 tin bài");
        assertTrue(news.cumulative());
        assertFalse(news.reset());
        assertEquals("12 tin bài", news.shown());
        assertEquals("I.4", news.source().section());
        FigureMark tasks = figure(d, "07/28 nhiệm vụ");
        assertFalse(tasks.cumulative());
        assertEquals("228 hồ sơ", figure(d, "228 hồ sơ").shown());
    }

    @Test
    void anewYearBlanksCumulativeFiguresAndFlagsLastYearsAnnualPlans() {
        ReportDraft sameYear =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(HOA_THUAN, null, Period.quarter(2, 2025));
        List<String> symbols =
                sameYear.plans().stream().map(ReportDraft.PlanReference::symbol).toList();
        assertTrue(
                symbols.containsAll(List.of("75/KH-UBND", "115/KH-UBND", "105/KH-UBND", "116/KH-UBND", "69/KH-UBND")),
                symbols.toString());
        assertEquals(symbols.size(), new java.util.HashSet<>(symbols).size(), "each plan once");
        assertTrue(sameYear.plans().stream().noneMatch(ReportDraft.PlanReference::previousYear));
        assertTrue(plan(sameYear, "75/KH-UBND")
                .citation()
                .contains("về thực hiện cải cách hành chính trên địa bàn phường năm 2025"));

        ReportDraft next =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(HOA_THUAN, null, Period.quarter(1, 2026));
        assertTrue(next.crossesYear());
        FigureMark news = figure(next, "12 tin bài");
        assertTrue(news.reset());
        assertEquals(FigureMark.BLANK, news.shown());
        assertFalse(figure(next, "07/28 nhiệm vụ").reset());
        assertTrue(plan(next, "75/KH-UBND").previousYear(), "the 2025 annual CCHC plan is flagged in a 2026 draft");
        assertFalse(plan(next, "105/KH-UBND").previousYear(), "a plan whose citation names no year is not flagged");
        assertEquals("Cải cách hành chính Quý 1 năm 2026", next.header().subject());
    }

    @Test
    void directionsBecomeAChecklistUnderResultSections() {
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(HOA_THUAN, null, Period.quarter(2, 2025));
        List<ReportDraft.Commitment> fromDirections = d.sections().stream()
                .flatMap(s -> s.checklist().stream())
                .filter(c -> c.source().section().equals("IV"))
                .toList();
        assertEquals(5, fromDirections.size(), "the five items of IV. PHƯƠNG HƯỚNG, NHIỆM VỤ");
        for (ReportDraft.Section s : d.sections()) {
            if (!s.checklist().isEmpty()) {
                assertFalse(s.heading().startsWith("IV."), "listed under a result section, not under the directions");
            }
        }
        ReportDraft.Section propaganda = d.sections().stream()
                .filter(s -> s.source().section().equals("I.4"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                propaganda.checklist().stream()
                        .anyMatch(c -> c.text().startsWith("Tiếp tục đẩy mạnh công tác tuyên truyền")),
                "the item on tuyên truyền goes under I.4 Về thông tin, tuyên truyền");
        assertTrue(
                d.sections().stream()
                        .flatMap(s -> s.checklist().stream())
                        .anyMatch(c ->
                                c.source().section().equals("I.5") && c.text().contains("cam kết")),
                "cam kết sentences too");
    }

    @Test
    void targetNotAfterTheBaseIsRefused() {
        DraftException e = assertThrows(
                DraftException.class,
                () -> new DraftBuilder(vn.baocao.rules.RuleSet.defaults())
                        .build(HOA_THUAN, null, Period.quarter(1, 2025)));
        assertTrue(e.getMessage().contains("không sau kỳ của báo cáo gốc"), e.getMessage());
    }

    @Test
    void statisticsTablesGetPreviousAndCurrentColumns() {
        Extraction tienDong = CorpusDrafts.extract(CorpusDrafts.TIEN_DONG_Q3_2023);
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(tienDong, null, Period.quarter(4, 2023));
        List<ReportDraft.StatisticsTable> tables = d.sections().stream()
                .flatMap(s -> s.body().stream())
                .filter(ReportDraft.StatisticsTable.class::isInstance)
                .map(ReportDraft.StatisticsTable.class::cast)
                .toList();
        assertEquals(7, tables.size());
        ReportDraft.StatisticsTable first = tables.get(0);
        assertEquals(2, first.headerRows());
        int k = first.lastColumn();
        assertEquals("Kỳ trước (Quý III năm 2023)", first.rows().get(1).get(k));
        assertEquals("Kỳ này (Quý IV năm 2023)", first.rows().get(1).get(k + 1));
        List<String> row = first.rows().stream()
                .filter(r -> r.get(0).equals("2.1."))
                .findFirst()
                .orElseThrow();
        assertEquals("26", row.get(k), "last value kept");
        assertEquals("", row.get(k + 1), "Kỳ này empty");
        assertTrue(d.sections().stream()
                .filter(s -> s.heading().startsWith("Biểu mẫu"))
                .allMatch(ReportDraft.Section::appendix));
    }

    @Test
    void anAnnualReportSeedsTheFirstQuarterOfTheNextYear() {
        Extraction phuong4 = CorpusDrafts.extract(CorpusDrafts.PHUONG4_2024);
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(phuong4, null, Period.parse("Q1/2025"));
        assertTrue(d.crossesYear());
        assertEquals(
                "Tình hình thực hiện các nội dung cam kết cải thiện và nâng cao chỉ số PAR INDEX, SIPAS, PAPI của UBND phường quý I năm 2025",
                d.header().subject());
        ReportDraft.StatisticsTable t = d.sections().stream()
                .flatMap(s -> s.body().stream())
                .filter(ReportDraft.StatisticsTable.class::isInstance)
                .map(ReportDraft.StatisticsTable.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals("Kỳ trước (năm 2024)", t.rows().get(0).get(t.lastColumn()));
        assertEquals("Kỳ này (Quý I năm 2025)", t.rows().get(0).get(t.lastColumn() + 1));
        assertTrue(d.closing().get(0).text().contains("PAPI của UBND phường quý I năm 2025 của UBND phường 4"));
    }

    @Test
    void theSamePeriodAYearBeforeAddsTheSectionsTheBaseLacks() {
        // Base: the 2024 annual report of phường 4; same period a year before the target Q1/2025: a Q1/2024 report.
        Extraction base = CorpusDrafts.extract(CorpusDrafts.PHUONG4_2024);
        Extraction q1Before = CorpusDrafts.extract(ProjectFiles.path("corpus", "001_d021599fae0810fe.txt"));
        ReportDraft d =
                new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(base, q1Before, Period.quarter(1, 2025));
        List<String> headings =
                d.seasonal().stream().map(ReportDraft.Section::heading).toList();
        assertTrue(
                headings.contains("7.1. Tình hình ứng dụng công nghệ thông tin trong hoạt động của đơn vị"),
                headings.toString());
        String label = ReportDraft.Source.reportLabel(q1Before.metadata());
        assertTrue(label.contains("Quý I năm 2024"), label);
        assertTrue(d.seasonal().stream().allMatch(s -> s.source().report().equals(label)), "named as the report it is");
        List<ReportDraft.Paragraph> carried = d.seasonal().stream()
                .flatMap(s -> s.body().stream())
                .filter(ReportDraft.Paragraph.class::isInstance)
                .map(ReportDraft.Paragraph.class::cast)
                .toList();
        assertTrue(
                carried.stream()
                        .allMatch(p -> p.carry() != ReportDraft.Carry.ROLLED
                                || p.text().strip().endsWith(":")),
                "last year's text is carried as it was, marked, lead-ins aside");
        assertEquals(d.sections().size(), base.tree().sections().size(), "the base's skeleton unchanged");
    }

    @Test
    void theSubjectAlwaysNamesTheNewPeriod() {
        PeriodRollForward r = new PeriodRollForward(
                Period.quarter(1, 2025),
                Period.quarter(2, 2025),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "Cải cách hành chính Quý 2 năm 2025", DraftHeader.subject("Cải cách hành chính Quý 1 năm 2025", r));
        assertEquals(
                "Công tác cải cách hành chính quý II năm 2025", DraftHeader.subject("Công tác cải cách hành chính", r));
        assertEquals("Công tác cải cách hành chính Quý II năm 2025", DraftHeader.subject(null, r));
    }

    @Test
    void aTitleOverTwoLinesKeepsBothLinesEachRolled() {
        PeriodRollForward r = new PeriodRollForward(
                Period.of(Period.Kind.YEAR, 2025),
                Period.quarter(1, 2026),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        String title = "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh Bình An";
        assertEquals(
                "Công tác cải cách hành chính quý I năm 2026 và\nphương hướng, nhiệm vụ quý II năm 2026 của tỉnh Bình An",
                DraftHeader.subject(
                        title,
                        List.of(
                                "Công tác cải cách hành chính năm 2025 và",
                                "phương hướng, nhiệm vụ năm 2026 của tỉnh Bình An"),
                        r));
    }

    @Test
    void carriedParagraphsFollowOneConvention() {
        assertEquals(
                ReportDraft.Carry.PREVIOUS,
                DraftCarrier.carry(
                        "Trong quý I năm 2025, UBND phường đã tổ chức 02 hội nghị.",
                        false,
                        new DraftCues(vn.baocao.rules.RuleSet.defaults())));
        assertEquals(
                ReportDraft.Carry.ROLLED,
                DraftCarrier.carry(
                        "- Kết quả giải quyết hồ sơ (từ ngày 15/12/2024 đến ngày 14/3/2025):",
                        false,
                        new DraftCues(vn.baocao.rules.RuleSet.defaults())));
        assertEquals(
                ReportDraft.Carry.STANDING,
                DraftCarrier.carry(
                        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;",
                        false,
                        new DraftCues(vn.baocao.rules.RuleSet.defaults())));
        assertEquals(
                ReportDraft.Carry.STANDING,
                DraftCarrier.carry(
                        "Tiếp tục triển khai kế hoạch CCHC năm 2026.",
                        true,
                        new DraftCues(vn.baocao.rules.RuleSet.defaults())));
    }
}
