package vn.baocao.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.baocao.rules.RuleSet;

class DocumentSymbolsTest {

    static final DocumentSymbols SYMBOLS = new DocumentSymbols(RuleSet.defaults());

    static List<String> keys(String query) {
        return SYMBOLS.mentionsInQuery(query).stream()
                .map(DocumentSymbols.Mention::key)
                .toList();
    }

    @Test
    void everySpellingOfAPlanNamesTheSameKey() {
        for (String q : List.of(
                "75/KH-UBND",
                "75/kh-ubnd",
                "KH 75",
                "kh số 75",
                "ke hoach so 75",
                "Kế hoạch số 75",
                "Kế hoạch 75/KH-UBND",
                "kế hoạch số: 075")) {
            assertEquals(List.of("KH:75"), keys(q), q);
        }
    }

    @Test
    void aWholeSymbolIsOneMentionSpanningItsTypeName() {
        List<DocumentSymbols.Mention> m = SYMBOLS.mentionsInQuery("Kế hoạch 75/KH-UBND cải cách");
        assertEquals(1, m.size());
        assertEquals("75/KH-UBND", m.get(0).canonical());
        assertEquals(0, m.get(0).start());
        assertEquals("Kế hoạch 75/KH-UBND".length(), m.get(0).end());
        assertEquals("ND:61", SYMBOLS.mentionsInQuery("61/2018/NĐ-CP").get(0).key());
        assertEquals("QD:26", keys("quyết định 26").get(0));
    }

    @Test
    void variantSpellingsInTextMeet() {
        assertEquals(Set.of("12/KH-UBND"), SYMBOLS.symbolsIn("Kế hoạch số: 12-KH-UBND, ngày 28/02/2023"));
        assertEquals(SYMBOLS.symbolsIn("Kế hoạch số: 04/ KH-UBND"), SYMBOLS.symbolsIn("Kế hoạch 04/KH-UBND"));
        assertTrue(SYMBOLS.keysIn("Thực hiện công văn số 2119/PNV ngày 13 tháng 9")
                .containsAll(Set.of("PNV:2119", "CV:2119")));
    }

    @Test
    void ratiosDatesAndPlaceNamesAreNotSymbols() {
        assertEquals(
                Set.of(),
                SYMBOLS.symbolsIn(
                        "thực hiện 07/28 nhiệm vụ, ngày 24/01/2025, Phường 4-Đông Hà, Quý IV/2023, ISO 9001:2015"));
        assertEquals(List.of(), SYMBOLS.mentionsInQuery("hoa thuan"));
    }

    @Test
    void aTypeNameBrokenOverTwoLinesStillNamesItsDocument() {
        // a plain-text rendition of a PDF breaks lines anywhere, also between "Kế" and "hoạch"
        assertTrue(SYMBOLS.keysIn("triển khai Kế\nhoạch số 75 của UBND phường; Công\nvăn 28")
                .containsAll(Set.of("KH:75", "CV:28")));
    }
}
