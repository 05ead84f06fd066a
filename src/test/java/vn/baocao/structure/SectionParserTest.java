package vn.baocao.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.read.ReportDocument;
import vn.baocao.read.TxtTestDocs;
import vn.baocao.rules.RuleSet;

class SectionParserTest {

    static List<String> paths(String txt) {
        ReportDocument doc = TxtTestDocs.parse(txt);
        return new SectionParser(RuleSet.defaults())
                .parse(doc).sections().stream()
                        .map(s -> s.path() + " " + s.title())
                        .toList();
    }

    @Test
    void nestsRomanArabicLetterAndDotted() {
        List<String> p = paths("""
                I. KẾT QUẢ THỰC HIỆN

                1. Cải cách thể chế

                a) Công tác xây dựng văn bản

                Nội dung.

                b. Công tác kiểm tra

                Nội dung.

                2. Chính quyền số

                2.1. Ứng dụng công nghệ thông tin

                Nội dung.

                II. PHƯƠNG HƯỚNG
                """);
        assertEquals(
                List.of(
                        "I KẾT QUẢ THỰC HIỆN",
                        "I.1 Cải cách thể chế",
                        "I.1.a Công tác xây dựng văn bản",
                        "I.1.b Công tác kiểm tra",
                        "I.2 Chính quyền số",
                        "I.2.1 Ứng dụng công nghệ thông tin",
                        "II PHƯƠNG HƯỚNG"),
                p);
    }

    @Test
    void keepsNumbersAsWrittenAndStartsWhereTheReportStarts() {
        List<String> p = paths("""
                2. Tuyên truyền

                Nội dung.

                b) Thứ nhất

                Nội dung.

                b) Thứ hai

                Nội dung.
                """);
        assertEquals(List.of("2 Tuyên truyền", "2.b Thứ nhất", "2.b Thứ hai"), p);
    }

    @Test
    void numberedSentencesOfALiskAreNotHeadings() {
        List<String> p = paths("""
                IV. PHƯƠNG HƯỚNG, NHIỆM VỤ

                1. Tiếp tục đẩy mạnh công tác tuyên truyền cải cách hành chính. Tăng cường hoạt động truyền thông hỗ trợ kiểm soát TTHC.

                2. Nâng cao chất lượng giải quyết thủ tục hành chính theo cơ chế một cửa tại cơ quan.

                3. Tăng cường ứng dụng công nghệ thông tin; áp dụng TCVN ISO 9001:2015 trong hoạt động của cơ quan.

                V. KIẾN NGHỊ, ĐỀ XUẤT: Không.
                """);
        assertEquals(List.of("IV PHƯƠNG HƯỚNG, NHIỆM VỤ", "V KIẾN NGHỊ, ĐỀ XUẤT"), p);
    }

    @Test
    void runInTitleEndsAtTheColonOnlyWhenBodyFollows() {
        List<String> p = paths("""
                1. Chính quyền số

                b) Việc công khai thủ tục hành chính tại UBND xã: UBND xã đã niêm yết công khai các thủ tục.

                c) Tình hình thực hiện các phần mềm dùng chung của tỉnh: quản lý văn bản và điều hành, hệ thống thông tin báo cáo

                Nội dung.
                """);
        assertEquals(
                List.of(
                        "1 Chính quyền số",
                        "1.b Việc công khai thủ tục hành chính tại UBND xã",
                        "1.c Tình hình thực hiện các phần mềm dùng chung của tỉnh: quản lý văn bản và điều hành, hệ thống thông tin báo cáo"),
                p);
    }

    @Test
    void appendixAndFormsTakeTheirTitlesAndTableRowsAreNotSections() {
        List<String> p = paths("""
                1. Kết quả

                Nội dung.

                PHỤ LỤC

                BÁO CÁO TÌNH HÌNH THỰC HIỆN

                CÁC NỘI DUNG CAM KẾT NĂM 2024

                (kèm theo Báo cáo số /BC-UBND)

                **Biểu mẫu 1**
                **Công tác chỉ đạo điều hành CCHC**

                STT\tChỉ tiêu\tĐơn vị tính\tSố lượng
                1.\tSố văn bản chỉ đạo\tVăn bản\t8
                2.\tTỷ lệ hoàn thành\t%\t100
                """);
        assertEquals(
                List.of(
                        "1 Kết quả",
                        "PHỤ LỤC BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC NỘI DUNG CAM KẾT NĂM 2024",
                        "PHỤ LỤC.Biểu mẫu 1 Công tác chỉ đạo điều hành CCHC"),
                p);
    }

    @Test
    void closingIsKeptOutOfTheLastSection() {
        ReportDocument doc = TxtTestDocs.parse("""
                I. ĐÁNH GIÁ

                Tốt.

                Trên đây là báo cáo của UBND xã./.

                Nơi nhận:
                - Lưu: VT.
                """);
        SectionTree t = new SectionParser(RuleSet.defaults()).parse(doc);
        assertEquals(1, t.sections().getFirst().blocks().size());
        assertTrue(t.closing().getFirst().text().startsWith("Trên đây"));
    }

    @Test
    void arabicTopLevelWithDottedChildrenAndLettersUnderThem() {
        List<String> p = paths("""
                1. Kết quả cải thiện môi trường đầu tư

                1.1. Theo kết quả năm trước

                Nội dung.

                1.2. Đánh giá thực tế

                a) Về thủ tục đầu tư

                Nội dung.

                b) Về đất đai

                Nội dung.

                3. Kiến nghị, đề xuất

                Nội dung.
                """);
        assertEquals(
                List.of(
                        "1 Kết quả cải thiện môi trường đầu tư",
                        "1.1 Theo kết quả năm trước",
                        "1.2 Đánh giá thực tế",
                        "1.2.a Về thủ tục đầu tư",
                        "1.2.b Về đất đai",
                        "3 Kiến nghị, đề xuất"),
                p);
    }

    @Test
    void lettersAmongSentenceItemsAreListItemsEvenWithATitleBeforeAColon() {
        List<String> p = paths("""
                III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI

                1. Công an tỉnh

                a) Phát huy vai trò thường trực tham mưu cho Ban Chỉ đạo triển khai kịp thời, hiệu quả các nhiệm vụ của Đề án; trong đó, tập trung đôn đốc các sở, ngành thực hiện các nhiệm vụ còn chậm.

                b) Tham mưu mở đợt cao điểm thu nhận hồ sơ cấp tài khoản định danh điện tử cho cá nhân, tổ chức trên địa bàn tỉnh trong tháng tới.

                c) Tiếp tục tiên phong đi đầu trong thực hiện các nhiệm vụ thuộc chức năng của ngành, đặc biệt là các nhiệm vụ: (1) duy trì cấp tài khoản; (2) làm sạch dữ liệu.

                2. Sở Nội vụ

                Nội dung.
                """);
        assertEquals(List.of("III PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "III.1 Công an tỉnh", "III.2 Sở Nội vụ"), p);
    }
}
