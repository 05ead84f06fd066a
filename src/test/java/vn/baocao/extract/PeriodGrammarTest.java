package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one period grammar, on titles of the shapes real reports have and on what users type. */
class PeriodGrammarTest {

    @Test
    void monthlyReportsAreMonthly() {
        assertEquals(
                new Period(Period.Kind.MONTH, 3, 2026),
                PeriodGrammar.reported("Kết quả triển khai Đề án trên địa bàn tỉnh tháng 3/2026"));
        assertEquals(
                new Period(Period.Kind.MONTH, 11, 2025),
                PeriodGrammar.reported("Báo cáo công tác tháng 11 năm 2025 và nhiệm vụ tháng 12 năm 2025"));
    }

    @Test
    void aDateIsNoPeriod() {
        assertNull(PeriodGrammar.reported("Hòa Thuận, ngày 06 tháng 11 năm 2025"));
        assertNull(PeriodGrammar.reported("Lâm Đồng, ngày     tháng 11 năm 2025"));
        assertTrue(PeriodGrammar.find("ngày 15 tháng 3 năm 2025").isEmpty());
    }

    @Test
    void halvesNineMonthsQuartersAndYears() {
        assertEquals(Period.of(Period.Kind.HALF, 2024), PeriodGrammar.reported("Sơ kết công tác 6 tháng đầu năm 2024"));
        Period second = PeriodGrammar.reported("Báo cáo 6 tháng cuối năm 2024");
        assertEquals(Period.Kind.HALF, second.kind());
        assertTrue(second.secondHalf());
        assertEquals(12, second.endMonth());
        assertEquals(Period.of(Period.Kind.NINE_MONTHS, 2024), PeriodGrammar.reported("kết quả 9 tháng năm 2024"));
        assertEquals(Period.quarter(1, 2025), PeriodGrammar.reported("kết quả 3 tháng đầu năm 2025"));
        assertEquals(Period.quarter(4, 2023), PeriodGrammar.reported("Cải cách hành chính QUÝ IV/2023"));
        assertEquals(
                Period.of(Period.Kind.YEAR, 2025),
                PeriodGrammar.reported("Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026"));
    }

    @Test
    void aYearBroughtUpToADateIsNoStandardPeriod() {
        Period p = PeriodGrammar.reported("Tình hình thực hiện các chỉ số năm 2025, cập nhật đến 27/11/2025");
        assertEquals(Period.Kind.OTHER, p.kind());
        assertEquals(2025, p.year());
        assertEquals("2025-11-27", p.asOf());
    }

    @Test
    void whatUsersType() {
        Period dec = new Period(Period.Kind.MONTH, 12, 2025);
        for (String s : new String[] {"tháng 12/2025", "12/2025", "T12/2025", "thang 12 nam 2025", "2025-12"}) {
            assertEquals(dec, Period.parse(s), s);
        }
        for (String s : new String[] {"Q1/2026", "quý I/2026", "quy 1 nam 2026", "2026-Q1", "Quý 1 năm 2026"}) {
            assertEquals(Period.quarter(1, 2026), Period.parse(s), s);
        }
        assertEquals(Period.of(Period.Kind.HALF, 2026), Period.parse("6T/2026"));
        assertTrue(Period.parse("6 tháng cuối năm 2026").secondHalf());
        assertEquals(Period.of(Period.Kind.YEAR, 2026), Period.parse("2026"));
        assertEquals(Period.of(Period.Kind.YEAR, 2026), Period.parse("năm 2026"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("tháng 13/2025"));
        assertTrue(e.getMessage().contains("không hợp lệ"), e.getMessage());
    }

    @Test
    void theNextPeriodOfEachKind() {
        assertEquals(new Period(Period.Kind.MONTH, 9, 2025), new Period(Period.Kind.MONTH, 8, 2025).next());
        assertEquals(new Period(Period.Kind.MONTH, 1, 2026), new Period(Period.Kind.MONTH, 12, 2025).next());
        assertEquals(Period.quarter(1, 2026), Period.of(Period.Kind.YEAR, 2025).next());
    }
}
