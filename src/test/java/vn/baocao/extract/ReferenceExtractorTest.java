package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.rules.RuleLine;
import vn.baocao.rules.RuleSet;

/** References in real sentences of the corpus reports and in the shapes the specs describe. */
class ReferenceExtractorTest {

    static final ReferenceExtractor EXTRACTOR = new ReferenceExtractor(RuleSet.defaults());

    static List<Reference> refs(String text) {
        List<Reference> found = EXTRACTOR.extract(new Passage(text, 1, "I"));
        for (Reference r : found) {
            assertEquals(r.text(), text.substring(r.start(), r.end()), "span of " + r);
        }
        return found;
    }

    static Reference only(String text) {
        List<Reference> found = refs(text);
        assertEquals(1, found.size(), () -> "one reference expected in «" + text + "»: " + found);
        return found.get(0);
    }

    /** Every type of the catalogue, as its name and code are written in a citation. */
    static Stream<Arguments> catalogue() {
        return RuleSet.defaults().lines(DocumentTypes.FILE).stream()
                .map(RuleLine::fields)
                .map(f -> Arguments.of(f.get(0), f.get(1).split("\\|")[0], f.get(2)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("catalogue")
    void everyCatalogueTypeIsRecognised(String code, String name, String group) {
        String symbol = switch (code) {
            case "CV" -> "15/UBND-VX";
            case "L" -> "80/2015/QH13";
            default ->
                group.equals("normative")
                        ? "15/2024/" + code + "-CP"
                        : group.equals("party") ? "15-" + code + "/TU" : "15/" + code + "-UBND";
        };
        Reference r = only("Thực hiện " + name + " số " + symbol
                + " ngày 05/3/2024 của Ủy ban nhân dân tỉnh Đồng Tháp về việc triển khai nhiệm vụ năm 2024.");
        assertEquals(code, r.type());
        assertEquals(name, r.typeName());
        assertEquals(symbol.split("[/-]")[0], r.number());
        assertEquals(symbol, r.symbol());
        assertEquals("2024-03-05", r.date());
        assertEquals("Ủy ban nhân dân tỉnh Đồng Tháp", r.issuer());
        assertEquals("triển khai nhiệm vụ năm 2024", r.subject());
    }

    @Test
    void administrativeCitationWithDateIssuerAndSubject() {
        List<Reference> rs = refs(
                "Thực hiện Quyết định số 1390/QĐ-UBND - HC ngày 11/9/2021 của UBND Tỉnh Đồng Tháp và Quyết định "
                        + "số 605/QĐ-UBND ngày 03/10/2024 của UBND Thành phố về việc ban hành Kế hoạch thực hiện các mô hình CCHC vì mục tiêu "
                        + "xây dựng chính quyền thân thiện; Quyết định số 89/QĐ-UBND ngày 11/10/2024 về việc ban hành Kế hoạch tiếp tục thực hiện.");
        assertEquals(3, rs.size());
        Reference first = rs.get(0);
        assertEquals("1390/QĐ-UBND-HC", first.symbol());
        assertEquals("Quyết định số 1390/QĐ-UBND - HC ngày 11/9/2021", first.text());
        assertEquals("2021-09-11", first.date());
        assertEquals("UBND Tỉnh Đồng Tháp", first.issuer());
        assertNull(first.subject());
        assertEquals("UBND Thành phố", rs.get(1).issuer());
        assertEquals(
                "ban hành Kế hoạch thực hiện các mô hình CCHC vì mục tiêu xây dựng chính quyền thân thiện",
                rs.get(1).subject());
        assertNull(rs.get(2).issuer());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kế hoạch số: 12-KH-UBND, ngày 28/02/2023 về việc triển khai",
                "Kế hoạch số 12/KH-UBND ngày 28/02/2023",
                "Kế hoạch số: 12/ KH-UBND ngày 28/02/2023",
                "Kế hoạch 012/KH - UBND ngày 28 tháng 02 năm 2023",
                "Kế hoạch số 12KH-UBND ngày 28 tháng 2 năm 2023"
            })
    void symbolSpellingsShareOneCanonicalForm(String text) {
        Reference r = only(text);
        assertEquals("KH", r.type());
        assertEquals("12/KH-UBND", r.canonical());
        assertEquals("2023-02-28", r.date());
    }

    @Test
    void symbolKeptAsWrittenWithoutSpaces() {
        assertEquals(
                "04/KH-UBND", only("Kế hoạch số: 04/ KH-UBND ngày 16/02/2023").symbol());
        assertEquals("04", only("Kế hoạch số: 04/ KH-UBND ngày 16/02/2023").number());
        assertEquals(
                "756KH-UBND",
                only("ban hành Kế hoạch số 756KH-UBND ngày 24 tháng 01 năm 2025 của UBND phường")
                        .symbol());
        assertEquals(
                "12-KH-UBND", only("Kế hoạch số: 12-KH-UBND, ngày 28/02/2023").symbol());
    }

    @Test
    void mentionBrokenAcrossALine() {
        Reference r = only(
                "theo quy định tại điểm đ, khoản 1 Chỉ thị số 27/CT-\nTTg ngày 27 tháng 10 năm 2023 của Thủ tướng Chính phủ.");
        assertEquals("27/CT-TTg", r.symbol());
        assertEquals("2023-10-27", r.date());
        assertEquals("Thủ tướng Chính phủ", r.issuer());
        Reference nd = only("Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12\nnăm 2017 của Chính phủ quy định chi tiết");
        assertEquals("2017-12-26", nd.date());
        assertEquals(2017, nd.year());
        assertEquals("Chính phủ", nd.issuer());
        assertEquals(
                "2017-12-26",
                only("Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12").date(),
                "year from the symbol");
    }

    @Test
    void normativePartyCommitmentAndOfficialLetters() {
        Reference nd = only("phiếu kiểm soát đầy đủ theo quy định tại Nghị định 61/2018/NĐ-CP của Chính phủ.");
        assertEquals("NĐ", nd.type());
        assertEquals(2018, nd.year());
        assertEquals("61", nd.number());
        Reference party =
                only("Nghị quyết số 08-NQ/HU ngày 16/12/2021 của Huyện ủy Cù Lao Dung về đẩy mạnh cải cách hành chính");
        assertEquals("NQ", party.type());
        assertEquals("08-NQ/HU", party.symbol());
        assertEquals("8-NQ/HU", party.canonical());
        assertEquals("Huyện ủy Cù Lao Dung", party.issuer());
        Reference ck = only("Bản cam kết số 06/CK-BCĐ ngày 26/01/2024 giữa Trưởng ban chỉ đạo");
        assertEquals("CK", ck.type());
        assertEquals("Bản cam kết", ck.typeName());
        Reference cv = only(
                "Thực hiện công văn số 2119/PNV ngày 13 tháng 9 năm 2023 của Phòng Nội vụ thành phố Cao Lãnh về việc báo cáo");
        assertEquals("CV", cv.type());
        assertEquals("Công văn", cv.typeName());
        assertEquals("Phòng Nội vụ thành phố Cao Lãnh", cv.issuer());
        assertEquals("báo cáo", cv.subject());
        assertEquals(
                "CV",
                only("Công văn số 28/UBND-KSTTHC ngày 27/9/2022 của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp")
                        .type());
        assertEquals(
                "TB",
                only("Thông báo số 239/TB-TKT ngày 29/5/2024 của UBND thành phố Đông Hà")
                        .type());
        assertEquals(
                "QĐ",
                only("theo Quyết định số 766/QĐ-TTg trên Cổng dịch vụ công Quốc gia")
                        .type());
    }

    @Test
    void onlyADateWrittenWithTheMentionIsItsDate() {
        assertNull(only("Ngày 06/02/2024 UBND phường đã ban hành Kế hoạch số 99/KH-UBND để triển khai")
                .date());
        assertNull(only("áp dụng Quyết định số 766/QĐ-TTg từ ngày 01/8/2022").date());
        assertEquals(
                "2022-12-30",
                only("Kế hoạch số 52/KH-UBND, ngày 30 tháng 12 năm 2022").date());
    }

    @Test
    void aSubjectEndsWhereTheNextCitationBegins() {
        List<Reference> rs = refs(
                "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, Thông tư số 01/2018/TT-VPCP "
                        + "ngày 23/11/2018 về hướng dẫn thi hành");
        assertEquals("thực hiện cơ chế một cửa", rs.get(0).subject());
        assertEquals("hướng dẫn thi hành", rs.get(1).subject());
    }

    @Test
    void rangesAndListsOfSymbols() {
        List<Reference> range = refs("Quyết định số 01/2026/QĐ-UBND đến Quyết định số 13/2026/QĐ-UBND của UBND tỉnh");
        assertEquals(
                List.of("01/2026/QĐ-UBND", "13/2026/QĐ-UBND"),
                range.stream().map(Reference::symbol).toList());
        List<Reference> list = refs("các Quyết định số 605/QĐ-UBND, 606/QĐ-UBND và 607/QĐ-UBND");
        assertEquals(3, list.size());
        assertTrue(list.stream().allMatch(r -> r.typeName().equals("Quyết định")), list.toString());
    }

    @Test
    void lawsByNameAndProjectsByNumber() {
        List<Reference> laws = refs(
                "thu chi đảm bảo quy định của Luật ngân sách, triển khai thu các loại thuế theo Luật số 80/2015/QH13");
        assertEquals(2, laws.size());
        assertEquals("L", laws.get(0).type());
        assertNull(laws.get(0).number());
        assertEquals("Luật ngân sách", laws.get(0).text());
        assertEquals("80/2015/QH13", laws.get(1).symbol());
        assertEquals("L", laws.get(1).type());
        Reference da = only("đẩy mạnh tuyên truyền 53 dịch vụ công thiết yếu của Đề án 06 đảm bảo các nhiệm vụ");
        assertEquals("ĐA", da.type());
        assertEquals("06", da.number());
        assertTrue(refs("thực hiện Kế hoạch 2025 của phường; Luật sư tư vấn").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Số: 33/BC-UBND",
                "Đến thời điểm hiện nay thực hiện 07/28 nhiệm vụ, đạt 25% chỉ tiêu đề ra.",
                "Số hồ sơ đã đồng bộ lên Cổng DVCQG là 5.090/5.370 hồ sơ (đạt 15,5%).",
                "Trong kỳ báo cáo (15/12/2023-10/11/2024) đã tiếp nhận và giải quyết 2.948 hồ sơ",
                "áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại 11 cơ quan",
                "phòng, chống dịch Covid-19 giai đoạn 2021 – 2026, tuyên truyền phổ biến giáo dục pháp luật"
            })
    void numbersThatAreNotReferences(String text) {
        assertTrue(refs(text).isEmpty(), () -> refs(text).toString());
    }

    @Test
    void aSubjectEndsWhereTheNextCitationOrTheReportsOwnClauseBegins() {
        List<Reference> rs = refs(
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 về cải cách hành chính năm 2025,"
                        + " Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ về cải thiện môi trường kinh doanh năm 2025,"
                        + " Ủy ban nhân dân huyện đã ban hành Kế hoạch số 30/KH-UBND ngày 20/02/2025 về kiểm tra công tác"
                        + " cải cách hành chính và Công văn số 115/UBND-VP ngày 01/3/2025 về báo cáo định kỳ,… Sau đó tổ chức.");
        assertEquals(
                List.of(
                        "cải cách hành chính năm 2025",
                        "cải thiện môi trường kinh doanh năm 2025",
                        "kiểm tra công tác cải cách hành chính",
                        "báo cáo định kỳ"),
                rs.stream().map(Reference::subject).toList());
    }
}
