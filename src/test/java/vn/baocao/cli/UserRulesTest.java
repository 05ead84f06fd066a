package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule added in a user rules folder changes extraction without recompiling. */
class UserRulesTest {

    static final String REPORT = """
            ỦY BAN NHÂN DÂN
            PHƯỜNG HÒA THUẬN

            Số: 12/BC-UBND

            Hòa Thuận, ngày 15 tháng 3 năm 2025

            BÁO CÁO
            Kết quả công tác cải cách hành chính Quý I năm 2025

            I. KẾT QUẢ

            Thực hiện Giấy chứng nhận số 12/GCN-UBND ngày 01/02/2025 của UBND phường, đã cấp 14 giấy phép và trồng 250 cây xanh.
            """;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void userRulesExtendTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("bao-cao.txt");
        Files.writeString(report, REPORT);
        JsonNode before = ExtractionJson.MAPPER.readTree(
                run("extract", "--json", report.toString()).out());
        JsonNode ref = before.get("references").get(0);
        assertEquals("CV", ref.get("type").asText(), "an unknown type code reads as công văn");
        assertEquals(2, before.get("figures").size(), before.get("figures").toString());

        Path rules = Files.createDirectories(dir.resolve("quy-tac"));
        Files.writeString(rules.resolve("document-types.tsv"), "GCN\tGiấy chứng nhận\tadministrative\n");
        Files.writeString(
                rules.resolve("figure-contexts.tsv"), "# trees are not counted in this office\nnot-unit\tcây\n");
        CliRun after = run("extract", "--json", "--rules", rules.toString(), report.toString());
        assertEquals(0, after.code(), after.err());
        JsonNode x = ExtractionJson.MAPPER.readTree(after.out());
        assertEquals("GCN", x.get("references").get(0).get("type").asText());
        assertEquals(
                "Giấy chứng nhận", x.get("references").get(0).get("type_name").asText());
        assertEquals(1, x.get("figures").size(), x.get("figures").toString());
        assertEquals("14 giấy phép", x.get("figures").get(0).get("text").asText());
    }

    @Test
    void aMalformedUserRuleNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("bao-cao.txt");
        Files.writeString(report, REPORT);
        Path rules = Files.createDirectories(dir.resolve("quy-tac"));
        Files.writeString(rules.resolve("figure-contexts.tsv"), "before\tquý\nmask\t([0-9]+\n");
        CliRun r = run("extract", "--rules", rules.toString(), report.toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("figure-contexts.tsv") && r.err().contains("dòng 2"), r.err());
        Files.writeString(rules.resolve("figure-contexts.tsv"), "sometimes\tquý\n");
        CliRun r2 = run("extract", "--rules", rules.toString(), report.toString());
        assertTrue(r2.err().contains("dòng 1") && r2.err().contains("sometimes"), r2.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"extract", "import", "search", "draft", "synth", "bench", "check", "refs", "kiemtra"})
    void everyCommandHasVietnameseHelp(String command) {
        CliRun r = run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cách dùng:"), r.out());
    }
}
