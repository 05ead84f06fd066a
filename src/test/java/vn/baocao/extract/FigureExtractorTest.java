package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.ProjectFiles;
import vn.baocao.rules.RuleSet;

/** Figures in real sentences of the corpus reports: number formats, kinds, units and what is not a figure. */
class FigureExtractorTest {

    static final RuleSet RULES = RuleSet.defaults();
    static final ReferenceExtractor REFS = new ReferenceExtractor(RULES);
    static final FigureExtractor FIGURES = new FigureExtractor(RULES);

    static List<Figure> figures(String text) {
        Passage unit = new Passage(text, 1, "I.1");
        List<Figure> found = FIGURES.extract(unit, REFS.extract(unit));
        for (Figure f : found) {
            assertEquals(f.text(), text.substring(f.start(), f.end()), "span of " + f);
        }
        return found;
    }

    static String keys(List<Figure> fs) {
        return String.join(
                "; ",
                fs.stream()
                        .map(f ->
                                f.kind().json() + " " + num(f.value()) + (f.total() == null ? "" : "/" + num(f.total()))
                                        + (f.unit() == null ? "" : " " + f.unit()))
                        .toList());
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bộ phận Một cửa huyện tiếp nhận 1.334 hồ sơ thủ tục hành chính|count 1334 hồ sơ",
                "hoàn thành 07/19 chỉ tiêu, đạt 36,84% kế hoạch CCHC.|ratio 7/19 chỉ tiêu; percent 36.84 %",
                "Thu ngân sách nhà nước năm 2024 ước thực hiện: 7.159.635.648 đồng/5.684.600.000 đồng, đạt 125,95% so với dự toán.|money 7159635648 đồng; money 5684600000 đồng; percent 125.95 %",
                "tổng chi ngân sách ước đạt 301.953,3 triệu đồng.|money 301953.3 triệu đồng",
                "Số hồ sơ đã đồng bộ lên Cổng DVCQG là 5.090/5.370 hồ sơ (đạt 15,5%).|ratio 5090/5370 hồ sơ; percent 15.5 %",
                "Điểm trung bình nhóm chỉ số công khai của Phường đạt 2,8/18 điểm, đạt 100%.|ratio 2.8/18 điểm; percent 100 %",
                "Cao cấp 1/10= 10%, Trung cấp 8/10 đồng chí = 80%, Sơ cấp 1/10= 10 %.|ratio 1/10; percent 10 %; ratio 8/10 đồng chí; percent 80 %; ratio 1/10; percent 10 %",
                "Số lượng hồ sơ đang giải quyết: 07 hồ sơ; trong đó, trong hạn: 07 hồ sơ, quá hạn: 00 hồ sơ.|count 7 hồ sơ; count 7 hồ sơ; count 0 hồ sơ",
                "Hiện tại Phường có tổng số 23 máy vi tính (19 máy để bàn, có 1 máy mật và 04 máy laptop), 06 máy in.|count 23 máy vi tính; count 19 máy; count 1 máy; count 4 máy; count 6 máy in",
                "Số mới tiếp nhận trong kỳ: 00 PAKN (phản ánh từ 1022); số từ kỳ trước chuyển qua: 00 PAKN.|count 0 PAKN; count 0 PAKN",
                "- Cấp xã:142|count 142",
                "Tổng số biên chế được giao trong năm 20, (hiện có 10 cán bộ, 9 công chức).|count 20; count 10 cán bộ; count 9 công chức"
            })
    void numberFormatsKindsAndUnits(String text, String expected) {
        assertEquals(expected, keys(figures(text)));
    }

    @Test
    void valuesAtLineEndsAfterTheirLabels() {
        assertEquals(
                "count 5; count 0",
                keys(figures("- Số lượng TTHC được rà soát: 05\n- Số lượng TTHC đã được phê duyệt: 0")));
    }

    @Test
    void scoresAndRanksAreNotCounts() {
        assertEquals(
                "ratio 18/100 điểm; other 0 điểm",
                keys(figures("Chỉ số thành phần đạt 18/100 điểm, có tiêu chí đạt 0 điểm.")));
        assertEquals("ratio 19/63", keys(figures("Tỉnh xếp hạng 19/63 (thuộc nhóm khá).")));
        assertEquals("count 248 điểm cầu", keys(figures("Kết nối 248 điểm cầu cấp xã.")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thực hiện Kế hoạch số 75/KH-UBND ngày 24/01/2025 và Nghị định 61/2018/NĐ-CP của Chính phủ.",
                "Niêm yết công khai số điện thoại tổng đài 1022. Tuyên truyền tổng đài dịch vụ công 1022 tỉnh Đồng Tháp.",
                "Tiếp nhận và trả kết quả trên phần mềm motcua.dongthap.gov.vn và https://dichvucong.gov.vn/p/home.",
                "Đầu năm 2025 tiếp tục đẩy mạnh công tác CCHC trong Quý 1 và quý III/2023, đến tháng 3/2025.",
                "giai đoạn 2021 – 2026 (rà soát, bổ sung năm 2024), kỳ báo cáo (15/12/2023-10/11/2024)",
                "Số hồ sơ thực hiện dịch vụ công mức độ 3,4 theo tiêu chuẩn ISO 9001:2015",
                "theo quy định tại điểm đ, khoản 1 Điều 5; phương châm 6 biết; báo cáo 6 tháng đầu năm",
                "ban hành kế hoạch thực hiện cải cách hành chính năm 2025¹, của Đề án 06 trên địa bàn phường 4.",
                // numbers inside names, in sentences of the shape real reports have
                "bảo đảm chính quyền địa phương 02 cấp vận hành thông suốt, hiệu quả",
                "triển khai kế hoạch với yêu cầu 5 rõ: rõ người, rõ việc, rõ thời gian, theo nguyên tắc 5-4-3-2-1",
                "Kết quả đợt cao điểm 90 ngày đêm làm sạch dữ liệu; áp dụng Bộ chỉ số PCI 2.0 từ năm sau",
                "đánh giá theo Bộ chỉ số 766 về chất lượng phục vụ người dân, doanh nghiệp"
            })
    void numbersThatAreNotFigures(String text) {
        assertEquals("", keys(figures(text)));
    }

    @Test
    void anIndexSetCountingItsItemsIsAFigure() {
        assertEquals("count 30 chỉ tiêu", keys(figures("Bộ chỉ số 30 chỉ tiêu đánh giá mức độ hài lòng")));
    }

    @Test
    void typosKeepTheirTextAndDoNotBreakNeighbours() {
        List<Figure> fs = figures(
                "1.635 văn bản phát hành có ký số, đạt tỷ lệ 70/23%. Trong quý huyện đã tinh giản biên chế được 01 viên chức, đạt 11, 11% kế hoạch năm.");
        assertEquals("count 1635 văn bản; percent 70.23 %; count 1 viên chức; percent 11.11 %", keys(fs));
        assertEquals("70/23%", fs.get(1).text());
        assertEquals("typo in source", fs.get(1).note());
        assertEquals("11, 11%", fs.get(3).text());
        assertNull(fs.get(0).note());
    }

    @Test
    void subjectsComeFromContext() {
        List<Figure> fs = figures(
                "Từ đầu năm 2025, UBND Phường đã đề ra 28 nhiệm vụ cụ thể, phân công cụ thể công chức. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 95%.");
        assertEquals("nhiệm vụ cụ thể", fs.get(0).subject());
        assertTrue(
                fs.get(1).subject().startsWith("Tỷ lệ số hóa hồ sơ"), fs.get(1).subject());
    }

    @Test
    void tokensRegexRulesComposeSubjects() {
        List<Figure> fs = figures(
                "- Số lượng hồ sơ đã giải quyết: 221 hồ sơ; trong đó, giải quyết trước hạn 219 hồ sơ, đúng hạn: 02 hồ sơ.");
        assertEquals("Số lượng hồ sơ đã giải quyết", fs.get(0).subject());
        assertEquals("hồ sơ giải quyết trước hạn", fs.get(1).subject());
        assertEquals("đúng hạn", fs.get(2).subject());
        assertEquals(
                "tỷ lệ hồ sơ được tiếp nhận phải được cập nhật lên phần mềm một cửa",
                figures(
                                "Theo dõi chặt chẽ, đảm bảo 100% hồ sơ được tiếp nhận phải được cập nhật lên phần mềm một cửa; thường xuyên họp")
                        .get(0)
                        .subject());
    }

    @Test
    void aBrokenTokensRegexRuleNamesFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("figure-subjects.tsv"), "# mine\nbroken\t(?$subject [{word:/x/}\n");
        vn.baocao.rules.RuleException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.baocao.rules.RuleException.class, () -> new FigureExtractor(RuleSet.load(dir)));
        assertTrue(
                e.getMessage().contains("figure-subjects.tsv") && e.getMessage().contains("dòng 2"), e.getMessage());
        java.nio.file.Files.writeString(dir.resolve("figure-subjects.tsv"), "nogroup\t[{tag:FIG}]+\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.baocao.rules.RuleException.class, () -> new FigureExtractor(RuleSet.load(dir)));
        assertTrue(e.getMessage().contains("$subject"), e.getMessage());
    }

    @Test
    void appendixStatisticsTablesOfTheCorpus() throws Exception {
        Extraction x = new ReportExtractor(RULES).extract(ProjectFiles.path("corpus/003_bf6a6dcb66bb9229.txt"));
        List<Figure> table =
                x.figures().stream().filter(f -> f.indicator() != null).toList();
        assertTrue(table.size() >= 40, "statistics values: " + table.size());
        Figure f331 = table.stream()
                .filter(f -> f.indicator().equals("3.3.1"))
                .findFirst()
                .orElseThrow();
        assertEquals("Số vấn đề phát hiện qua kiểm tra", f331.subject());
        assertEquals("Vấn đề", f331.unit());
        assertEquals(0, f331.value());
        Figure ratio = table.stream()
                .filter(f -> f.indicator().equals("1"))
                .findFirst()
                .orElseThrow();
        assertEquals("ratio 8/8 Văn bản", keys(List.of(ratio)));
        assertTrue(table.stream()
                .anyMatch(f -> f.kind() == Figure.Kind.PERCENT && f.value() == 99.6 && "%".equals(f.unit())));
        assertTrue(
                table.stream().anyMatch(f -> f.kind() == Figure.Kind.MONEY && f.value() == 1000), "1.000 triệu đồng");
        assertTrue(
                table.stream().anyMatch(f -> f.kind() == Figure.Kind.OTHER), "coded values (Chưa = 0, Hoàn thành = 1)");
        // the cells of a statistics table are not read again as running text
        long codes = x.figures().stream()
                .filter(f -> f.indicator() == null && f.text().matches("\\d+(\\.\\d+)+"))
                .count();
        assertEquals(0, codes);
    }
}
