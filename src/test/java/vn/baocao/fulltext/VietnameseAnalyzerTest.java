package vn.baocao.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void accentedFieldKeepsDiacriticsInOneTonePlacement() throws IOException {
        Analyzer a = new VietnameseAnalyzer(false);
        assertEquals(List.of("phường", "hoà", "thuận"), tokens(a, "Phường Hòa Thuận"));
        assertEquals(tokens(a, "hoà thuận"), tokens(a, "HÒA THUẬN"));
    }

    @Test
    void foldedFieldMatchesQueriesWithoutDiacritics() throws IOException {
        Analyzer a = new VietnameseAnalyzer(true);
        assertEquals(List.of("ke", "hoach", "so", "75"), tokens(a, "Kế hoạch số 75"));
        assertEquals(tokens(a, "hoa thuan"), tokens(a, "Hòa Thuận"));
        assertEquals(List.of("dong", "thap"), tokens(a, "Đồng Tháp"));
    }

    @Test
    void pairFieldsHoldAdjacentSyllablesAsOneTerm() throws IOException {
        assertEquals(
                List.of("cai_cach", "cach_hanh", "hanh_chinh"),
                tokens(new VietnameseAnalyzer(true, true), "Cải cách hành chính"));
        assertEquals(
                List.of("cải_cách", "cách_hành", "hành_chính"),
                tokens(new VietnameseAnalyzer(false, true), "CẢI CÁCH HÀNH CHÍNH"));
        assertEquals(
                ReportIndex.pairs(ReportIndex.terms(ReportIndex.TEXT, "Hòa Thuận")),
                ReportIndex.terms(ReportIndex.TEXT_PAIRS, "hoà thuận"),
                "one tone placement in the pairs too");
        assertEquals(List.of(), tokens(new VietnameseAnalyzer(true, true), "một"), "one syllable: no pair");
    }
}
