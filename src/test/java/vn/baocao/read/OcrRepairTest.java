package vn.baocao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCR confusions that break extraction, and the ones that must be left alone. */
class OcrRepairTest {

    @Test
    void lettersReadForDigitsInsideNumbersAndSymbols() {
        assertEquals(
                "Kế hoạch số 15/KH-UBND ngày 24/01/2025", OcrRepair.repair("Kế hoạch số l5/KH-UBND ngày 24/O1/2O25"));
        assertEquals("đạt 100%", OcrRepair.repair("đạt 1OO%"));
        assertEquals("07/28 nhiệm vụ", OcrRepair.repair("O7/28 nhiệm vụ"));
    }

    @Test
    void wordsAndRomanNumeralsStay() {
        String text = "Quý I năm 2025, Lãnh đạo UBND phường Hòa Thuận; mô hình";
        assertEquals(text, OcrRepair.repair(text));
    }

    @Test
    void ethAndDoubledDInSymbols() {
        assertEquals("Quyết định số 26/QĐ-UBND", OcrRepair.repair("Quyết định số 26/QĐÐ-UBND"));
        assertEquals("ĐỀ ÁN", OcrRepair.repair("ÐỀ ÁN"));
    }

    @Test
    void spacesAroundSlashes() {
        assertEquals("số 75/KH-UBND ngày 24/01/2025", OcrRepair.repair("số 75 / KH-UBND ngày 24/ 01 /2025"));
    }

    @Test
    void romanPartWithoutDotAndOutOfSequence() {
        assertEquals("II. KẾT QUẢ THỰC HIỆN", OcrRepair.repair("II KẾT QUẢ THỰC HIỆN"));
        List<String> parts = List.of("I. CÔNG TÁC", "văn bản", "II. KẾT QUẢ", "II. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG");
        assertEquals(
                List.of("I. CÔNG TÁC", "văn bản", "II. KẾT QUẢ", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG"),
                OcrRepair.romanSequence(parts));
        List<String> fine = List.of("I. A B", "II. CD", "III. EF");
        assertEquals(fine, OcrRepair.romanSequence(fine));
    }
}
