package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.rules.RuleSet;

/** Issuers of every kind from header lines of the shape Nghị định 30/2020 prescribes (made up here). */
class IssuersTest {

    private final Issuers issuers = new Issuers(RuleSet.defaults());

    @Test
    void aPeoplesCommitteeOverTwoLines() {
        Issuers.Issuer i = issuers.fromHeader(List.of("ỦY BAN NHÂN DÂN", "HUYỆN TỨ KỲ"), "");
        assertEquals("UBND huyện Tứ Kỳ", i.name());
        assertEquals("huyện", i.level());
        assertNull(i.parent());
    }

    @Test
    void aDepartmentUnderItsProvince() {
        Issuers.Issuer i = issuers.fromHeader(List.of("UBND TỈNH ĐỒNG THÁP", "SỞ TƯ PHÁP"), "");
        assertEquals("Sở Tư pháp tỉnh Đồng Tháp", i.name());
        assertEquals("tỉnh", i.level());
        assertEquals("UBND tỉnh Đồng Tháp", i.parent());
    }

    @Test
    void aSteeringCommitteeWhoseNameRunsOverTwoLinesTakesItsCaseFromTheText() {
        String text = "Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Đồng Tháp báo cáo như sau.";
        Issuers.Issuer i = issuers.fromHeader(
                List.of("UBND TỈNH ĐỒNG THÁP", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH VÀ", "CHUYỂN ĐỔI SỐ"), text);
        assertEquals("Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Đồng Tháp", i.name());
    }

    @Test
    void aCentreWhoseHeaderDroppedTheCommaIsWrittenAsTheTextWritesIt() {
        String text = "Trung tâm Dịch vụ Việc làm, Đào tạo và Hướng nghiệp (Trung tâm) báo cáo UBND tỉnh.";
        Issuers.Issuer i = issuers.fromHeader(
                List.of("UBND TỈNH ĐỒNG THÁP", "TRUNG TÂM DỊCH VỤ VIỆC LÀM", "ĐÀO TẠO VÀ HƯỚNG NGHIỆP"), text);
        assertEquals("Trung tâm Dịch vụ Việc làm, Đào tạo và Hướng nghiệp tỉnh Đồng Tháp", i.name());
    }

    @Test
    void aPoliceDepartmentNamesItsOwnLocality() {
        Issuers.Issuer i = issuers.fromHeader(List.of("UBND TỈNH ĐỒNG THÁP", "CÔNG AN TỈNH ĐỒNG THÁP"), "");
        assertEquals("Công an tỉnh Đồng Tháp", i.name());
        assertEquals("tỉnh", i.level());
    }

    @Test
    void linesWithoutABodyKindAreNoIssuer() {
        assertNull(issuers.fromHeader(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ""));
    }
}
