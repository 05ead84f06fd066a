package vn.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/** Each check on sentences and tables of the shape real reports have (written for the test). */
class FigureChecksTest {

    static ReportExtractor extractor;
    static ReportCheck checks;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        extractor = new ReportExtractor(RuleSet.defaults());
        checks = new ReportCheck(RuleSet.defaults());
    }

    /** A report of a phường for a period, with the given body paragraphs and appendix lines. */
    Extraction report(String period, String body, String appendix) throws Exception {
        String text = "ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\n\nSố: 12/BC-UBND\n\nAn Bình, ngày 15 tháng 3 năm 2025\n\n"
                + "BÁO CÁO\nKết quả cải cách hành chính " + period + "\n\n"
                + "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chỉ đạo\n\n" + body.replace("\n", "\n\n") + "\n\n"
                + (appendix == null ? "" : "PHỤ LỤC\n\n" + appendix + "\n");
        Path f = Files.createTempFile(dir, "bc", ".txt");
        Files.writeString(f, text);
        return extractor.extract(f);
    }

    List<Finding> check(String body) throws Exception {
        return checks.check(report("Quý I năm 2025", body, null));
    }

    List<Finding> check(String body, String appendix) throws Exception {
        return checks.check(report("Quý I năm 2025", body, appendix));
    }

    static List<Finding> of(List<Finding> fs, Finding.Kind kind) {
        return fs.stream().filter(f -> f.kind() == kind).toList();
    }

    // ------------------------------------------------------------------ ratio ↔ percentage

    @Test
    void aPercentageWithinTheRoundingOfItsRatioIsNoFinding() throws Exception {
        assertEquals(List.of(), check("Đã hoàn thành 7/19 nhiệm vụ, đạt 36,84% kế hoạch."));
        // cut instead of rounded: 8.726/10.000 = 87,26 printed 87,2 or 87,3
        assertEquals(List.of(), check("Đã tra cứu 8.726/10.000 lượt, đạt tỷ lệ 87,2%."));
        assertEquals(List.of(), check("Đã tra cứu 8.726/10.000 lượt, đạt tỷ lệ 87,3%."));
        assertEquals(List.of(), check("Tỷ lệ hồ sơ trực tuyến đạt 90,58% (8.152/9.000 hồ sơ)."));
    }

    @Test
    void aPercentageThatIsNotItsRatioIsAFinding() throws Exception {
        List<Finding> fs = check("Đã hoàn thành 7/19 nhiệm vụ, đạt 38,84% kế hoạch.");
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(Finding.Kind.RATIO_PERCENT, f.kind());
        assertEquals("36,84%", f.expected());
        assertEquals("38,84%", f.printed());
        assertEquals("7/19 nhiệm vụ", f.places().get(0).text());
        assertEquals("I.1", f.places().get(0).section());
        assertTrue(f.places().get(0).span().known());
        assertTrue(f.explanation().contains("36,84%"), f.explanation());
        // the percentage first, the ratio in parentheses
        List<Finding> before = check("Tỷ lệ giải quyết đúng hạn đạt 46,5% (45.122/96.733 hồ sơ).");
        assertEquals(List.of("46,6%"), before.stream().map(Finding::expected).toList());
        assertEquals(
                1,
                check("Số hồ sơ được số hóa là 15.463/17.731 hồ sơ, đạt 87,02%.")
                        .size());
        Finding cut = check("Đã tra cứu 8.726/10.000 lượt, đạt tỷ lệ 87,1%.").get(0);
        assertEquals("87,3%", cut.expected());
    }

    @Test
    void aPartsPercentageIsOfItsWhole() throws Exception {
        assertEquals(
                List.of(),
                check("Tổng số hồ sơ đã giải quyết là 2.500 hồ sơ; trong đó: số hồ sơ đúng hạn là 2.450 "
                        + "(tỷ lệ 98%), số hồ sơ trễ hạn là 50 (tỷ lệ 2%)."));
        List<Finding> fs = check("Tổng số hồ sơ đã giải quyết là 2.500 hồ sơ; trong đó: số hồ sơ đúng hạn là 2.450 "
                + "(tỷ lệ 96%), số hồ sơ trễ hạn là 50 (tỷ lệ 2%).");
        assertEquals(List.of("98%"), fs.stream().map(Finding::expected).toList());
        assertEquals(
                List.of(), check("Đã cấp phiếu cho 1.200 hồ sơ trên tổng số 1.600 hồ sơ tiếp nhận, đạt tỷ lệ 75%."));
        assertEquals(
                1,
                check("Đã cấp phiếu cho 1.200 hồ sơ trên tổng số 1.600 hồ sơ tiếp nhận, đạt tỷ lệ 80%.")
                        .size());
    }

    @Test
    void aPercentageOfSomethingElseIsNotTheRatios() throws Exception {
        assertEquals(List.of(), check("Đã giải ngân 300/1.000 triệu đồng, tăng 15% so với cùng kỳ."));
        assertEquals(List.of(), check("Đã nộp 654/871 triệu đồng, trường hợp đạt 100% thì được điểm tối đa."));
        assertEquals(
                List.of(),
                check("Tỷ lệ văn bản ký số đạt 93,76% (1051/1121 văn bản), ký số của lãnh đạo đạt 96,96% "
                        + "(1019/1051 văn bản)."));
    }

    // ------------------------------------------------------------------ parts ↔ total

    @Test
    void partsThatMakeUpTheirTotal() throws Exception {
        assertEquals(
                List.of(),
                check("Tổng số hồ sơ tiếp nhận là 1.200 hồ sơ, gồm 800 hồ sơ trực tuyến và 400 hồ sơ trực tiếp."));
        assertEquals(
                List.of(),
                check("Tổng số đơn vị sự nghiệp là 271, trong đó: 12 đơn vị tự bảo đảm chi đầu tư, "
                        + "123 đơn vị tự bảo đảm một phần (36 đơn vị từ 70%, 58 đơn vị từ 30%, 29 đơn vị dưới 30%), 136 đơn vị do "
                        + "Nhà nước bảo đảm."));
        // money in tỷ đồng is rounded: 19.596 + 2.548 = 22.144 against 22.143 is within the rounding
        assertEquals(
                List.of(),
                check("Dự toán chi đầu tư là 22.143 tỷ đồng (gồm kế hoạch năm nay là 19.596 tỷ đồng; "
                        + "vốn năm trước chuyển sang là 2.548 tỷ đồng)."));
        // "trong đó" names some of the parts
        assertEquals(List.of(), check("Đã tiếp nhận 1.200 hồ sơ, trong đó 700 hồ sơ trực tuyến."));
    }

    @Test
    void partsThatDoNotMakeUpTheirTotal() throws Exception {
        List<Finding> fs =
                check("Tổng số hồ sơ tiếp nhận là 1.200 hồ sơ, gồm 700 hồ sơ trực tuyến và 400 hồ sơ trực tiếp.");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Finding.Kind.PARTS_TOTAL, fs.get(0).kind());
        assertEquals("1.100", fs.get(0).expected());
        assertEquals(3, fs.get(0).places().size());
        // some parts cannot exceed the whole
        assertEquals(
                List.of("1.300"),
                check("Đã tiếp nhận 1.200 hồ sơ, trong đó 700 hồ sơ trực tuyến, 600 hồ sơ qua " + "bưu chính.").stream()
                        .map(Finding::expected)
                        .toList());
        assertEquals(
                1,
                check("Toàn phường có 23 máy vi tính (15 máy để bàn, 10 máy xách tay).")
                        .size());
    }

    @Test
    void aDifferenceTheTextExplainsIsNoFinding() throws Exception {
        assertEquals(
                List.of(),
                check("Tổng số hồ sơ tiếp nhận là 1.200 hồ sơ, gồm 700 hồ sơ trực tuyến và 400 hồ sơ "
                        + "trực tiếp (không tính 100 hồ sơ chuyển từ kỳ trước)."));
        // explained in a footnote
        assertEquals(
                List.of(),
                check("Tổng số hồ sơ tiếp nhận là 1.200 hồ sơ, gồm 700 hồ sơ trực tuyến và 400 hồ sơ "
                        + "trực tiếp².\n²Số liệu chưa bao gồm 100 hồ sơ chuyển từ kỳ trước."));
        assertEquals(
                List.of(),
                check("Đã hoàn thành 7/19 nhiệm vụ, đạt 42,1% kế hoạch³.\n"
                        + "³Tỷ lệ không tính 1 nhiệm vụ được điều chỉnh."));
    }

    @Test
    void valuesAfterLabelsOfOtherAttributesAreNoParts() throws Exception {
        assertEquals(
                List.of(),
                check("Biên chế có mặt là 101/108 biên chế (Nữ: 43) (Trong đó: Đảng viên: 94; Thạc sĩ: 9, "
                        + "Đại học: 92; Cao cấp lý luận chính trị: 35)."));
        // parts in another unit are not parts of this total
        assertEquals(
                List.of(),
                check("Đã công bố 68 Quyết định danh mục TTHC; trong đó, công bố mới 247 TTHC và bãi bỏ 60 TTHC."));
    }

    static final String TABLE_HEAD = "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n";

    @Test
    void tableGroupRowsAgainstTheirChildren() throws Exception {
        String ok = "Biểu mẫu 3\n\n" + TABLE_HEAD
                + "1.\tTổng số TTHC thuộc thẩm quyền giải quyết\tThủ tục\t1.500\t\n"
                + "1.1.\tSố TTHC cấp tỉnh\tThủ tục\t1.200\t\n"
                + "1.2.\tSố TTHC cấp xã\tThủ tục\t300\t\n"
                + "2.\tTỷ lệ hồ sơ giải quyết đúng hạn\t%\t99,10\t\n"
                + "2.1.\tTổng số hồ sơ đã giải quyết xong\tHồ sơ\t100.000\t\n"
                + "2.2.\tSố hồ sơ giải quyết đúng hạn\tHồ sơ\t99.107\t\n"
                + "3.\tTự chủ tài chính của đơn vị sự nghiệp\t\t900\t\n"
                + "3.1.\tTổng số đơn vị sự nghiệp\tĐơn vị\t100\t\n"
                + "3.2.\tSố đơn vị tự bảo đảm chi thường xuyên\tĐơn vị\t40\t\n"
                + "3.3.\tSố đơn vị do Nhà nước bảo đảm chi thường xuyên\tĐơn vị\t60\t\n";
        assertEquals(List.of(), check("Nội dung.", ok));
        String wrong = ok.replace("1.1.\tSố TTHC cấp tỉnh\tThủ tục\t1.200", "1.1.\tSố TTHC cấp tỉnh\tThủ tục\t1.300")
                .replace("\t%\t99,10", "\t%\t98,10");
        List<Finding> fs = check("Nội dung.", wrong);
        assertEquals(2, fs.size(), fs.toString());
        Finding parts = of(fs, Finding.Kind.PARTS_TOTAL).get(0);
        assertEquals("1.600", parts.expected());
        assertEquals("1", parts.places().get(0).indicator());
        assertEquals("Biểu mẫu 3, chỉ tiêu 1", parts.places().get(0).describe());
        Finding pct = of(fs, Finding.Kind.RATIO_PERCENT).get(0);
        assertEquals("99,11%", pct.expected());
        // the row's note explains it
        assertEquals(
                List.of(),
                check(
                        "Nội dung.",
                        ok.replace(
                                "1.1.\tSố TTHC cấp tỉnh\tThủ tục\t1.200\t",
                                "1.1.\tSố TTHC cấp tỉnh\tThủ tục\t1.300\tkhông tính 100 TTHC đang sửa đổi")));
    }

    // ------------------------------------------------------------------ body ↔ appendix

    static final String APPENDIX = "Biểu mẫu 2\n\n" + TABLE_HEAD
            + "1.\tTổng số VBQPPL do địa phương ban hành\tVăn bản\t120\t\n"
            + "1.1.\tSố VBQPPL do cấp tỉnh ban hành\tVăn bản\t86\t\n"
            + "1.2.\tSố VBQPPL do cấp xã ban hành\tVăn bản\t34\t\n"
            + "\nBiểu mẫu 6\n\n" + TABLE_HEAD
            + "1.\tTỷ lệ giải ngân kế hoạch vốn đầu tư công\t%\t47,6\t\n"
            + "1.1.\tKế hoạch vốn được giao\tTriệu đồng\t8.650.000\t\n"
            + "1.2.\tĐã giải ngân\tTriệu đồng\t4.120.000\t\n"
            + "\nBiểu mẫu 7\n\n" + TABLE_HEAD
            + "4.\tTỷ lệ TTHC có thu phí, lệ phí được thanh toán trực tuyến\t%\t100\t\n"
            + "4.1.\tTổng số TTHC có thu phí, lệ phí\tThủ tục\t218\t\n"
            + "4.2.\tSố TTHC đã triển khai thanh toán trực tuyến\tThủ tục\t218\t\n";

    @Test
    void theSameIndicatorInTheTextAndTheAppendix() throws Exception {
        String body =
                "Trong năm, HĐND tỉnh đã ban hành 21 Nghị quyết QPPL, Ủy ban nhân dân tỉnh ban hành 65 Quyết định QPPL "
                        + "và đã đăng tải đầy đủ.\n"
                        + "Lũy kế giải ngân kế hoạch vốn đầu tư công đạt 4.120/8.650 tỷ đồng, đạt 47,6% kế hoạch.\n"
                        + "Đến nay có 218/218 TTHC có thu phí, lệ phí được triển khai thanh toán trực tuyến (đạt 100%).";
        // tỷ đồng in the text, triệu đồng in the table: the same amounts
        assertEquals(List.of(), check(body, APPENDIX));
    }

    @Test
    void theTextAndTheAppendixDisagree() throws Exception {
        String body =
                "Trong năm, HĐND tỉnh đã ban hành 21 Nghị quyết QPPL, Ủy ban nhân dân tỉnh ban hành 64 Quyết định QPPL "
                        + "và đã đăng tải đầy đủ.\n"
                        + "Đến nay có 318/318 TTHC có thu phí, lệ phí được triển khai thanh toán trực tuyến (đạt 100%).\n"
                        + "Lũy kế giải ngân kế hoạch vốn đầu tư công đạt 4.120/8.650 triệu đồng, đạt 47,6% kế hoạch.";
        List<Finding> fs = of(check(body, APPENDIX), Finding.Kind.BODY_APPENDIX);
        assertEquals(3, fs.size(), fs.toString());
        Finding sum = fs.get(0);
        assertEquals("86 Văn bản", sum.expected());
        assertTrue(sum.printed().endsWith("= 85"), sum.printed());
        assertEquals(
                List.of("I.1", "I.1", "PHỤ LỤC.Biểu mẫu 2"),
                sum.places().stream().map(Place::section).toList());
        assertEquals("1.1", sum.places().get(2).indicator());
        Finding ratio = fs.get(1);
        assertEquals("318/318 TTHC", ratio.printed());
        assertEquals("218/218 Thủ tục", ratio.expected());
        // the same figures in triệu đồng instead of tỷ đồng: a thousand times off
        assertEquals("4.120/8.650 triệu đồng", fs.get(2).printed());
    }

    // ------------------------------------------------------------------ period ↔ period

    @Test
    void aCumulativeFigureThatFalls() throws Exception {
        Extraction august = report(
                "tháng 8 năm 2025",
                "Lũy kế từ đầu năm đến nay, đã cấp 1.250 tài khoản định danh điện tử " + "cho người dân.",
                null);
        Extraction september = report(
                "tháng 9 năm 2025",
                "Lũy kế từ đầu năm đến nay, đã cấp 1.180 tài khoản định danh " + "điện tử cho người dân.",
                null);
        List<Finding> fs = checks.check(september, august, PeriodChecks.DEFAULT_FACTOR);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Finding.Kind.PERIOD, fs.get(0).kind());
        assertEquals("1.180 tài khoản", fs.get(0).printed());
        Extraction october = report(
                "tháng 10 năm 2025",
                "Lũy kế từ đầu năm đến nay, đã cấp 1.400 tài khoản định danh " + "điện tử cho người dân.",
                null);
        assertEquals(List.of(), checks.check(october, august, PeriodChecks.DEFAULT_FACTOR));
        // counted from the start of the year: it starts again in January
        Extraction january = report(
                "tháng 1 năm 2026",
                "Lũy kế từ đầu năm đến nay, đã cấp 120 tài khoản định danh " + "điện tử cho người dân.",
                null);
        assertEquals(List.of(), checks.check(january, september, PeriodChecks.DEFAULT_FACTOR));
    }

    @Test
    void aTableValueThatJumps() throws Exception {
        String table = "Biểu mẫu 1\n\n" + TABLE_HEAD + "1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t%s\t\n"
                + "2.\tSố cuộc kiểm tra CCHC (lũy kế từ đầu năm)\tCuộc\t%s\t\n";
        Extraction q1 = report("Quý I năm 2025", "Nội dung.", table.formatted("12", "8"));
        Extraction q2 = report("Quý II năm 2025", "Nội dung.", table.formatted("1.400", "6"));
        List<Finding> fs = checks.check(q2, q1, PeriodChecks.DEFAULT_FACTOR);
        assertEquals(2, fs.size(), fs.toString());
        assertTrue(fs.stream().allMatch(f -> f.kind() == Finding.Kind.PERIOD));
        assertEquals(
                List.of("1", "2"),
                fs.stream().map(f -> f.places().get(0).indicator()).sorted().toList());
        // a larger factor lets the jump pass; the cumulative one still falls
        assertEquals(1, checks.check(q2, q1, 200).size());
    }

    @Test
    void aRatioWhoseWholeChangesWhileTheTextSaysItIsTheSame() throws Exception {
        Extraction q1 =
                report("Quý I năm 2025", "Đã công khai 385/389 thủ tục hành chính áp dụng trên địa bàn huyện.", null);
        Extraction q2 = report(
                "Quý II năm 2025",
                "Số thủ tục hành chính áp dụng trên địa bàn huyện không thay đổi; đã công"
                        + " khai 389/395 thủ tục hành chính áp dụng trên địa bàn huyện.",
                null);
        List<Finding> fs = checks.check(q2, q1, PeriodChecks.DEFAULT_FACTOR);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Finding.Kind.PERIOD, fs.get(0).kind());
        assertEquals("389/395 thủ tục hành chính", fs.get(0).printed());
        assertTrue(fs.get(0).explanation().contains("không đổi"), fs.get(0).explanation());
        // the same whole: nothing to say; a changed whole the text does not call the same: nothing either
        Extraction same = report(
                "Quý II năm 2025",
                "Số thủ tục hành chính áp dụng trên địa bàn huyện không thay đổi; đã"
                        + " công khai 389/389 thủ tục hành chính áp dụng trên địa bàn huyện.",
                null);
        assertEquals(List.of(), checks.check(same, q1, PeriodChecks.DEFAULT_FACTOR));
        Extraction grown =
                report("Quý II năm 2025", "Đã công khai 389/395 thủ tục hành chính áp dụng trên địa bàn huyện.", null);
        assertEquals(List.of(), checks.check(grown, q1, PeriodChecks.DEFAULT_FACTOR));
    }
}
