package vn.baocao.index;

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
}
