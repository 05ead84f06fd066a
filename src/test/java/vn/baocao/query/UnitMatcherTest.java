package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitMatcherTest {

    @Test
    void matchesWithoutDiacriticsAndBySuffix() {
        for (String typed : new String[]{"sa dec", "Sa Đéc", "SA ĐÉC", "thành phố Sa Đéc", "UBND thành phố Sa Đéc",
                "Ủy ban nhân dân thành phố Sa Đéc", "ubnd tp. sa dec".replace("tp.", "thanh pho")}) {
            assertTrue(new UnitMatcher(typed).matches("UBND thành phố Sa Đéc", "Sa Đéc"), typed);
        }
    }

    @Test
    void doesNotMatchOtherUnitsOrInnerWords() {
        assertFalse(new UnitMatcher("sa dec").matches("UBND phường Hòa Thuận", "Hòa Thuận"));
        assertFalse(new UnitMatcher("ec").matches("UBND thành phố Sa Đéc", null), "a suffix is whole syllables");
        assertFalse(new UnitMatcher("thành phố").matches("UBND thành phố Sa Đéc", null));
        assertFalse(new UnitMatcher("phuong 4").matches("UBND phường 14", null));
    }

    @Test
    void fallsBackToThePlaceWhenTheIssuerIsUnknown() {
        assertTrue(new UnitMatcher("hoa thuan").matches(null, "Hòa Thuận"));
        assertTrue(new UnitMatcher("hoà thuận").matches("UBND phường Hòa Thuận", null), "either tone placement");
    }
}
