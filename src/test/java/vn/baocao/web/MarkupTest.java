package vn.baocao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.cli.CliRun;
import vn.baocao.extract.Span;
import vn.baocao.fulltext.DocumentSymbols;
import vn.baocao.query.FigureSeries;
import vn.baocao.rules.RuleSet;
import vn.baocao.store.Store;

/** Text runs for the templates, the chart layout, and the serve command's refusals. */
class MarkupTest {

    @Test
    void snippetMarksBecomeMatchRuns() {
        List<Markup.Run> runs = Markup.snippet("Kế hoạch số «75»/KH-UBND về «cải cách»");
        assertEquals(
                List.of("Kế hoạch số ", "75", "/KH-UBND về ", "cải cách"),
                runs.stream().map(Markup.Run::text).toList());
        assertEquals(Markup.Kind.MATCH, runs.get(1).kind());
        assertEquals(Markup.Kind.TEXT, runs.get(2).kind());
        // an unclosed mark stays text
        assertEquals(Markup.Kind.TEXT, Markup.snippet("a «b").get(0).kind());
    }

    @Test
    void sectionTextLinksReferencesAndMarksFigures() {
        String body = "Thực hiện Kế hoạch số 12-KH-UBND, đã giải quyết 1.334 hồ sơ <script>x</script>.";
        Store.ReferenceRow ref = new Store.ReferenceRow(
                1,
                "I.1",
                "12/KH-UBND",
                "12-KH-UBND",
                "KH",
                "Kế hoạch",
                "12",
                null,
                null,
                null,
                null,
                "Kế hoạch số 12-KH-UBND",
                3,
                new Span("I.1", Span.Part.BODY, 0, 10, 32));
        Store.FigureRow fig = new Store.FigureRow(
                1,
                "I.1",
                "count",
                1334,
                null,
                "hồ sơ",
                "giải quyết",
                null,
                "1.334 hồ sơ",
                3,
                new Span("I.1", Span.Part.BODY, 0, 48, 59));
        List<Markup.Run> runs = Markup.section(body, List.of(ref), List.of(fig));
        assertEquals(body, String.join("", runs.stream().map(Markup.Run::text).toList()), "no text lost or added");
        Markup.Run link = runs.stream()
                .filter(r -> r.kind() == Markup.Kind.REFERENCE)
                .findFirst()
                .orElseThrow();
        assertEquals("12-KH-UBND", link.text());
        assertEquals("/van-ban/12/KH-UBND", link.href());
        assertEquals(
                "1.334 hồ sơ",
                runs.stream()
                        .filter(r -> r.kind() == Markup.Kind.FIGURE)
                        .findFirst()
                        .orElseThrow()
                        .text());
        assertTrue(Markup.notes(body, List.of(ref)).isEmpty());
        Store.ReferenceRow inNote = new Store.ReferenceRow(
                1,
                "I.1",
                "12/KH-UBND",
                "12-KH-UBND",
                "KH",
                "Kế hoạch",
                "12",
                null,
                null,
                null,
                null,
                "Kế hoạch số 12-KH-UBND",
                3,
                new Span("I.1", Span.Part.FOOTNOTE, 0, 0, 22));
        assertEquals(1, Markup.notes(body, List.of(inNote)).size(), "cited only in a footnote");
    }

    @Test
    void tableTextBecomesCellsWithTheirFiguresAndQueryWordsAreMarkedByTheirDiacritics() {
        // a paragraph, then a table as Table.text() joins it (rows by '\n', cells by '\t'), then a paragraph
        String body = "Kết quả chỉ số:\nChỉ tiêu\tSố liệu\nHồ sơ\t1.334\nSở Nội vụ báo cáo.";
        int at = body.indexOf("1.334");
        Store.FigureRow fig = new Store.FigureRow(
                1,
                "I",
                "count",
                1334,
                null,
                "hồ sơ",
                "hồ sơ",
                null,
                "1.334",
                3,
                new Span("I", Span.Part.BODY, 1, at, at + 5));
        List<Markup.Block> blocks = Markup.blocks(
                body, List.of(), List.of(fig), QueryWords.of("chỉ số", new DocumentSymbols(RuleSet.defaults())));
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(1).table());
        assertEquals(2, blocks.get(1).rows().size());
        List<Markup.Run> cell = blocks.get(1).rows().get(1).get(1);
        assertEquals(List.of(new Markup.Run("1.334", Markup.Kind.FIGURE, null)), cell);
        List<String> marked = blocks.stream()
                .flatMap(b ->
                        b.table() ? b.rows().stream().flatMap(List::stream).flatMap(List::stream) : b.runs().stream())
                .filter(r -> r.kind() == Markup.Kind.MATCH)
                .map(Markup.Run::text)
                .toList();
        assertEquals(List.of("chỉ", "số", "Chỉ", "Số"), marked, "«Sở» and «sơ» are not «số»");
        // without diacritics the query matches any
        assertTrue(QueryWords.of("so", new DocumentSymbols(RuleSet.defaults()))
                        .find("Sở Nội vụ")
                        .size()
                == 1);
        // a snippet's folded-only match of a word typed with diacritics is plain text
        List<Markup.Run> snippet = Markup.snippet(
                "«Sở» Nội vụ, «chỉ» «số»", QueryWords.of("chỉ số", new DocumentSymbols(RuleSet.defaults())));
        assertEquals(Markup.Kind.TEXT, snippet.get(0).kind());
        assertEquals(
                2, snippet.stream().filter(r -> r.kind() == Markup.Kind.MATCH).count());
        assertEquals("ngày 19/12/2025", vn.baocao.extract.VietnameseDates.display("2025-12-19"));
        assertEquals("tháng 8/2025", vn.baocao.extract.VietnameseDates.display("2025-08"));
        assertEquals("năm 2025", vn.baocao.extract.VietnameseDates.display("2025"));
    }

    @Test
    void chartPlacesOneLinePerUnitAcrossPeriods() {
        List<FigureSeries.Point> pts = List.of(
                point("UBND xã A", "Quý I năm 2024", 2024 * 12 + 3, 10),
                point("UBND xã A", "6 tháng đầu năm 2024", 2024 * 12 + 6, 40),
                point("UBND xã B", "6 tháng đầu năm 2024", 2024 * 12 + 6, 20));
        Chart c = Chart.of(pts);
        assertEquals(2, c.lines().size());
        assertEquals(
                List.of("Quý I năm 2024", "6 tháng đầu năm 2024"),
                c.xTicks().stream().map(Chart.Tick::label).toList());
        Chart.Line a = c.lines().get(0);
        assertEquals(2, a.dots().size());
        assertTrue(a.dots().get(1).y() < a.dots().get(0).y(), "40 is drawn above 10");
        assertEquals("40", a.dots().get(1).label());
        assertEquals("1.334,5", Chart.number(1334.5));
        assertNull(Chart.of(List.of(point("x", null, null, 1))));
    }

    private static FigureSeries.Point point(String unit, String period, Integer key, double v) {
        return new FigureSeries.Point(1, unit, period, key, "I", "hồ sơ", "count", v, null, "hồ sơ", null, "");
    }

    @Test
    void serveRefusesAnotherAddressWithoutPassword() {
        CliRun r = CliRun.of("serve", "--bind", "0.0.0.0", "--port", "0", "--data", "target/khong-co");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cần mật khẩu"), r.err());
    }
}
