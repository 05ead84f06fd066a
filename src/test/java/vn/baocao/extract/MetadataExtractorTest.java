package vn.baocao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.read.ReportDocument;
import vn.baocao.read.TxtTestDocs;
import vn.baocao.rules.RuleSet;
import vn.baocao.structure.SectionParser;

class MetadataExtractorTest {

    static ReportMetadata extract(String txt) {
        ReportDocument doc = TxtTestDocs.parse(txt);
        return new MetadataExtractor(vn.baocao.rules.RuleSet.defaults())
                .extract(doc, new SectionParser(RuleSet.defaults()).parse(doc));
    }

    @Test
    void headerTitleSignatureAndRecipients() {
        ReportMetadata m = extract("""
                ỦY BAN NHÂN DÂN
                XÃ TIÊN ĐỘNG

                Số: 125/BC-UBND

                Tiên Động, ngày 08 tháng 9 năm 2023

                DỰ THẢO

                BÁO CÁO
                Công tác cải cách hành chính quý III/2023

                I. KẾT QUẢ

                Nội dung.

                Nơi nhận:
                - UBND huyện (b/c);
                - Lưu: VT.

                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Nguyễn Văn An
                """);
        assertEquals("BC", m.docType());
        assertEquals("125/BC-UBND", m.symbol());
        assertEquals("UBND xã Tiên Động", m.issuer());
        assertEquals("xã", m.issuerLevel());
        assertEquals("Tiên Động", m.place());
        assertEquals("2023-09-08", m.date());
        assertEquals(Period.quarter(3, 2023), m.period());
        assertEquals("Công tác cải cách hành chính quý III/2023", m.title());
        assertTrue(m.draft());
        assertEquals("PHÓ CHỦ TỊCH", m.signerTitle());
        assertEquals("KT. CHỦ TỊCH", m.signerMark());
        assertEquals("Nguyễn Văn An", m.signer());
        assertEquals(List.of("UBND huyện (b/c)", "Lưu: VT"), m.recipients());
    }

    @Test
    void blankDayAndMonthGivePartialDates() {
        assertEquals(
                "2024-03",
                extract("Cù Lao Dung, ngày   tháng 3 năm 2024\n\nBÁO CÁO\nX").date());
        assertEquals(
                "2024", extract("Phường 4, ngày tháng năm 2024\n\nBÁO CÁO\nX").date());
        assertEquals(
                "2025-03-15",
                extract("Hòa Thuận, ngày 15 tháng 3 năm 2025\n\nBÁO CÁO\nX").date());
    }

    @Test
    void periodsInTheirVietnameseForms() {
        assertEquals(Period.quarter(1, 2025), MetadataExtractor.periodIn("Cải cách hành chính Quý 1 năm 2025"));
        assertEquals(Period.quarter(3, 2023), MetadataExtractor.periodIn("quý III năm 2023"));
        assertEquals(Period.quarter(4, 2023), MetadataExtractor.periodIn("QUÝ IV/2023"));
        assertEquals(Period.of(Period.Kind.HALF, 2024), MetadataExtractor.periodIn("Báo cáo 6 tháng đầu năm 2024"));
        assertEquals(Period.of(Period.Kind.NINE_MONTHS, 2024), MetadataExtractor.periodIn("kết quả 9 tháng năm 2024"));
        assertEquals(Period.of(Period.Kind.YEAR, 2024), MetadataExtractor.periodIn("chỉ số PAR INDEX năm 2024"));
    }

    @Test
    void issuerFromTheReportingSentenceWhenThereIsNoHeader() {
        ReportMetadata m = extract("""
                Số: /BC-UBND

                Sa Đéc, ngày tháng 9 năm 2023

                BÁO CÁO
                Cải cách hành chính quý III năm 2023

                Thực hiện Công văn số 12/SNV của Sở Nội vụ, Ủy ban nhân dân (UBND) thành phố Sa Đéc báo cáo như sau:
                """);
        assertEquals("UBND thành phố Sa Đéc", m.issuer());
        assertEquals("thành phố", m.issuerLevel());
    }

    @Test
    void twoColumnHeaderTableOfAWordExport() {
        ReportMetadata m = extract("""
                UBND THÀNH PHỐ CAO LÃNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                ỦY BAN NHÂN DÂN PHƯỜNG HÒA THUẬN\tĐộc lập - Tự do - Hạnh phúc
                Số: 33/BC-UBND\tHòa Thuận, ngày 15 tháng 3 năm 2025

                BÁO CÁO
                Cải cách hành chính Quý 1 năm 2025
                """);
        assertEquals("UBND phường Hòa Thuận", m.issuer());
        assertEquals("33/BC-UBND", m.symbol());
        assertEquals("Hòa Thuận", m.place());
        assertEquals("2025-03-15", m.date());
        assertEquals(Period.quarter(1, 2025), m.period());
    }

    @Test
    void issuerNamedOnlyByLevelTakesThePlaceName() {
        ReportMetadata m = extract("""
                Số: /BC-UBND

                Tân Khánh Đông, ngày 10 tháng 6 năm 2024

                BÁO CÁO
                Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024

                Thực hiện Kế hoạch số 12/KH-UBND, UBND xã báo cáo kết quả như sau:
                """);
        assertEquals("UBND xã Tân Khánh Đông", m.issuer());
        assertEquals(Period.of(Period.Kind.HALF, 2024), m.period());
    }
}
