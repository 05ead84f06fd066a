package vn.baocao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    static final String SAMPLE = "Ủy ban nhân dân phường Hòa Thuận báo cáo kết quả thực hiện cải cách hành chính "
            + "Quý 1 năm 2025; đơn vị đã ban hành 05 kế hoạch, giải quyết hồ sơ đúng hạn, ưu tiên những việc khó.";

    @Test
    void tcvn3() {
        assertEquals("Thành phố Hồ Chí Minh", LegacyEncoding.TCVN3.toUnicode("Thµnh phè Hå ChÝ Minh"));
        String lower = SAMPLE.replace("Ủy", "ủy");
        assertEquals(lower, LegacyEncoding.TCVN3.toUnicode(LegacyEncoder.encode(LegacyEncoding.TCVN3, lower)));
        assertEquals(
                LegacyEncoding.TCVN3, LegacyEncoding.detect(LegacyEncoder.encode(LegacyEncoding.TCVN3, SAMPLE), null));
    }

    @Test
    void vni() {
        assertEquals("Việt Nam", LegacyEncoding.VNI.toUnicode("Vieät Nam"));
        assertEquals("Thành phố", LegacyEncoding.VNI.toUnicode("Thaønh phoá"));
        assertEquals(SAMPLE, LegacyEncoding.VNI.toUnicode(LegacyEncoder.encode(LegacyEncoding.VNI, SAMPLE)));
        assertEquals(
                "CẢI CÁCH HÀNH CHÍNH ĐỊA PHƯƠNG",
                LegacyEncoding.VNI.toUnicode(
                        LegacyEncoder.encode(LegacyEncoding.VNI, "CẢI CÁCH HÀNH CHÍNH ĐỊA PHƯƠNG")));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.detect(LegacyEncoder.encode(LegacyEncoding.VNI, SAMPLE), null));
    }

    @Test
    void viqr() {
        String viqr = "Vie^.t Nam, d dda^`u tu+ co^ng, ca?i ca'ch ha`nh chi'nh, nga`y 15 tha'ng 3 na(m 2025.";
        assertEquals(LegacyEncoding.VIQR, LegacyEncoding.detect(viqr, null));
        assertEquals(
                "Việt Nam, d đầu tư công, cải cách hành chính, ngày 15 tháng 3 năm 2025.",
                LegacyEncoding.VIQR.toUnicode(viqr));
    }

    @Test
    void unicodeAndPlainTextStay() {
        assertNull(LegacyEncoding.detect(SAMPLE, null));
        assertNull(LegacyEncoding.detect(SAMPLE, LegacyEncoding.TCVN3));
        assertNull(LegacyEncoding.detect("Báo cáo về công tác cà phê", LegacyEncoding.VNI), "Latin-1 only Unicode");
        assertNull(LegacyEncoding.detect("Is this the report? Yes. See 2.1 above.", null));
    }

    @Test
    void capitalsOfTcvn3CapitalFonts() {
        // converted text as a .VnTimeH heading gives it → what was drawn; ordinary text stays
        java.util.Map.of(
                        "I. CôNG TáC CHỉ ĐạO", "I. CÔNG TÁC CHỈ ĐẠO",
                        "Về CôNG TáC", "VỀ CÔNG TÁC",
                        "TM. ủY BAN NHâN DâN", "TM. ỦY BAN NHÂN DÂN",
                        "Cô giáo ở Đà Lạt", "Cô giáo ở Đà Lạt",
                        "Số: /BC-UBND", "Số: /BC-UBND")
                .forEach((in, drawn) -> assertEquals(drawn, LegacyEncoding.capitalizeTcvn3(in), in));
    }
}
