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
    void tableFoldAgreesWithTheDefinitionOnTheCorpusAndOnEveryCharacter() throws Exception {
        // every seed report, and in decomposed (NFD) form
        try (java.util.stream.Stream<java.nio.file.Path> files =
                java.nio.file.Files.list(vn.baocao.ProjectFiles.path("corpus"))) {
            java.util.List<java.nio.file.Path> seeds =
                    files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertEquals(5, seeds.size());
            for (java.nio.file.Path f : seeds) {
                String text = java.nio.file.Files.readString(f);
                assertEquals(VietnameseText.foldSlowly(text), VietnameseText.fold(text), f.toString());
                String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
                assertEquals(VietnameseText.foldSlowly(nfd), VietnameseText.fold(nfd), f + " (NFD)");
            }
        }
        // each BMP character alone and between letters (context-dependent lower-casing: Greek final sigma)
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            assertEquals(
                    VietnameseText.foldSlowly(s),
                    VietnameseText.fold(s),
                    () -> "U+" + Integer.toHexString(s.charAt(0)));
            String w = "Đa" + s + "Σ";
            assertEquals(
                    VietnameseText.foldSlowly(w),
                    VietnameseText.fold(w),
                    () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
        assertEquals("i", VietnameseText.fold("\u0130")); // İ: two chars when lower-cased, one after folding
        assertEquals("ao so", VietnameseText.fold("Áo số"));
    }

    @Test
    void theQuickNfcCheckOnlyAdmitsCharactersNfcLeavesAlone() {
        int admitted = 0;
        for (int c = 0; c < 0x10000; c++) {
            String s = String.valueOf((char) c);
            if (!VietnameseText.isSurelyNfc(s)) {
                continue;
            }
            admitted++;
            int type = Character.getType(c);
            // NFC changes neither the character alone nor after a letter (only combining marks compose)
            assertTrue(
                    Character.isSurrogate((char) c) || Normalizer.isNormalized(s, Normalizer.Form.NFC),
                    () -> "U+" + Integer.toHexString(s.charAt(0)));
            assertTrue(
                    type != Character.NON_SPACING_MARK
                            && type != Character.COMBINING_SPACING_MARK
                            && type != Character.ENCLOSING_MARK,
                    () -> "U+" + Integer.toHexString(s.charAt(0)));
            assertEquals("a" + s, Normalizer.normalize("a" + s, Normalizer.Form.NFC));
        }
        assertTrue(admitted > 1000);
        assertFalse(VietnameseText.isSurelyNfc("Ho\u0300a")); // decomposed: the full check decides
        assertEquals("Hòa", VietnameseText.nfc("Ho\u0300a"));
        assertEquals("\u2002", VietnameseText.nfc("\u2000")); // EN QUAD is a singleton decomposition
    }

    @Test
    void canonicalTonePlacementLeavesSyllablesWithoutAGlideAlone() {
        assertEquals("của mùa hoàn thuở", VietnameseText.canonical("của mùa hoàn thuở"));
        assertEquals("hoà, thuỷ; khoẻ.", VietnameseText.canonical("hòa, thủy; khỏe."));
        assertEquals("Hoà", VietnameseText.canonical("Hòa"));
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
