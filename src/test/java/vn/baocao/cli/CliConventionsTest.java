package vn.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One period converter for every {@code --period}, one exit-code mapping for every command. */
class CliConventionsTest {

    @TempDir
    Path dir;

    @Test
    void everyPeriodOptionRejectsAnInvalidPeriodAsAUsageError() {
        String data = dir.resolve("data").toString();
        String[][] commands = {
            {"draft", "--data", data, "--from", "1", "-o", dir.resolve("x.docx").toString(), "--period"},
            {"reports", "--data", data, "--period"},
            {"search", "--data", data, "hồ sơ", "--period"},
            {"commitments", "--data", data, "--period"},
        };
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "tháng 13/2025";
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.USAGE, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().startsWith("Lỗi: Giá trị không hợp lệ cho tùy chọn '--period'"), c[0] + ": " + r.err());
            assertTrue(r.err().contains("tháng 13/2025"), "names the value: " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void monthlyAndQuarterlyFormsAreAcceptedByTheFilters() throws Exception {
        Path data = dir.resolve("data");
        for (String p :
                new String[] {"T12/2025", "12/2025", "tháng 12/2025", "Q1/2026", "quý I/2026", "6T/2026", "2026"}) {
            CliRun r = CliRun.of("reports", "--data", data.toString(), "--period", p);
            assertFalse(
                    r.code() == ExitCodes.USAGE || r.err().contains("--period"), p + ": " + r.code() + " " + r.err());
        }
    }

    @Test
    void anUnreadableBaseFileIsAnInputErrorInEveryCommand() throws Exception {
        Path bad = dir.resolve("khong-co.docx");
        CliRun draft = CliRun.of(
                "draft",
                "--base-file",
                bad.toString(),
                "--period",
                "quý I/2026",
                "-o",
                dir.resolve("x.docx").toString());
        assertEquals(ExitCodes.INPUT, draft.code(), draft.err());
        assertTrue(draft.err().startsWith("Lỗi: ") && draft.err().contains("khong-co.docx"), draft.err());
        assertFalse(draft.err().contains("\tat "), draft.err());
        CliRun check = CliRun.of("kiemtra", "--data", dir.resolve("data").toString(), bad.toString());
        assertEquals(ExitCodes.INPUT, check.code(), check.err());
        CliRun verbose = CliRun.of(
                "draft",
                "--verbose",
                "--base-file",
                bad.toString(),
                "--period",
                "quý I/2026",
                "-o",
                dir.resolve("x.docx").toString());
        assertTrue(verbose.err().contains("\tat "), "the cause with --verbose: " + verbose.err());
    }

    @Test
    void anInvalidRulesFileIsAUsageError() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("reference-patterns.tsv"), "hỏng\t(chưa đóng ngoặc\n");
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "BÁO CÁO\nKết quả thực hiện Kế hoạch số 75/KH-UBND ngày 10/01/2025.\n");
        CliRun r = CliRun.of("extract", "--rules", rules.toString(), f.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("reference-patterns.tsv"), "names the rules file: " + r.err());
    }
}
