package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Q4/2023|quarter|4|2023", "2023-Q4|quarter|4|2023", "quý IV/2023|quarter|4|2023",
                "Quý 4 năm 2023|quarter|4|2023", "quy iii/2025|quarter|3|2025", "q1 2024|quarter|1|2024",
                "6T/2024|half|-1|2024", "9T/2024|nine_months|-1|2024", "6 tháng đầu năm 2024|half|-1|2024",
                "2024|year|-1|2024", "năm 2022|year|-1|2022"
            })
    void parsesWhatUsersType(String text, String kind, int number, int year) {
        Period p = Period.parse(text);
        assertEquals(kind, p.kind().json());
        assertEquals(number < 0 ? null : number, p.number());
        assertEquals(year, p.year());
    }

    @Test
    void rejectsNonsenseWithAVietnameseMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse("quý 5/2023"));
        assertTrue(e.getMessage().contains("không hợp lệ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("hôm qua"));
    }

    @Test
    void nextRollsTheQuarterAndTheYear() {
        assertEquals(Period.quarter(2, 2025), Period.quarter(1, 2025).next());
        assertEquals(Period.quarter(1, 2024), Period.quarter(4, 2023).next());
        assertEquals(Period.quarter(3, 2024), Period.parse("6T/2024").next());
        assertEquals(Period.quarter(1, 2025), Period.parse("2024").next());
        assertTrue(Period.quarter(4, 2023).endKey() < Period.quarter(1, 2024).endKey());
        assertEquals(Period.parse("6T/2024").endKey(), Period.quarter(2, 2024).endKey());
    }
}
