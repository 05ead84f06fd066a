package vn.baocao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void oldAndNewTonePlacementShareOneCanonicalForm() {
        assertEquals(VietnameseText.canonical("hoà"), VietnameseText.canonical("hòa"));
        assertEquals("hoà", VietnameseText.canonical("hòa"));
        assertEquals("thuỷ", VietnameseText.canonical("thủy"));
        assertEquals("khoẻ", VietnameseText.canonical("khỏe"));
        assertEquals("Phường Hoà Thuận", VietnameseText.canonical("Phường Hòa Thuận"));
        assertEquals("HOÀ", VietnameseText.canonical("HÒA"));
    }

    @Test
    void syllablesThatAreNotOpenGlideSyllablesStay() {
        // tone on a closed syllable or on the main vowel already: untouched
        assertEquals("hoàn thành", VietnameseText.canonical("hoàn thành"));
        assertEquals("quý", VietnameseText.canonical("quý"));
        assertEquals("thuyền", VietnameseText.canonical("thuyền"));
        assertEquals("toán", VietnameseText.canonical("toán"));
    }

    @Test
    void decomposedInputIsComposed() {
        String nfd = Normalizer.normalize("Cải cách hành chính", Normalizer.Form.NFD);
        assertFalse(nfd.equals("Cải cách hành chính"));
        assertEquals("Cải cách hành chính", VietnameseText.nfc(nfd));
    }

    @Test
    void foldingRemovesDiacriticsAndDBar() {
        assertEquals("hoa thuan", VietnameseText.fold("Hòa Thuận"));
        assertEquals("dong thap", VietnameseText.fold("Đồng Tháp"));
        assertEquals(VietnameseText.fold("hoà"), VietnameseText.fold("hòa"));
    }

    @Test
    void upperCaseText() {
        assertTrue(VietnameseText.isUpperCaseText("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"));
        assertFalse(VietnameseText.isUpperCaseText("Công tác chỉ đạo"));
        assertFalse(VietnameseText.isUpperCaseText("2025"));
    }
}
