package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IssuerMatcherTest {

    @Test
    void matchesWithoutDiacriticsAndBySuffix() {
        for (String typed : new String[] {
            "sa dec",
            "Sa Đéc",
            "SA ĐÉC",
            "thành phố Sa Đéc",
            "UBND thành phố Sa Đéc",
            "Ủy ban nhân dân thành phố Sa Đéc",
            "ubnd tp. sa dec".replace("tp.", "thanh pho")
        }) {
            assertTrue(new IssuerMatcher(typed).matches("UBND thành phố Sa Đéc", "Sa Đéc"), typed);
        }
    }

    @Test
    void doesNotMatchOtherUnitsOrInnerWords() {
        assertFalse(new IssuerMatcher("sa dec").matches("UBND phường Hòa Thuận", "Hòa Thuận"));
        assertFalse(new IssuerMatcher("ec").matches("UBND thành phố Sa Đéc", null), "a suffix is whole syllables");
        assertFalse(new IssuerMatcher("thành phố").matches("UBND thành phố Sa Đéc", null));
        assertFalse(new IssuerMatcher("phuong 4").matches("UBND phường 14", null));
    }

    @Test
    void fallsBackToThePlaceWhenTheIssuerIsUnknown() {
        assertTrue(new IssuerMatcher("hoa thuan").matches(null, "Hòa Thuận"));
        assertTrue(new IssuerMatcher("hoà thuận").matches("UBND phường Hòa Thuận", null), "either tone placement");
    }

    @Test
    void bodiesOfEveryKindByTheStartOfTheirNameShortFormsAndInitials() {
        String so = "Sở Nội vụ tỉnh Đồng Tháp";
        for (String u :
                new String[] {"Sở Nội vụ", "so noi vu", "SNV", "Sở NV", "Sở Nội vụ tỉnh Đồng Tháp", "Đồng Tháp"}) {
            assertTrue(new IssuerMatcher(u).matches(so, null), u);
        }
        String bcd = "Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Đồng Tháp";
        for (String u : new String[] {"ban chi dao", "BCĐ tỉnh", "Ban Chỉ đạo cải cách hành chính"}) {
            assertTrue(new IssuerMatcher(u).matches(bcd, null), u);
        }
        assertTrue(new IssuerMatcher("trung tam xuc tien").matches("Trung tâm Xúc tiến Đầu tư tỉnh Đồng Tháp", null));
        assertFalse(new IssuerMatcher("Sở Tư pháp").matches(so, null));
        assertFalse(new IssuerMatcher("STP").matches(so, null));
        assertFalse(new IssuerMatcher("nội vụ").matches(so, null), "a name is matched from its start or its end");
    }
}
