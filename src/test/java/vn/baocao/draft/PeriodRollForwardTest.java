package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.Period;

/** Roll-forward on sentences taken from the corpus reports. */
class PeriodRollForwardTest {

    private static final Period Q1_2025 = Period.quarter(1, 2025);
    private static final Period Q2_2025 = Period.quarter(2, 2025);
    private static final Period Q3_2023 = Period.quarter(3, 2023);

    @Test
    void quarterToNextQuarterInTheStyleOfTheText() {
        PeriodRollForward r = new PeriodRollForward(
                Q1_2025, Q2_2025, vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals("Cải cách hành chính Quý 2 năm 2025", r.roll("Cải cách hành chính Quý 1 năm 2025"));
        assertEquals(
                "báo cáo kết quả thực hiện cải cách hành chính (CCHC) Quý 2 năm 2025 như sau:",
                r.roll("báo cáo kết quả thực hiện cải cách hành chính (CCHC) Quý 1 năm 2025 như sau:"));
        assertEquals("Trong quý II, UBND", r.roll("Trong quý I, UBND"));
        assertEquals(
                "Kết quả thực hiện đến tháng 6/2025, Ủy ban nhân dân triển khai",
                r.roll("Kết quả thực hiện đến tháng 3/2025, Ủy ban nhân dân triển khai"));
        assertEquals("kết quả 6 tháng đầu năm 2025", r.roll("kết quả 3 tháng đầu năm 2025"));
    }

    @Test
    void datesOfCitedDocumentsStay() {
        PeriodRollForward r = new PeriodRollForward(
                Q1_2025, Q2_2025, vn.baocao.rules.RuleSet.defaults().layoutCues());
        String s =
                "Quyết định số 26/QĐ-UBND ngày 11 tháng 3 năm 2025 của UBND phường; Kế hoạch số 75/KH-UBND ngày 24/01/2025;"
                        + " Tính từ ngày 15/12/2023 đến 10/11/2024";
        assertEquals(s, r.roll(s));
        assertEquals(List.of(), r.baseMentions(s));
    }

    @Test
    void theDataPeriodMovesWithTheReport() {
        String s =
                "Kết quả thực hiện giải quyết hồ sơ TTHC tại Bộ phận Một cửa (từ ngày 15/12/2024 đến ngày 14/3/2025):";
        assertEquals(
                "Kết quả thực hiện giải quyết hồ sơ TTHC tại Bộ phận Một cửa (từ ngày 15/3/2025 đến ngày 14/6/2025):",
                new PeriodRollForward(
                                Q1_2025,
                                Q2_2025,
                                vn.baocao.rules.RuleSet.defaults().layoutCues())
                        .roll(s));
        assertEquals(
                "Kết quả thực hiện giải quyết hồ sơ TTHC tại Bộ phận Một cửa (từ ngày 15/12/2024 đến ngày 14/6/2025):",
                new PeriodRollForward(
                                Q1_2025,
                                Period.of(Period.Kind.HALF, 2025),
                                vn.baocao.rules.RuleSet.defaults().layoutCues())
                        .roll(s),
                "6 tháng: from the start of the year");
        assertEquals(
                "từ ngày 15/12/2023 đến ngày 14/3/2024",
                new PeriodRollForward(
                                Q3_2023,
                                Period.quarter(1, 2024),
                                vn.baocao.rules.RuleSet.defaults().layoutCues())
                        .roll("từ ngày 15/6/2023 đến ngày 14/9/2023"));
        assertEquals(
                "từ ngày 15/12/2023 đến ngày 14/12/2024",
                new PeriodRollForward(
                                Q3_2023,
                                Period.of(Period.Kind.YEAR, 2024),
                                vn.baocao.rules.RuleSet.defaults().layoutCues())
                        .roll("từ ngày 15/12/2022 đến ngày 14/9/2023"));
    }

    @Test
    void protectedSpansStay() {
        PeriodRollForward r = new PeriodRollForward(
                Q1_2025, Q2_2025, vn.baocao.rules.RuleSet.defaults().layoutCues());
        String s = "Kế hoạch số 12/KH-UBND về công tác quý I năm 2025; trong Quý I năm 2025";
        int end = s.indexOf(';');
        List<PeriodRollForward.Edit> edits = r.edits(s, List.of(new int[] {0, end}));
        assertEquals(
                "Kế hoạch số 12/KH-UBND về công tác quý I năm 2025; trong Quý II năm 2025",
                PeriodRollForward.apply(s, edits));
    }

    @Test
    void directionsOfTheBaseBecomeThoseOfTheTarget() {
        PeriodRollForward r = new PeriodRollForward(
                Q3_2023,
                Period.quarter(4, 2023),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ I/2024",
                r.roll("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023"));
        assertEquals(
                "Trên đây là báo cáo công tác cải cách hành chính Quý IV/2023 của UBND xã Tiên Động./.",
                r.roll("Trên đây là báo cáo công tác cải cách hành chính Quý III/2023 của UBND xã Tiên Động./."));
    }

    @Test
    void yearRollsOverFromQ3ToTheNextQ1() {
        PeriodRollForward r = new PeriodRollForward(
                Q3_2023,
                Period.quarter(1, 2024),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "Công tác cải cách hành chính Quý I năm 2024", r.roll("Công tác cải cách hành chính Quý III năm 2023"));
        assertEquals("NHIỆM VỤ TRỌNG TÂM QUÝ II/2024", r.roll("NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023"));
        assertEquals("Trong quý I/2024 có 01", r.roll("Trong quý III/2023 có 01"));
        // Chained rewrites do not happen: Q3→Q1 and Q4→Q2 in one pass.
        assertEquals("Quý I và Quý II/2024", r.roll("Quý III và Quý IV/2023"));
    }

    @Test
    void toAHalfYearAndFromAYear() {
        assertEquals(
                "Cải cách hành chính 6 tháng đầu năm 2025",
                new PeriodRollForward(
                                Q1_2025,
                                Period.of(Period.Kind.HALF, 2025),
                                vn.baocao.rules.RuleSet.defaults().layoutCues())
                        .roll("Cải cách hành chính Quý 1 năm 2025"));
        PeriodRollForward fromYear = new PeriodRollForward(
                Period.of(Period.Kind.YEAR, 2024),
                Period.quarter(1, 2025),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "PAR INDEX, SIPAS, PAPI của UBND phường quý I năm 2025",
                fromYear.roll("PAR INDEX, SIPAS, PAPI của UBND phường năm 2024"));
        String blankDate = "(kèm theo Báo cáo số /BC-UBND ngày tháng năm 2024)";
        assertEquals(blankDate, fromYear.roll(blankDate));
    }

    @Test
    void baseMentionsFindWhatIsLeft() {
        PeriodRollForward r = new PeriodRollForward(
                Q3_2023,
                Period.quarter(4, 2023),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                List.of("Quý III năm 2023", "quý III"),
                r.baseMentions("Trong Quý III năm 2023, so với quý III, đến ngày 08 tháng 9 năm 2023"));
        assertTrue(
                r.baseMentions(r.roll("Trong Quý III năm 2023, so với quý III")).isEmpty());
    }

    @Test
    void aMonthRollsToTheNextMonth() {
        PeriodRollForward r = new PeriodRollForward(
                new Period(Period.Kind.MONTH, 8, 2025),
                new Period(Period.Kind.MONTH, 9, 2025),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "Trong tháng 9/2025, Ban Chỉ đạo tỉnh tiếp tục chỉ đạo",
                r.roll("Trong tháng 8/2025, Ban Chỉ đạo tỉnh tiếp tục chỉ đạo"));
        assertEquals(
                "Kết quả triển khai Đề án trên địa bàn tỉnh tháng 9 năm 2025",
                r.roll("Kết quả triển khai Đề án trên địa bàn tỉnh tháng 8 năm 2025"));
        assertEquals("Công văn số 378/BCĐ ngày 21/7/2025", r.roll("Công văn số 378/BCĐ ngày 21/7/2025"));
    }

    @Test
    void aMonthlyReportsNextMonthBecomesTheNewOnesNext() {
        PeriodRollForward r = new PeriodRollForward(
                new Period(Period.Kind.MONTH, 8, 2025),
                new Period(Period.Kind.MONTH, 9, 2025),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "Kết quả tháng 9/2025 và nhiệm vụ tháng 10/2025",
                r.roll("Kết quả tháng 8/2025 và nhiệm vụ tháng 9/2025"));
    }

    @Test
    void theAnnualReportsDirectionsYearBecomesTheQuartersNextQuarter() {
        PeriodRollForward r = new PeriodRollForward(
                Period.of(Period.Kind.YEAR, 2025),
                Period.quarter(1, 2026),
                vn.baocao.rules.RuleSet.defaults().layoutCues());
        assertEquals(
                "Công tác cải cách hành chính quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026 của tỉnh",
                r.roll("Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh"));
        assertEquals(
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026",
                r.roll("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2026"));
        assertEquals(
                "Ban hành Kế hoạch cải cách hành chính năm 2026 của tỉnh",
                r.roll("Ban hành Kế hoạch cải cách hành chính năm 2026 của tỉnh"),
                "the year of a plan's name stays");
        assertEquals(
                "Dự kiến năm 2026 tổ chức hội nghị",
                r.roll("Dự kiến năm 2026 tổ chức hội nghị"),
                "a year outside a phrase of directions stays");
    }
}
