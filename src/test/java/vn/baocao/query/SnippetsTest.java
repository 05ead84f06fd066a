package vn.baocao.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Snippets made from the stretches the scan picks are the snippets of the whole text analysed: on texts mixing
 * what queries look for with what could mislead the scan (symbols, dates, list items, other tone placements,
 * capitals, decomposed letters, other scripts, symbols and emoji, joiners, words longer than a token).
 */
class SnippetsTest {

    /** Queries parsed as a search parses them (no archive needed). */
    private static final Search PARSER =
            new Search(null, new vn.baocao.fulltext.DocumentSymbols(vn.baocao.rules.RuleSet.defaults()));

    static final List<String> QUERIES = List.of(
            "kế hoạch 75",
            "75/KH-UBND",
            "KH 75",
            "ke hoach so 12",
            "61/2018/NĐ-CP",
            "\"cải cách hành chính\"",
            "cai cach hanh chinh",
            "Đề án 06",
            "chỉ số",
            "hòa giải",
            "\"dịch vụ công trực tuyến\"",
            "ho so truc tuyen",
            "số",
            "2025",
            "a_b",
            "tuyen truyen cai cach");

    static final List<String> PIECES = List.of(
            "Kế hoạch",
            "kế hoạch số 75",
            "75/KH-UBND",
            "75 / KH - UBND",
            "75/2024/KH-UBND",
            "75.KH",
            "(75)",
            "(75/KH-UBND)",
            "(kế hoạch 75)",
            "«chỉ số»",
            "KH75",
            "KH 75",
            "Kế hoạch số 12/KH-UBND",
            "12",
            "61/2018/NĐ-CP",
            "NĐ-CP",
            "cải cách hành chính",
            "CẢI CÁCH HÀNH CHÍNH",
            "cái cách",
            "Cải\u00ADcách",
            "cải\u2060cách",
            "cải\u200Bcách",
            "cai cach hanh chinh",
            "Đề án 06",
            "ĐỀ ÁN 06",
            "06/ĐA-BCĐ",
            "(6)",
            "09/6/2025",
            "chỉ số",
            "Sở",
            "Số:",
            "hoà giải",
            "hòa giải",
            "ho\u0300a gia\u0309i",
            "dịch vụ công trực tuyến",
            "hồ sơ trực tuyến",
            "Σοφία",
            "ΣΟΦΙΑ",
            "Москва",
            "北京",
            "😀",
            "✓",
            "●",
            "≥",
            "©",
            "",
            "a_b",
            "_b",
            "3.5",
            "a'b",
            "ﬁ",
            "Å",
            "x".repeat(300) + "kh",
            "2025",
            "năm 2025",
            "\n",
            "\t",
            "  ",
            ".",
            ";",
            "-",
            "/",
            ",",
            "—",
            "…");

    @Test
    void theScanFindsWhatTheWholeTextAnalysedFinds() throws Exception {
        Random random = new Random(18);
        int texts = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int n = 5 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                String piece = PIECES.get(random.nextInt(PIECES.size()));
                if (round % 2 == 0
                        && piece.chars()
                                .anyMatch(c ->
                                        c == 'Σ' || c >= 0x0300 && c < 0x0370 || Character.isSurrogate((char) c))) {
                    continue; // half the texts without what makes the whole text analysed
                }
                text.append(piece);
                int gap = random.nextInt(10);
                text.append(gap < 6 ? " " : gap < 7 ? "" : gap < 8 ? ", " : gap < 9 ? ". " : "\n");
            }
            for (String q : QUERIES) {
                Snippets s = Snippets.of(PARSER.parse(q).highlight());
                assertEquals(s.of(text.toString(), true), s.of(text.toString()), q + " in: " + text);
                texts++;
            }
        }
        assertTrue(texts > 0);
    }
}
