package vn.baocao.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;

class TextTokensTest {

    /** Every token of a stream as "term@increment[start,end)", then the end state. */
    static List<String> dump(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t + "@" + inc.getPositionIncrement() + "[" + o.startOffset() + "," + o.endOffset() + ")");
            }
            ts.end();
            out.add("end@" + inc.getPositionIncrement() + "[" + o.startOffset() + "," + o.endOffset() + ")");
        }
        return out;
    }

    /** The shared tokens of a text in each field are exactly what the field's analyser makes of it. */
    static void assertSameAsAnalyzer(String text) throws IOException {
        TextTokens tokens = TextTokens.of(text);
        for (boolean fold : new boolean[] {false, true}) {
            for (boolean pairs : new boolean[] {false, true}) {
                assertEquals(
                        dump(new VietnameseAnalyzer(fold, pairs).tokenStream("f", text)),
                        dump(tokens.stream(fold, pairs)),
                        "fold " + fold + ", pairs " + pairs + ": " + text);
            }
        }
    }

    @Test
    void eachFieldGetsTheTokensOfItsOwnAnalyzer() throws IOException {
        for (String text : List.of(
                "",
                "một",
                "  Hòa  ",
                "Phường Hòa Thuận, thủy lợi; QUÝ I năm 2024.",
                "Kế hoạch số 75/KH-UBND ngày 12/3/2024 và Nghị định 61/2018/NĐ-CP (e-mail: vp@hoathuan.gov.vn)",
                "Ho\u0300a thua\u0323n — NFD",
                "đường ĐT-741 x 3,5 km; 12,5%; 1.234.567 đồng",
                "a".repeat(300) + " b " + "c".repeat(600),
                "中文 字 テスト 😀 x",
                "cải_cách hành\tchính\n\nmới")) {
            assertSameAsAnalyzer(text);
        }
    }

    @Test
    void theCorpusTextsGetTheTokensOfTheAnalyzers() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ProjectFiles.path("corpus"))) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertSameAsAnalyzer(Files.readString(f));
        }
    }
}
