package vn.baocao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.draft.DraftBuilder;
import vn.baocao.draft.ReportDraft;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.rules.RuleSet;

/**
 * The web page and the draft mark a figure exactly where extraction found it: a bare count "20" in a
 * paragraph that also says "năm 2025" and "2025 hồ sơ" marks that "20" only, never the "20" of the year.
 */
class FigureSpanMarksTest {

    /** A one-paragraph report whose figures' texts also occur inside other numbers of the same paragraph. */
    static Path report(Path dir) throws Exception {
        Path file = dir.resolve("bao-cao-xa.txt");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "ỦY BAN NHÂN DÂN",
                        "XÃ AN BÌNH",
                        "",
                        "Số: 12/BC-UBND",
                        "",
                        "An Bình, ngày 10 tháng 12 năm 2025",
                        "",
                        "BÁO CÁO",
                        "",
                        "Kết quả công tác cải cách hành chính năm 2025",
                        "",
                        "I. KẾT QUẢ THỰC HIỆN",
                        "",
                        "1. Công tác chỉ đạo, điều hành",
                        "",
                        "Trong năm 2025, số thủ tục hành chính được công bố là 20; đã tiếp nhận 2025 hồ sơ, giải quyết đúng hạn"
                                + " 20 hồ sơ.",
                        "",
                        "Nơi nhận:",
                        "- UBND huyện;",
                        "- Lưu: VT.",
                        "",
                        "CHỦ TỊCH",
                        "",
                        "Nguyễn Văn A",
                        ""));
        return file;
    }

    @Test
    void theReportPageMarksTheExtractedSpansOnly(@TempDir Path dir) throws Exception {
        try (WebFixture web = new WebFixture(List.of(report(dir)), null, 10_000_000)) {
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(web.url(Links.report(1))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(
                    html.contains(
                            "Trong năm 2025, số thủ tục hành chính được công bố là <mark class=\"so-lieu\">20</mark>;"),
                    html);
            assertTrue(html.contains("tiếp nhận <mark class=\"so-lieu\">2025 hồ sơ</mark>"), html);
            assertTrue(html.contains("đúng hạn <mark class=\"so-lieu\">20 hồ sơ</mark>."), html);
            assertFalse(html.contains("<mark class=\"so-lieu\">20</mark>25"), "the year is not a figure");
        }
    }

    @Test
    void theDraftMarksTheExtractedSpansOnly(@TempDir Path dir) throws Exception {
        Extraction x = new ReportExtractor(RuleSet.defaults()).extract(report(dir));
        ReportDraft d = new DraftBuilder(vn.baocao.rules.RuleSet.defaults()).build(x, null, Period.parse("2026"));
        ReportDraft.Paragraph p = d.sections().stream()
                .flatMap(s -> s.body().stream())
                .filter(ReportDraft.Paragraph.class::isInstance)
                .map(ReportDraft.Paragraph.class::cast)
                .filter(q -> !q.figures().isEmpty())
                .findFirst()
                .orElseThrow();
        List<String> marked =
                p.figures().stream().map(ReportDraft.FigureMark::lastValue).toList();
        assertEquals(List.of("20", "2025 hồ sơ", "20 hồ sơ"), marked);
        ReportDraft.Piece first = p.pieces().get(0);
        assertTrue(first instanceof ReportDraft.Text t && t.text().endsWith("được công bố là "), first.toString());
    }
}
