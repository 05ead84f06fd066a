package vn.baocao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.baocao.ProjectFiles;

/**
 * The figures page over two consecutive monthly reports (the real pair in ../shared/real): a subject that
 * matches figures of several measures lists them and charts one, with its unit on the chart; the table
 * holds one value per period; the CSV is named after the subject and the measure.
 */
class FiguresPageTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static List<Path> monthlyPair() throws Exception {
        Path real = ProjectFiles.root().getParent().resolve("shared/real");
        assumeTrue(Files.isDirectory(real), "../shared/real không có");
        try (Stream<Path> s = Files.list(real)) {
            return s.filter(p -> p.getFileName().toString().matches("0[45]_.*\\.docx"))
                    .sorted()
                    .toList();
        }
    }

    static HttpResponse<String> get(WebFixture web, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(web.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSubjectOfSeveralMeasuresChartsOneWithItsUnit() throws Exception {
        List<Path> pair = monthlyPair();
        assumeTrue(pair.size() == 2);
        try (WebFixture web = new WebFixture(pair, null, 10_000_000)) {
            String q = "/so-lieu?subject=" + URLEncoder.encode("dịch vụ công trực tuyến", StandardCharsets.UTF_8);
            String html = get(web, q).body();
            assertTrue(html.contains("khớp 2 loại số liệu") || html.matches("(?s).*khớp [2-9] loại số liệu.*"), html);
            assertTrue(html.contains("Đơn vị đo: số lượng (dịch vụ công trực tuyến)"), "the chart says its unit");
            List<String> periods = cells(html, 0);
            assertEquals(
                    List.of("tháng 8 năm 2025", "tháng 9 năm 2025"), periods, "one value per period for one measure");
            // the other measure, picked by its link
            Matcher other =
                    Pattern.compile("href=\"(/so-lieu\\?[^\"]*measure=2)\"").matcher(html);
            assertTrue(other.find(), "a link to the second measure");
            String second = get(web, other.group(1).replace("&amp;", "&")).body();
            assertTrue(second.contains("Đơn vị đo: tỷ số (hồ sơ)"), second);
            assertFalse(cells(second, 2).isEmpty());
            HttpResponse<String> csv = get(
                    web,
                    "/so-lieu.csv?subject=" + URLEncoder.encode("dịch vụ công trực tuyến", StandardCharsets.UTF_8)
                            + "&measure=2");
            assertEquals(200, csv.statusCode());
            assertTrue(
                    csv.headers()
                            .firstValue("Content-Disposition")
                            .orElse("")
                            .contains("so-lieu-dich-vu-cong-truc-tuyen-ty-so-ho-so.csv"),
                    csv.headers().map().toString());
            assertEquals(3, csv.body().strip().split("\n").length, "header and one line per period: " + csv.body());
            assertEquals(400, get(web, q + "&measure=9").statusCode(), "a measure out of range is refused");
        }
    }

    /** The texts of column {@code col} of the figures table. */
    static List<String> cells(String html, int col) {
        int at = html.indexOf("<table class=\"bang\">");
        if (at < 0) {
            return List.of();
        }
        String table = html.substring(at, html.indexOf("</table>", at));
        Matcher rows = Pattern.compile("(?s)<tr><td>(.*?)</tr>").matcher(table);
        List<String> out = new java.util.ArrayList<>();
        while (rows.find()) {
            String[] tds = ("<td>" + rows.group(1)).split("(?s)</td>\\s*<td[^>]*>");
            out.add(tds[col].replaceAll("<[^>]+>", "").strip());
        }
        return out;
    }
}
