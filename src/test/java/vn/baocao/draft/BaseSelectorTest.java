package vn.baocao.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportMetadata;

class BaseSelectorTest {

    private static StoredReportRef report(long id, String issuer, Period p) {
        return new StoredReportRef(
                id,
                new ReportMetadata(
                        "BC", "/BC-UBND", issuer, "phường", null, null, p, null, false, null, null, null, List.of()),
                Path.of(id + ".txt"));
    }

    private static final List<StoredReportRef> HISTORY = List.of(
            report(1, "UBND phường Hòa Thuận", Period.quarter(1, 2024)),
            report(2, "UBND phường Hòa Thuận", Period.quarter(2, 2024)),
            report(3, "UBND phường Hòa Thuận", Period.quarter(1, 2025)),
            report(4, "UBND xã Tiên Động", Period.quarter(3, 2023)),
            report(5, "UBND phường Hòa Thuận", Period.quarter(3, 2025)));

    private static final Predicate<ReportMetadata> HOA_THUAN = m -> m.issuer().contains("Hòa Thuận");

    @Test
    void latestEarlierReportAndTheSamePeriodAYearBefore() {
        BaseSelector.Choice c = BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(2, 2025), null);
        assertEquals(3, c.base().id());
        assertEquals(2, c.sameLastYear().id());
        BaseSelector.Choice q4 = BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(4, 2025), null);
        assertEquals(5, q4.base().id());
        assertNull(q4.sameLastYear());
    }

    @Test
    void fromOverrides() {
        assertEquals(
                1,
                BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(2, 2025), 1L)
                        .base()
                        .id());
        BaseSelector.Choice any = BaseSelector.choose(HISTORY, m -> true, null, Period.quarter(3, 2024), 1L);
        assertEquals(1, any.base().id());
        assertNull(any.sameLastYear(), "the Q3/2023 report of another unit is not the same period of this one");
    }

    @Test
    void clearErrors() {
        DraftException unknown = assertThrows(
                DraftException.class,
                () -> BaseSelector.choose(HISTORY, m -> false, "Tân Quy", Period.quarter(2, 2025), null));
        assertTrue(unknown.getMessage().contains("Không tìm thấy đơn vị «Tân Quy»"), unknown.getMessage());
        DraftException none = assertThrows(
                DraftException.class,
                () -> BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(1, 2024), null));
        assertTrue(none.getMessage().contains("Chưa có báo cáo nào"), none.getMessage());
        DraftException notAfter = assertThrows(
                DraftException.class,
                () -> BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(1, 2025), 3L));
        assertTrue(notAfter.getMessage().contains("không sau kỳ"), notAfter.getMessage());
        DraftException noId = assertThrows(
                DraftException.class,
                () -> BaseSelector.choose(HISTORY, HOA_THUAN, "Hòa Thuận", Period.quarter(1, 2026), 99L));
        assertTrue(noId.getMessage().contains("mã 99"), noId.getMessage());
    }
}
